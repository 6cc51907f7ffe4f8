import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { columnNumber } from "../../../src/core/read/a1";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import type { CellValue, SheetGrid, WorkbookSource } from "../../../src/workbook/grid";
import { recordCells } from "../../../src/core/model/record-source";

const words = ["ID", "Project ID", "Name", "Stage", "Status", "Budget", "Start", "Finish", "Resource", "Gate", "Decision", "Jan-26", "2026-W05", "Total", "Period", "PV", "Capacity", "Allocation", "Approved", "G2", "Execution", "TBD", "-", "N/A", "RAG", "#REF!", "50%", "1,2,3", "(5)", "15/03/2026", "3/15/2026", "Mar 2026", "Insert rows above", "", " ", "constructor", "__proto__", "toString", "hasOwnProperty"];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: -100, max: 80_000 }),
  fc.boolean(),
);

const grid: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.constantFrom("Projects", "Gates", "Resources", "Assignments", "Financials", "Sheet1", "Register", "Plan", "_PMORulebook"),
  top: fc.integer({ min: 1, max: 5 }),
  left: fc.integer({ min: 1, max: 5 }),
  values: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 14 }),
  formats: fc.option(fc.array(fc.array(fc.constantFrom(null, "yyyy-mm-dd", "0%", "General", "[h]:mm", "mmm-yy"), { maxLength: 9 }), { maxLength: 14 }), { nil: undefined }),
});

const workbook: fc.Arbitrary<WorkbookSource> = fc.record({
  label: fc.constant("random.xlsx"),
  date1904: fc.boolean(),
  sheets: fc.uniqueArray(grid, { maxLength: 4, selector: (s) => s.name }),
  tables: fc.array(
    fc.record({
      name: fc.constantFrom("tblProjects", "Gates", "Assignments", "Other"),
      sheet: fc.constantFrom("Projects", "Sheet1", "Plan", "Missing"),
      ref: fc.constantFrom("A1:D5", "B2:Z40", "C3", "nonsense", "A1:A1"),
      hasHeader: fc.boolean(),
    }),
    { maxLength: 2 },
  ),
});

/** True when the cell lies inside the sheet's grid (its rectangle of values). */
function inGrid(src: WorkbookSource, sheetName: string, cellRef: string, row: number): boolean {
  const s = src.sheets.find((x) => x.name === sheetName);
  if (!s) return false;
  const m = /^([A-Z]+)(\d+)$/.exec(cellRef);
  if (!m || +m[2] !== row) return false;
  const width = Math.max(0, ...s.values.map((r) => r.length));
  const col = columnNumber(m[1]);
  return row >= s.top && row < s.top + s.values.length && col >= s.left && col < s.left + width;
}

const headers = ["ID", "Name", "Stage", "Status", "Budget", "Start", "Finish", "% Complete", "Last Update", "Manager", "Project ID", "Resource", "Gate", "Decision", "Date", "Capacity", "Allocation", "Jan-26", "Feb-26", "2026-W05", "Period", "PV", "EV", "AC", "Business Case"];

/** A header row of real field names over junk data, so the entity readers see junk in every column. */
const structured: fc.Arbitrary<WorkbookSource> = fc
  .record({
    name: fc.constantFrom("Projects", "Gates", "Resources", "Assignments", "Financials", "Sheet1"),
    top: fc.integer({ min: 1, max: 4 }),
    left: fc.integer({ min: 1, max: 4 }),
    title: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
    header: fc.uniqueArray(fc.constantFrom(...headers), { minLength: 2, maxLength: 10 }),
    rows: fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 12 }),
    date1904: fc.boolean(),
  })
  .map((r) => ({ label: "structured.xlsx", date1904: r.date1904, tables: [], sheets: [{ name: r.name, top: r.top, left: r.left, values: [...r.title, r.header, ...r.rows] }] }));

describe("readPortfolio on random grids", () => {
  it("never throws and every location points at a cell of the grid", () => {
    const ruleset = defaultRuleset();
    fc.assert(
      fc.property(workbook, (src) => {
        const p = readPortfolio(src, ruleset);
        for (const issue of p.issues) {
          if (issue.kind === "invalid-value") expect(inGrid(src, issue.location.sheet, issue.location.cell, issue.location.row)).toBe(true);
        }
        const records = [...p.projects, ...p.gates, ...p.resources, ...p.assignments, ...p.financials];
        for (const r of records) {
          for (const ref of Object.values(recordCells(r.source))) expect(inGrid(src, r.source.sheet, ref, r.source.row)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on real headers over junk values, and locates every issue in the grid", () => {
    const ruleset = defaultRuleset();
    fc.assert(
      fc.property(structured, (src) => {
        const p = readPortfolio(src, ruleset);
        for (const issue of p.issues) {
          if (issue.kind === "invalid-value") expect(inGrid(src, issue.location.sheet, issue.location.cell, issue.location.row)).toBe(true);
        }
        for (const r of [...p.projects, ...p.gates, ...p.resources, ...p.assignments, ...p.financials]) {
          for (const ref of Object.values(recordCells(r.source))) expect(inGrid(src, r.source.sheet, ref, r.source.row)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
