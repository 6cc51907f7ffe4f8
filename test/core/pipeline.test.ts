import { describe, expect, it } from "vitest";
import { checkSource, reportSpecs, resolveRuleset } from "../../src/core/pipeline";
import { dayFromIso } from "../../src/core/model/dates";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { embeddedRulesetRows } from "../../src/core/ruleset/embedded";
import { EMBEDDED_RULESET_SHEET, GENERATED_MARKER } from "../../src/workbook/sheet-spec";
import type { SheetGrid, WorkbookSource } from "../../src/workbook/grid";

const projects: SheetGrid = {
  name: "Projects",
  top: 1,
  left: 1,
  values: [
    ["Project ID", "Name", "Manager", "Sponsor", "Stage", "Start", "Finish", "Budget"],
    ["P-1", "Alpha", "Ana", "Sam", "Execution", "2026-01-05", "2026-12-18", 100000],
    ["P-2", "Beta", null, "Sam", "Planning", "2026-02-02", "2026-06-30", 50000],
  ],
};

function source(...extra: SheetGrid[]): WorkbookSource {
  return { label: "test.xlsx", date1904: false, sheets: [projects, ...extra], tables: [] };
}

function embeddedSheet(json: string): SheetGrid {
  return { name: EMBEDDED_RULESET_SHEET, top: 1, left: 1, values: embeddedRulesetRows(json), visibility: "veryHidden" };
}

describe("resolveRuleset", () => {
  it("uses the default ruleset when none is given or stored", () => {
    const resolved = resolveRuleset(source());
    expect(resolved).toMatchObject({ ok: true, origin: "default" });
  });

  it("prefers an explicit ruleset over the one stored in the workbook", () => {
    const stored = JSON.stringify({ name: "Stored", version: "2" });
    const resolved = resolveRuleset(source(embeddedSheet(stored)), { name: "Given", version: "1" });
    expect(resolved.ok && resolved.ruleset.name).toBe("Given");
    expect(resolved.origin).toBe("file");
  });

  it("uses the ruleset stored in the workbook", () => {
    const resolved = resolveRuleset(source(embeddedSheet(JSON.stringify({ name: "Stored", version: "2" }))));
    expect(resolved).toMatchObject({ ok: true, origin: "workbook" });
    expect(resolved.ok && resolved.ruleset.name).toBe("Stored");
  });

  it("reports an invalid stored ruleset instead of falling back to the default", () => {
    const resolved = resolveRuleset(source(embeddedSheet(JSON.stringify({ thresholds: { cpiWarning: "high" } }))));
    expect(resolved.ok).toBe(false);
    expect(!resolved.ok && resolved.errors[0].path).toContain("cpiWarning");
  });
});

describe("checkSource", () => {
  const asOf = dayFromIso("2026-11-25");

  it("reads, checks and locates findings in the user's sheet", () => {
    const outcome = checkSource(source(), defaultRuleset(), { asOf });
    const required = outcome.result.findings.find((f) => f.ruleId === "data/required-field" && f.projectId === "P-2");
    expect(required?.location).toEqual({ sheet: "Projects", cell: "C3", row: 3 });
    expect(outcome.portfolio.projects).toHaveLength(2);
  });

  it("gives the same fingerprint for the same data whatever generated sheets exist", () => {
    const generated: SheetGrid = { name: "Findings", top: 1, left: 1, values: [["Findings"], [GENERATED_MARKER]] };
    const a = checkSource(source(), defaultRuleset(), { asOf });
    const b = checkSource(source(generated), defaultRuleset(), { asOf });
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.fingerprint).not.toBe("");
  });

  it("describes every generated sheet with the marker in its header", () => {
    const specs = reportSpecs(checkSource(source(), defaultRuleset(), { asOf }), "test.xlsx");
    expect(specs.map((s) => s.key)).toEqual(expect.arrayContaining(["summary", "findings"]));
    for (const spec of specs) {
      const header = spec.rows.slice(0, 6).flat().map((c) => String(c?.value ?? ""));
      expect(header.some((text) => text.startsWith(GENERATED_MARKER))).toBe(true);
    }
  });
});

describe("checkSource progress", () => {
  it("says it reads the portfolio, then counts the rules' steps to the end", () => {
    const seen: string[] = [];
    checkSource(source(), defaultRuleset(), { asOf: dayFromIso("2026-11-25"), onProgress: (p) => seen.push(p.phase === "rules" ? `${p.done}/${p.total}` : p.phase) });
    expect(seen[0]).toBe("portfolio");
    expect(seen[1]).toBe(`1/${seen.length - 1}`);
    expect(seen.at(-1)).toBe(`${seen.length - 1}/${seen.length - 1}`);
  });
});
