/**
 * A1 address arithmetic shared by the stand-in (and usable by adapters): zero-based rectangles,
 * sheet-qualified addresses with quoted names, whole rows ("1:6") and whole columns ("A:C").
 */

/** Excel's grid limits; whole-row and whole-column addresses expand to them. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** A zero-based, inclusive rectangle of cells. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Column letters for a zero-based column index. @example columnLetters(27) // "AB" */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Zero-based column index for letters, or -1 when they are not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B3" for a zero-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B3:D10" (or "B3" for one cell) for a rectangle. */
export function rectAddress(r: Rect): string {
  const first = cellAddress(r.row, r.col);
  if (r.rows === 1 && r.cols === 1) return first;
  return `${first}:${cellAddress(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Quotes a sheet name for use in a reference when Excel would. @example quoteSheet("My Plan") // "'My Plan'" */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Splits "'My Sheet'!A1:B2" into the sheet name (unquoted) and the local address. */
export function splitSheetAddress(address: string): { sheet?: string; local: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { local: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

function parsePart(part: string): { row?: number; col?: number } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(part);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const col = m[1] === "" ? undefined : columnIndex(m[1]);
  const row = m[2] === "" ? undefined : Number(m[2]) - 1;
  if (col !== undefined && (col < 0 || col >= MAX_COLS)) return null;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return null;
  return { row, col };
}

/** Parses a local A1 address ("B3", "B3:D10", "$A$1", "1:6", "A:C") into a rectangle, or null. */
export function parseRect(local: string): Rect | null {
  const [a, b = a, extra] = local.trim().split(":");
  if (extra !== undefined) return null;
  const p = parsePart(a);
  const q = parsePart(b);
  if (!p || !q) return null;
  const wholeRows = p.col === undefined && q.col === undefined && p.row !== undefined && q.row !== undefined;
  const wholeCols = p.row === undefined && q.row === undefined && p.col !== undefined && q.col !== undefined;
  if (!wholeRows && !wholeCols && (p.row === undefined || p.col === undefined || q.row === undefined || q.col === undefined)) return null;
  const r1 = wholeCols ? 0 : Math.min(p.row!, q.row!);
  const r2 = wholeCols ? MAX_ROWS - 1 : Math.max(p.row!, q.row!);
  const c1 = wholeRows ? 0 : Math.min(p.col!, q.col!);
  const c2 = wholeRows ? MAX_COLS - 1 : Math.max(p.col!, q.col!);
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** Whether two rectangles share at least one cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}
