/**
 * Collects cells row by row and produces a SheetGrid anchored at the used range's top-left cell. Rows are
 * kept in the arrays the grid hands on (no second copy), which matters for sheets of 600k rows.
 */
import type { CellValue, SheetGrid } from "../../workbook/grid";

export class GridBuilder {
  private values: CellValue[][] = [];
  private formats: (string | null)[][] = [];
  private minCol = Infinity;
  private top = Infinity;
  private bottom = 0;

  /** Equal texts share one string: less memory, and flat strings (a parser's slices are slow to read later). */
  private readonly pool = new Map<string, string>();

  set(row: number, col: number, cell: CellValue, format: string | null): void {
    if (cell === null) return;
    let value = cell;
    if (typeof value === "string" && value.length <= 64) {
      const pooled = this.pool.get(value);
      if (pooled === undefined) this.pool.set(value, value);
      else value = pooled;
    }
    const r = row - 1;
    const vals = (this.values[r] ??= []);
    vals[col - 1] = value;
    // Only a number's format means anything to the core (dates, percentages); text keeps none.
    if (format && typeof value === "number" && format !== "General") (this.formats[r] ??= [])[col - 1] = format;
    if (col < this.minCol) this.minCol = col;
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
  }

  build(name: string, visibility: SheetGrid["visibility"]): SheetGrid {
    if (!Number.isFinite(this.top)) return { name, top: 1, left: 1, values: [], formats: [], visibility };
    const shift = this.minCol - 1;
    const values: CellValue[][] = new Array(this.bottom - this.top + 1);
    const formats: (string | null)[][] = new Array(this.bottom - this.top + 1);
    for (let r = this.top; r <= this.bottom; r++) {
      values[r - this.top] = dense(this.values[r - 1], shift);
      formats[r - this.top] = this.formats[r - 1] ? dense(this.formats[r - 1], shift) : [];
    }
    this.values = [];
    this.formats = [];
    this.pool.clear();
    return { name, top: this.top, left: this.minCol, values, formats, visibility };
  }
}

/** Fills holes with null (sparse arrays are slow to read) and drops `shift` leading columns. */
function dense<T>(row: T[] | undefined, shift: number): (T | null)[] {
  if (!row) return [];
  if (shift === 0) {
    // The usual case: fill the row in place rather than copying it.
    const same = row as (T | null)[];
    for (let c = 0; c < same.length; c++) if (same[c] === undefined) same[c] = null;
    return same;
  }
  const out: (T | null)[] = new Array(row.length - shift);
  for (let c = shift; c < row.length; c++) out[c - shift] = row[c] ?? null;
  return out;
}

/** Column letters of a 1-based column: 28 -> "AB". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Merged ranges in one order whichever reader found them: by top row, then left column. */
export function sortMerges(ranges: string[]): string[] {
  const key = (r: string) => {
    const m = /^([A-Z]+)(\d+)/.exec(r);
    if (!m) return [0, 0];
    let col = 0;
    for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
    return [+m[2], col];
  };
  return ranges
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1])
    .map((x) => x.r);
}
