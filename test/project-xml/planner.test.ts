import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { writeProjectXml } from "../../src/adapters/project-xml/write-xml";
import { dayFromIso } from "../../src/core/model/dates";
import type { Portfolio } from "../../src/core/model/portfolio";
import { checkSource } from "../../src/core/pipeline";
import { exportPortfolio } from "../../src/core/project-xml/export";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { sampleCounts } from "./sample-counts";

/** Debian's planner package: its importer of Microsoft Project XML, an independent consumer of our export. */
const MSP2PLANNER = "/usr/share/planner/stylesheets/msp2planner.xsl";
const sample = fileURLToPath(new URL("../../assets/sample-portfolio.xlsx", import.meta.url));

describe("GNOME Planner's msp2planner.xsl reads the export (scripts/ensure-system-deps.sh installs planner and xsltproc)", () => {
  let portfolio: Portfolio;
  let planner: Element;

  beforeAll(async () => {
    expect(existsSync(MSP2PLANNER)).toBe(true);
    const ruleset = defaultRuleset();
    const asOf = dayFromIso("2026-11-25");
    portfolio = checkSource(await readXlsx(new Uint8Array(readFileSync(sample)), { label: "sample-portfolio.xlsx" }), ruleset, { asOf }).portfolio;
    const xml = writeProjectXml(exportPortfolio(portfolio, ruleset, { title: "sample-portfolio.xlsx", asOf }).document);
    const dir = mkdtempSync(join(tmpdir(), "pxml-planner-"));
    writeFileSync(join(dir, "portfolio.xml"), xml);
    const out = execFileSync("xsltproc", [MSP2PLANNER, join(dir, "portfolio.xml")], { encoding: "utf8" });
    planner = new DOMParser().parseFromString(out, "application/xml").documentElement!;
  });

  const all = (name: string) => Array.from(planner.getElementsByTagName(name));

  it("brings every project across as a task, under its programme", () => {
    const tasks = all("task");
    const names = tasks.map((t) => t.getAttribute("name"));
    for (const p of portfolio.projects) expect(names).toContain(p.name);
    const programme = tasks.find((t) => t.getAttribute("name") === "Digital Channels")!;
    const children = Array.from(programme.childNodes).filter((n) => n.nodeName === "task") as Element[];
    expect(children.map((c) => c.getAttribute("name"))).toContain("Customer Portal Redesign");
  });

  it("brings gates and milestones across as milestones", () => {
    const milestones = all("task").filter((t) => t.getAttribute("type") === "milestone");
    const { gates, milestones: ours } = sampleCounts({ portfolio } as never);
    expect(milestones).toHaveLength(gates + ours);
  });

  it("brings every resource across with its units", () => {
    const resources = all("resource");
    expect(resources).toHaveLength(sampleCounts({ portfolio } as never).resources);
    expect(resources.map((r) => r.getAttribute("name")).slice(0, portfolio.resources.length)).toEqual(portfolio.resources.map((r) => r.name));
    for (const r of portfolio.resources) expect(Number(resources.find((x) => x.getAttribute("name") === r.name)!.getAttribute("units"))).toBeCloseTo(r.capacity, 4);
  });

  it("brings every allocation across, on a task and a resource, with its units", () => {
    const allocations = all("allocation");
    expect(allocations).toHaveLength(sampleCounts({ portfolio } as never).assignments);
    const taskIds = new Set(all("task").map((t) => t.getAttribute("id")));
    const resourceIds = new Set(all("resource").map((r) => r.getAttribute("id")));
    for (const a of allocations) {
      expect(taskIds.has(a.getAttribute("task-id"))).toBe(true);
      expect(resourceIds.has(a.getAttribute("resource-id"))).toBe(true);
    }
    expect(allocations.map((a) => Number(a.getAttribute("units"))).sort((x, y) => x - y)).toEqual(portfolio.assignments.map((a) => Math.round(a.allocation! * 100)).sort((x, y) => x - y));
  });

  it("reads no value as NaN", () => {
    const values = [planner, ...Array.from(planner.getElementsByTagName("*"))].flatMap((el) => Array.from(el.attributes).map((a) => `${el.nodeName}@${a.name}=${a.value}`));
    expect(values.length).toBeGreaterThan(1000);
    expect(values.filter((v) => v.includes("NaN"))).toEqual([]);
  });
});
