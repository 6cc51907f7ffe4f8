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

/** Two independent 32-bit FNV-1a streams: a 64-bit digest without BigInt arithmetic. */
class Digest {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  add(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 0x01000193);
      this.b = Math.imul(this.b ^ c, 0x01000193 + 0x2f0);
    }
    this.a = Math.imul(this.a ^ 0xffff, 0x01000193);
    this.b = Math.imul(this.b ^ 0xfffe, 0x01000193 + 0x2f0);
  }
  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

/** The canonical text of a value, or null for a blank cell. */
function valueKey(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === "boolean") return v ? "n1" : "n0";
  if (typeof v === "number") return Number.isFinite(v) ? `n${Number(v.toPrecision(12))}` : null;
  const text = v.slice(0, MAX_CELL_TEXT).replace(INVALID_XML_CHARS, "").replace(/\r\n?/g, "\n");
  return text.trim() === "" ? null : `s${text}`;
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
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      const key = cell ? valueKey(writtenValue(cell, date1904)) : null;
      if (key !== null) d.add(`${r + 1},${c + 1},${key}`);
    });
  });
  return d.hex();
}

/** Digest of the values a reader found in a sheet; equal to specDigest for an unedited sheet. */
export function gridDigest(grid: SheetGrid): string {
  const d = new Digest();
  grid.values.forEach((row, r) => {
    row.forEach((v, c) => {
      const key = valueKey(v ?? null);
      if (key !== null) d.add(`${grid.top + r},${grid.left + c},${key}`);
    });
  });
  return d.hex();
}
