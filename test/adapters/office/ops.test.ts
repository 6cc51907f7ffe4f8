import { describe, expect, it } from "vitest";
import { cellOutput, excelWouldConvert, isoToSerial } from "../../../src/adapters/office/cells";
import { packBatches, rowBlocks, type Op } from "../../../src/adapters/office/ops";
import { groupRuns } from "../../../src/adapters/office/runs";
import { contentOps, widthToPoints } from "../../../src/adapters/office/sheet-ops";
import { quoteSheetName, sheetOfFormula } from "../../../src/adapters/office/names";

const ops = (...bytes: number[]): Op[] => bytes.map((b) => ({ bytes: b, run: () => undefined }));

describe("packing requests", () => {
  it("packs in order into the fewest batches under the budget, the last operation in the last batch", () => {
    const batches = packBatches(ops(60, 30, 30, 50, 20), 100);
    expect(batches.map((b) => b.map((o) => o.bytes))).toEqual([
      [60, 30],
      [30, 50, 20],
    ]);
  });

  it("sends an operation bigger than the budget on its own", () => {
    expect(packBatches(ops(10, 500, 10), 100).map((b) => b.length)).toEqual([1, 1, 1]);
  });

  it("splits rows into blocks under a byte limit", () => {
    expect(rowBlocks(5, () => 40, 100)).toEqual([
      { start: 0, rows: 2 },
      { start: 2, rows: 2 },
      { start: 4, rows: 1 },
    ]);
  });
});

describe("grouping formats into rectangles", () => {
  it("merges equal runs on consecutive rows", () => {
    const grid = [
      ["a", "a", "b"],
      ["a", "a", "b"],
      ["a", "c", "b"],
    ];
    const rects = groupRuns(3, () => 3, (r, c) => grid[r][c], (x, y) => x === y);
    expect(rects).toEqual([
      { key: "a", row: 0, col: 0, rows: 2, cols: 2 },
      { key: "b", row: 0, col: 2, rows: 3, cols: 1 },
      { key: "a", row: 2, col: 0, rows: 1, cols: 1 },
      { key: "c", row: 2, col: 1, rows: 1, cols: 1 },
    ]);
  });

  it("skips cells without a key", () => {
    expect(groupRuns(2, () => 2, (r, c) => (r === c ? "x" : undefined), (a, b) => a === b)).toEqual([
      { key: "x", row: 0, col: 0, rows: 1, cols: 1 },
      { key: "x", row: 1, col: 1, rows: 1, cols: 1 },
    ]);
  });
});

describe("cell values", () => {
  it.each(["=SUM(A1)", "+1", "-x", "@me", "00123", "2024-09", "1/2", "$5", "TRUE", "#N/A", "Jan 5", "5-Mar"])("protects %j as text", (text) => {
    expect(excelWouldConvert(text)).toBe(true);
    expect(cellOutput({ value: text }, false).numberFormat).toBe("@");
  });

  it.each(["Alpha", "Project 12", "Error", "No findings: the portfolio passes", "PRJ-001"])("leaves %j in General", (text) => {
    expect(excelWouldConvert(text)).toBe(false);
  });

  it("converts ISO dates to serials in either date system and rejects impossible dates", () => {
    expect(isoToSerial("2026-01-05", false)).toBe(46027);
    expect(isoToSerial("1904-01-02", true)).toBe(1);
    expect(isoToSerial("2026-02-30", false)).toBeNull();
    expect(cellOutput({ value: "not a date", type: "date" }, false)).toEqual({ value: "not a date", numberFormat: "General" });
  });

  it("converts column widths in characters to points", () => {
    expect(widthToPoints(8.43)).toBeCloseTo(48, 0);
    expect(widthToPoints(20)).toBe(108.75);
  });
});

describe("sheet names in references", () => {
  it("quotes names Excel would quote and reads them back from a name's formula", () => {
    expect(quoteSheetName("Projects")).toBe("Projects");
    expect(quoteSheetName("My Plan")).toBe("'My Plan'");
    expect(quoteSheetName("O'Neil")).toBe("'O''Neil'");
    expect(quoteSheetName("AB12")).toBe("'AB12'");
    expect(sheetOfFormula("='O''Neil'!$A$1")).toBe("O'Neil");
    expect(sheetOfFormula("=#REF!$A$1")).toBeNull();
  });
});

describe("large sheets", () => {
  it("builds operations for 150,000 rows without running out of call arguments", () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [{ value: `F${i}`, link: { sheet: "Projects", cell: `A${i + 2}`, row: i + 2 } }, { value: i }]);
    const built = contentOps({ key: "findings", name: "Findings", columns: [], rows }, {}, false, true);
    expect(built.length).toBeGreaterThan(10);
    expect(Math.max(...built.map((o) => o.bytes))).toBeLessThan(300 * 1024);
  });
});
