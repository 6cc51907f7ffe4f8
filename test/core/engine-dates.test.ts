/**
 * Date rules use day numbers only, so results do not depend on the machine's time zone. This file
 * runs the engine in New York time (UTC−5/−4), where local-time Date arithmetic would shift days.
 */
process.env.TZ = "America/New_York";

import { describe, expect, it } from "vitest";
import { runRules } from "../../src/core/engine";
import { dayFromIso } from "../../src/core/model/dates";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { assignment, gate, portfolio, project } from "../factories";

describe("dates under TZ=America/New_York", () => {
  it("runs in a time zone behind UTC", () => {
    expect(new Date(Date.UTC(2026, 0, 1)).getDate()).toBe(31); // local midnight is still Dec 31st
  });

  const p = portfolio({
    projects: [project({ id: "P-1", stage: "Execution", sponsor: "S", budget: 100, start: "2026-03-01", finish: "2026-05-31", lastUpdate: "2026-05-01" })],
    gates: [gate({ projectId: "P-1", gate: "G0", date: "2026-01-01" }), gate({ projectId: "P-1", gate: "G1", date: "2025-12-31" }), gate({ projectId: "P-1", gate: "G2", date: "2026-06-01" })],
    assignments: [
      assignment({ projectId: "P-1", start: "2026-03-31", finish: "2026-04-01" }),
      assignment({ projectId: "P-1", start: "2026-03-30", finish: "2026-03-31" }),
      assignment({ projectId: "P-1", start: "2026-04-01", finish: "2026-04-01", allocation: 0.5 }),
    ],
  });
  const result = runRules(p, defaultRuleset(), { asOf: dayFromIso("2026-05-31") });
  const byRule = (id: string) => result.findings.filter((f) => f.ruleId === id);

  it("puts day-boundary overloads in the right month and ISO week", () => {
    expect(byRule("resource/over-allocated").map((f) => [f.period, f.data.peak, f.data.peakDays])).toEqual([["2026-03", 2, 1], ["2026-04", 1.5, 1]]);
    const weekly = runRules(p, defaultRuleset(), { asOf: dayFromIso("2026-05-31"), period: "week" });
    expect(weekly.findings.filter((f) => f.ruleId === "resource/over-allocated").map((f) => f.period)).toEqual(["2026-W14"]);
  });

  it("counts stale days and overdue days exactly", () => {
    expect(byRule("status/stale")).toEqual([]); // exactly 30 days is not stale yet
    const later = runRules(p, defaultRuleset(), { asOf: dayFromIso("2026-06-01") });
    expect(later.findings.filter((f) => f.ruleId === "status/stale").map((f) => [f.data.ageDays, f.data.lastUpdate])).toEqual([[31, "2026-05-01"]]);
    expect(later.findings.filter((f) => f.ruleId === "schedule/overdue").map((f) => [f.data.daysOverdue, f.data.finish])).toEqual([[1, "2026-05-31"]]);
  });

  it("orders gates and compares them with the as-of date by calendar day", () => {
    expect(byRule("gate/out-of-order").map((f) => [f.messageId, f.data.date])).toEqual([
      ["beforeEarlierGate", "2025-12-31"],
      ["future", "2026-06-01"],
    ]);
  });

  it("computes schedule PV from whole days", () => {
    const ev = result.metrics.earnedValue[0];
    expect(ev.pv).toBe(100); // 2026-03-01 .. 2026-05-31 fully elapsed at 2026-05-31
    const mid = runRules(p, defaultRuleset(), { asOf: dayFromIso("2026-03-31") }).metrics.earnedValue[0];
    expect(mid.pv).toBeCloseTo((100 * 31) / 92, 9);
  });
});

describe("date math in the engine's code", () => {
  it("uses day numbers only, never Date objects or local-time calls", async () => {
    const { readdirSync, readFileSync, statSync } = await import("node:fs");
    const { join } = await import("node:path");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    const src = join(__dirname, "../../src/core");
    for (const dir of ["rules", "metrics", "ruleset"]) walk(join(src, dir));
    files.push(join(src, "engine.ts"));
    for (const file of files) expect(readFileSync(file, "utf8"), file).not.toMatch(/new Date\(|Date\.now|\.get(Date|Day|Month|FullYear|Hours)\(|toLocale/);
  });
});
