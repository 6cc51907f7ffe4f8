/**
 * The scan keeps finished rows compact (issue 15): values in arrays of their exact length, and one
 * shared format row per pattern of formats. Sharing must never leak: a row met again, or a merged
 * cell cleared in one row, leaves the other rows of its pattern as they were.
 */
import { describe, expect, it } from "vitest";
import { buildGrid } from "../../../src/adapters/xlsx/read/index";
import { scanSheet, type ScanContext } from "../../../src/adapters/xlsx/read/sheet-scan";

const encoder = new TextEncoder();
/** Style 1 shows a date, style 2 an amount. */
const ctx: ScanContext = { shared: [], styles: { formats: [undefined, "yyyy-mm-dd", "#,##0"], dates: [false, true, false] }, date1904: false, part: "xl/worksheets/sheet1.xml" };
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function sheet(rows: string, after = ""): Uint8Array {
  return encoder.encode(`<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData>${after}</worksheet>`);
}
/** A register row from column `first`: a text id, a date (style 1) and an amount (style 2). */
function row(r: number, first = "A"): string {
  const [a, b, c] = [0, 1, 2].map((i) => String.fromCharCode(first.charCodeAt(0) + i) + r);
  return `<row r="${r}"><c r="${a}" t="inlineStr"><is><t>P${r}</t></is></c><c r="${b}" s="1"><v>46000</v></c><c r="${c}" s="2"><v>${r * 100}</v></c></row>`;
}

describe("compact rows", () => {
  it("gives rows of the same formats one shared format row", () => {
    const cells = scanSheet(sheet(row(1) + row(2) + row(3)), ctx);
    expect(cells.formats[0]).toEqual([null, "yyyy-mm-dd", "#,##0"]);
    expect(cells.formats[1]).toBe(cells.formats[0]);
    expect(cells.formats[2]).toBe(cells.formats[0]);
  });

  it("keeps each row's values its own", () => {
    const cells = scanSheet(sheet(row(1) + row(2)), ctx);
    expect(cells.rows[0]).toEqual(["P1", 46000, 100]);
    expect(cells.rows[1]).toEqual(["P2", 46000, 200]);
    expect(cells.rows[1]).not.toBe(cells.rows[0]);
  });

  it("copies a shared format row before writing into a row met again", () => {
    // Row 1's cell D1 comes after row 2 (cells out of row order): row 2 keeps its formats.
    const late = `<row r="3"><c r="D1" s="2"><v>7</v></c></row>`;
    const cells = scanSheet(sheet(row(1) + row(2) + late), ctx);
    expect(cells.formats[0]).toEqual([null, "yyyy-mm-dd", "#,##0", "#,##0"]);
    expect(cells.formats[1]).toEqual([null, "yyyy-mm-dd", "#,##0"]);
    expect(cells.rows[0]).toEqual(["P1", 46000, 100, 7]);
  });

  it("clears a merged cell's format in its own row only", () => {
    const grid = buildGrid("Projects", "visible", scanSheet(sheet(row(1) + row(2), `<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>`), ctx));
    expect(grid.values).toEqual([["P1"], ["P2", 46000, 200]]);
    expect(grid.formats![1]).toEqual([null, "yyyy-mm-dd", "#,##0"]);
  });

  it("keeps sharing a format row when the used range starts right of column A", () => {
    const grid = buildGrid("Projects", "visible", scanSheet(sheet(row(1, "B") + row(2, "B")), ctx));
    expect(grid.left).toBe(2);
    expect(grid.formats![0]).toEqual([null, "yyyy-mm-dd", "#,##0"]);
    expect(grid.formats![1]).toBe(grid.formats![0]);
  });
});
