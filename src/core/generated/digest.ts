/**
 * A digest of the cell values of a generated sheet, computed the same way from what a writer writes
 * (a SheetSpec) and from what a reader reads back (a SheetGrid), so a writer can tell on the next run
 * whether the user edited the sheet since (src/workbook/markers.ts). Only what survives any reader and
 * a re-save by Excel or LibreOffice counts: the position and value of every non-blank cell, numbers to
 * 12 significant digits (Excel keeps 15; LibreOffice may round), booleans as 1 and 0, text with line
 * breaks as \n. Formats, widths and colours do not count.
 */
import type { CellValue, SheetGrid } from "../../workbook/grid";
import type { SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { dayFromIso, serialFromDay } from "../model/dates";

/** Excel's limit on the characters of one cell; writers cut longer texts there. */
const MAX_CELL_TEXT = 32_767;
// XML 1.0 cannot hold these characters; writers drop them.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Two independent 32-bit FNV-1a streams: a 64-bit digest without BigInt arithmetic. A cell is hashed as
 * the text "row,col,key" followed by an end mark, fed a character at a time: building that string for
 * each of a report's cells cost more than writing them (10k projects: ~200 ms of the write).
 */
class Digest {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  private char(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c, 0x01000193 + 0x2f0);
  }

  private chars(s: string): void {
    for (let i = 0; i < s.length; i++) this.char(s.charCodeAt(i));
  }

  /** The decimal digits of a whole number (as String(n) writes it). */
  private whole(n: number): void {
    if (n < 0) {
      this.char(45); // "-"
      n = -n;
    }
    if (n >= 1e15) {
      this.chars(String(n));
      return;
    }
    let scale = 1;
    while (scale * 10 <= n) scale *= 10;
    for (; scale >= 1; scale /= 10) {
      const digit = Math.floor(n / scale);
      this.char(48 + digit);
      n -= digit * scale;
    }
  }

  /** One non-blank cell: as `add(\`${row},${col},${valueKey(v)}\`)`, without that string. Returns false for a blank value. */
  cell(row: number, col: number, v: CellValue): boolean {
    if (v === null) return false;
    let text: string | undefined;
    let kind = 115; // "s"
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return false;
      kind = 110; // "n"
      // A whole number under 12 digits is its own 12-digit rounding; others go through toPrecision.
      if (!(Number.isInteger(v) && Math.abs(v) < 1e12 && !Object.is(v, -0))) text = String(Number(v.toPrecision(12)));
    } else if (typeof v === "boolean") {
      kind = 110;
      text = v ? "1" : "0";
    } else {
      text = plainText(v) ?? canonicalText(v);
      if (text === "") return false;
    }
    this.whole(row);
    this.char(44); // ","
    this.whole(col);
    this.char(44);
    this.char(kind);
    if (text === undefined) this.whole(v as number);
    else this.chars(text);
    // The end mark differs between the streams.
    this.a = Math.imul(this.a ^ 0xffff, 0x01000193);
    this.b = Math.imul(this.b ^ 0xfffe, 0x01000193 + 0x2f0);
    return true;
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

/**
 * A text that is already canonical, as it is: within Excel's length, no character XML cannot hold, no
 * carriage return, and starting with a visible ASCII character (so not blank). Undefined otherwise.
 */
function plainText(v: string): string | undefined {
  if (v.length === 0 || v.length > MAX_CELL_TEXT) return undefined;
  const first = v.charCodeAt(0);
  if (first <= 32 || first >= 127) return undefined;
  for (let i = 1; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 32 ? c !== 9 && c !== 10 : c >= 0xfffe) return undefined;
  }
  return v;
}

/** The canonical text of a cell's text: cut to Excel's length, without what XML cannot hold, line breaks as \n; "" when blank. */
function canonicalText(v: string): string {
  const text = v.slice(0, MAX_CELL_TEXT).replace(INVALID_XML_CHARS, "").replace(/\r\n?/g, "\n");
  return text.trim() === "" ? "" : text;
}

/** The value a spec cell leaves in the sheet, as a reader sees it. */
function writtenValue(cell: SpecCell, date1904: boolean): CellValue {
  const v = cell.value;
  if (cell.type === "date" && typeof v === "string") {
    const day = dayFromIso(v);
    if (!Number.isNaN(day)) return serialFromDay(day, date1904);
  }
  if (cell.type === "text" && v !== null) return String(v);
  return v;
}

/** Digest of the values a spec writes. @example specDigest(spec, false) // "3f09c2d17a44e1b0" */
export function specDigest(spec: SheetSpec, date1904: boolean): string {
  const d = new Digest();
  const { rows } = spec;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) d.cell(r + 1, c + 1, writtenValue(cell, date1904));
    }
  }
  return d.hex();
}

/** Digest of the values a reader found in a sheet; equal to specDigest for an unedited sheet. */
export function gridDigest(grid: SheetGrid): string {
  const d = new Digest();
  const { values } = grid;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    // A grid row may be missing or have holes (a sparse array): those cells are blank.
    if (!row) continue;
    for (let c = 0; c < row.length; c++) d.cell(grid.top + r, grid.left + c, row[c] ?? null);
  }
  return d.hex();
}
