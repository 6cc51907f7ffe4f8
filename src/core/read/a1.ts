/** A1 helpers and grid access, shared by every reader module. */
import type { CellValue, SheetGrid } from "../../workbook/grid";

const letterCache: string[] = [];

/** Column letters of a 1-based column. @example columnLetter(28) // "AB" */
export function columnLetter(col: number): string {
  const cached = letterCache[col];
  if (cached) return cached;
  let n = col;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  letterCache[col] = s;
  return s;
}

/** 1-based column of letters; NaN when not letters. @example columnNumber("AB") // 28 */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B3" from row 3, column 2. */
export function a1(row: number, col: number): string {
  return columnLetter(col) + row;
}

/** Parses "B3:K40" (or "B3") into 1-based bounds; null when malformed. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const left = columnNumber(m[1]);
  const top = +m[2];
  const right = m[3] ? columnNumber(m[3]) : left;
  const bottom = m[4] ? +m[4] : top;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** Reads cells of a grid by absolute 1-based row and column. */
export class GridView {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** Last row and column holding any cell (absolute, 1-based). */
  readonly bottom: number;
  readonly right: number;
  private values: CellValue[][];
  private formats?: (string | null)[][];
  private merges: string[];
  /** Row -> the merged ranges crossing it, built on first use. */
  private mergeRows?: Map<number, Bounds[]>;

  constructor(grid: SheetGrid) {
    this.name = grid.name;
    this.top = Math.max(1, Math.floor(grid.top) || 1);
    this.left = Math.max(1, Math.floor(grid.left) || 1);
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.formats = grid.formats;
    this.merges = Array.isArray(grid.merges) ? grid.merges : [];
    let width = 0;
    // Indexed, not for-of: views of 100k-row sheets are made per read, mostly before this is optimised.
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r];
      if (Array.isArray(row) && row.length > width) width = row.length;
    }
    this.bottom = this.top + this.values.length - 1;
    this.right = this.left + width - 1;
  }

  /**
   * Lets go of the cells, once the read is done with the sheet (readPortfolio's releaseCells): every cell
   * reads as empty from then on. The bounds stay as they were.
   */
  release(): void {
    this.values = [];
    this.formats = undefined;
    this.merges = [];
    this.mergeRows = undefined;
  }

  value(row: number, col: number): CellValue {
    const r = this.values[row - this.top];
    if (!Array.isArray(r)) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  format(row: number, col: number): string | null {
    const r = this.formats?.[row - this.top];
    const f = Array.isArray(r) ? r[col - this.left] : null;
    return typeof f === "string" ? f : null;
  }

  /**
   * A label's value: the cell's own, or for an empty cell inside a merged range the range's top-left
   * value. Headers and key/value labels read this; data rows read value() (a merge's value counts once).
   */
  label(row: number, col: number): CellValue {
    const v = this.value(row, col);
    if (v !== null || this.merges.length === 0) return v;
    const m = this.mergeAt(row, col);
    return m ? this.value(m.top, m.left) : null;
  }

  /** The merged range the cell lies in, if any. */
  mergeAt(row: number, col: number): Bounds | undefined {
    if (this.merges.length === 0) return undefined;
    this.mergeRows ??= indexMerges(this.merges, this.bottom);
    const list = this.mergeRows.get(row);
    if (!list) return undefined;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** Trimmed text of a cell ("" for empty); numbers and booleans as their string. */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null || v === undefined) return "";
    return typeof v === "string" ? v.trim() : String(v);
  }

  /** True when the row has no non-blank cell. */
  isBlankRow(row: number): boolean {
    const r = this.values[row - this.top];
    if (!Array.isArray(r)) return true;
    for (const v of r) if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) return false;
    return true;
  }
}

/** 1-based bounds of a range. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Merged ranges by the rows they cross (rows past the grid's last one are left out: nothing is there). */
function indexMerges(merges: string[], lastRow: number): Map<number, Bounds[]> {
  const byRow = new Map<number, Bounds[]>();
  for (const ref of merges) {
    const b = parseRange(ref);
    if (!b) continue;
    for (let r = b.top; r <= Math.min(b.bottom, lastRow); r++) {
      const list = byRow.get(r);
      if (list) list.push(b);
      else byRow.set(r, [b]);
    }
  }
  return byRow;
}
