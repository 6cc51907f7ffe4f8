import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GridView } from "../../../src/core/read/a1";
import { ENTITIES, wholeSheet } from "../../../src/core/read/candidates";
import { findHeader } from "../../../src/core/read/header";
import type { CellValue, SheetGrid } from "../../../src/workbook/grid";

// findHeader skips the matching of rows whose score bound cannot beat the best row so far (the data
// rows under a header): it must find exactly what evaluating every row finds.
const headers = ["ID", "Project ID", "Name", "Stage", "Status", "Budget", "Start", "Finish", "% Complete", "Manager", "Resource", "Gate", "Decision", "Date", "Capacity", "Allocation", "Jan-26", "Feb-26", "Mar 2026", "2026-W05", "W06", "Jan", "Feb", "Period", "PV", "EV", "AC", "Business Case", "Role", "Risk", "Impact", "Probability", "Owner", "Milestone", "Objective", "Exec Sponsor", "Spent to date", "Dates", "Plan 2026"];
const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(...headers) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 50_000 }) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.boolean() },
);
const grid: fc.Arbitrary<SheetGrid> = fc.record({
  name: fc.constant("Sheet"),
  top: fc.integer({ min: 1, max: 3 }),
  left: fc.integer({ min: 1, max: 3 }),
  values: fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }),
  formats: fc.option(fc.array(fc.array(fc.constantFrom(null, "yyyy-mm-dd", "0%", "mmm-yy"), { maxLength: 10 }), { maxLength: 40 }), { nil: undefined }),
  merges: fc.option(fc.array(fc.constantFrom("A1:C1", "B2:D2", "A2:A3", "C3:E3", "B5:B6", "D1:D2"), { maxLength: 3 }), { nil: undefined }),
});

describe("findHeader's score bound", () => {
  it("finds the header that evaluating every row finds, for every entity", () => {
    fc.assert(
      fc.property(grid, fc.boolean(), (g, date1904) => {
        const view = new GridView(g);
        for (const entity of ENTITIES) {
          const opts = { date1904, extraFields: entity === "gates" ? ["Business Case"] : undefined };
          expect(findHeader(view, wholeSheet(view), entity, opts)).toEqual(findHeader(view, wholeSheet(view), entity, { ...opts, exhaustive: true }));
        }
      }),
      { numRuns: 600 },
    );
  });

  it("a header over many data rows: the same header either way", () => {
    const rows: CellValue[][] = [["Project ID", "Name", "Stage", "Budget", "Start"]];
    for (let i = 0; i < 80; i++) rows.push([`P-${i}`, `Project ${i}`, "Execution", 1000 * i, 46_000 + i]);
    const view = new GridView({ name: "Projects", top: 1, left: 1, values: rows });
    const found = findHeader(view, wholeSheet(view), "projects", { date1904: false });
    expect(found?.row).toBe(1);
    expect(found).toEqual(findHeader(view, wholeSheet(view), "projects", { date1904: false, exhaustive: true }));
  });
});
