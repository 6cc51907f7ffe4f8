import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gridDigest, specDigest } from "../../src/core/generated/digest";
import type { CellValue, SheetGrid } from "../../src/workbook/grid";
import type { SheetSpec, SpecCell } from "../../src/workbook/sheet-spec";

/**
 * The digest as first written (a "row,col,key" string per cell, then hashed): workbooks written since
 * store it, so the string-free digest must give the same value for every grid, or a generated sheet
 * written by an earlier version would read as edited by its user.
 */
function referenceDigest(values: CellValue[][], top: number, left: number): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
      b = Math.imul(b ^ s.charCodeAt(i), 0x01000193 + 0x2f0);
    }
    a = Math.imul(a ^ 0xffff, 0x01000193);
    b = Math.imul(b ^ 0xfffe, 0x01000193 + 0x2f0);
  };
  const key = (v: CellValue): string | null => {
    if (v === null) return null;
    if (typeof v === "boolean") return v ? "n1" : "n0";
    if (typeof v === "number") return Number.isFinite(v) ? `n${Number(v.toPrecision(12))}` : null;
    // eslint-disable-next-line no-control-regex
    const text = v.slice(0, 32_767).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "").replace(/\r\n?/g, "\n");
    return text.trim() === "" ? null : `s${text}`;
  };
  values.forEach((row, r) => row.forEach((v, c) => {
    const k = key(v ?? null);
    if (k !== null) add(`${top + r},${left + c},${k}`);
  }));
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

const awkwardTexts = ["", " ", "\u00a0", "\t", " a", "a ", "x\r\ny", "x\ry", "a\u0001b", "\u000b", "\ufffe", "é", "=SUM(A1)", "  \n ", "\u3000", "x".repeat(32_770), "line\nbreak", "tab\tin"];
const awkwardNumbers = [0, -0, 1, -1, 0.1, 1 / 3, 123456789012, 999999999999, 1e12, -1e12, 1234567890123456, 1e21, 2 ** 53, 1.5e-7, 46_100, 45_000.25, NaN, Infinity, -Infinity];
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...awkwardNumbers),
  fc.double(),
  fc.integer({ min: -2_000_000_000_000, max: 2_000_000_000_000 }),
  fc.constantFrom(...awkwardTexts),
  fc.string({ unit: "binary", maxLength: 12 }),
);

describe("the generated-sheet digest", () => {
  it("is the value the string-built digest gave, on any grid (random cells, awkward numbers and texts)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 8 }), fc.integer({ min: 1, max: 1_048_576 }), fc.integer({ min: 1, max: 16_384 }), (values, top, left) => {
        const grid: SheetGrid = { name: "S", top, left, values };
        expect(gridDigest(grid)).toBe(referenceDigest(values, top, left));
      }),
      { numRuns: 2000 },
    );
  });

  it("is the same for every awkward value alone, and skips holes as blank", () => {
    for (const v of [...awkwardTexts, ...awkwardNumbers, true, false]) {
      expect(gridDigest({ name: "S", top: 3, left: 27, values: [[v]] })).toBe(referenceDigest([[v]], 3, 27));
    }
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [[1, , 3], , ["x"]] as CellValue[][];
    expect(gridDigest({ name: "S", top: 1, left: 1, values: sparse })).toBe(referenceDigest(sparse, 1, 1));
  });

  it("of a spec equals the digest of the grid a reader reads back: dates as serials, text cells as text", () => {
    const cells: SpecCell[][] = [[{ value: "Project" }, { value: 12.5 }], [{ value: "2026-11-25", type: "date" }, { value: 42, type: "text" }, { value: true }]];
    const spec = { key: "k", name: "S", rows: cells } as unknown as SheetSpec;
    expect(specDigest(spec, false)).toBe(referenceDigest([["Project", 12.5], [46351, "42", true]], 1, 1));
    expect(specDigest(spec, true)).toBe(referenceDigest([["Project", 12.5], [46351 - 1462, "42", true]], 1, 1));
  });
});
