/** Issue 15 (memory): the CLI drops a source's grids once the portfolio is read; the check must not notice. */
import { describe, expect, it } from "vitest";
import { checkSource } from "../../src/core/pipeline";
import { releaseGrids } from "../../src/core/release-grids";
import { dayFromIso } from "../../src/core/model/dates";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { markerName } from "../../src/workbook/markers";
import { EMBEDDED_RULESET_SHEET, GENERATED_MARKER, HISTORY_SHEET } from "../../src/workbook/sheet-spec";
import type { SheetGrid, WorkbookSource } from "../../src/workbook/grid";

const asOf = dayFromIso("2026-11-25");

function projects(): SheetGrid {
  return {
    name: "Projects",
    top: 1,
    left: 1,
    values: [
      ["Project ID", "Name", "Manager", "Sponsor", "Stage", "Start", "Finish", "Budget"],
      ["P-1", "Alpha", "Ana", "Sam", "Execution", "2026-01-05", "2026-12-18", 100000],
      ["P-2", "Beta", null, "Sam", "Planning", "2026-02-02", "2026-06-30", 50000],
      ["P-3", "Gamma", null, "Sam", "Planning", "2026-02-02", "2026-06-30", 50000],
    ],
    hiddenRows: [3],
  };
}

const sheet = (name: string): SheetGrid => ({ name, top: 1, left: 1, values: [[name], [GENERATED_MARKER]] });

function source(): WorkbookSource {
  return {
    label: "test.xlsx",
    date1904: false,
    sheets: [projects(), sheet("Notes"), sheet("Findings"), sheet(EMBEDDED_RULESET_SHEET), sheet(HISTORY_SHEET)],
    tables: [],
    names: [
      { name: markerName("findings"), formula: "'Findings'!$A$1" },
      { name: "Budget_Total", formula: "Notes!$A$1" },
    ],
  };
}

describe("releaseGrids", () => {
  it("keeps only the product's own sheets: the ones marker names point at, the ruleset and history sheets", () => {
    const s = source();
    expect(releaseGrids(s)).toBe(2);
    expect(s.sheets.map((g) => g.name)).toEqual(["Findings", EMBEDDED_RULESET_SHEET, HISTORY_SHEET]);
  });

  it("keeps every grid of a source whose defined names are unknown", () => {
    const s = source();
    delete s.names;
    expect(releaseGrids(s)).toBe(0);
    expect(s.sheets).toHaveLength(5);
  });
});

describe("checkSource with releaseGrids", () => {
  it("gives the same findings, hidden rows marked, and the same fingerprint taken before the grids go", () => {
    const kept = checkSource(source(), defaultRuleset(), { asOf });
    const s = source();
    const released = checkSource(s, defaultRuleset(), { asOf, releaseGrids: { fingerprint: true } });
    expect(s.sheets.map((g) => g.name)).not.toContain("Projects");
    expect(released.result.findings).toEqual(kept.result.findings);
    expect(released.result.findings.some((f) => f.location?.hidden === true && f.location.row === 3)).toBe(true);
    expect(released.result.findings.some((f) => f.location?.row === 4 && f.location.hidden === undefined)).toBe(true);
    expect(released.fingerprint).toBe(kept.fingerprint);
  });

  it("tells the caller once the grids are dropped", () => {
    const s = source();
    const seen: string[][] = [];
    const released = checkSource(s, defaultRuleset(), { asOf, releaseGrids: { fingerprint: false, released: () => seen.push(s.sheets.map((g) => g.name)) } });
    expect(seen).toEqual([s.sheets.map((g) => g.name)]);
    expect(seen[0]).not.toContain("Projects");
    expect(released.result.findings.length).toBeGreaterThan(0);
  });

  it("refuses to hash what is left when the fingerprint was not taken first", () => {
    const released = checkSource(source(), defaultRuleset(), { asOf, releaseGrids: { fingerprint: false } });
    expect(released.result.findings.length).toBeGreaterThan(0);
    expect(() => released.fingerprint).toThrow(/not taken before the grids were released/);
  });
});
