import { describe, expect, it } from "vitest";
import { embeddedRulesetRows, findEmbeddedRuleset } from "../../../src/core/ruleset/embedded";
import { defaultRulesetJson } from "../../../src/core/ruleset/default-ruleset";
import type { SheetGrid, WorkbookSource } from "../../../src/workbook/grid";

function source(sheets: SheetGrid[]): WorkbookSource {
  return { label: "t.xlsx", date1904: false, sheets, tables: [] };
}

function sheetOf(rows: string[][], name = "_PMORulebook", top = 1): SheetGrid {
  return { name, top, left: 1, values: rows, visibility: "veryHidden" };
}

describe("embedded ruleset", () => {
  it("round-trips a ruleset longer than one cell", () => {
    const json = JSON.stringify({ description: "é😀".repeat(20_000) });
    const rows = embeddedRulesetRows(json);
    expect(rows[0]).toEqual(["PMO Rulebook ruleset"]);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.slice(1).every((r) => r[0].length <= 30_000)).toBe(true);
    expect(rows.slice(1).every((r) => !/[\uD800-\uDBFF]$/.test(r[0]))).toBe(true);
    expect(findEmbeddedRuleset(source([sheetOf([["x"]], "Projects"), sheetOf(rows)]))).toBe(json);
  });

  it("reads column A from row 1, whatever the sheet is called in case", () => {
    const rows = embeddedRulesetRows(defaultRulesetJson());
    const grid: SheetGrid = { name: "_pmorulebook", top: 1, left: 1, values: rows };
    expect(findEmbeddedRuleset(source([grid]))).toBe(defaultRulesetJson());
    expect(findEmbeddedRuleset(source([{ ...grid, top: 2, values: rows.slice(1) }]))).toBeNull();
  });

  it("returns null without the sheet, without the title, or without JSON", () => {
    expect(findEmbeddedRuleset(source([sheetOf([["PMO Rulebook ruleset"]], "Other")]))).toBeNull();
    expect(findEmbeddedRuleset(source([sheetOf([["Something else"], ["{}"]])]))).toBeNull();
    expect(findEmbeddedRuleset(source([sheetOf([["PMO Rulebook ruleset"]])]))).toBeNull();
  });
});
