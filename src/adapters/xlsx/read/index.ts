/**
 * The package reader (issue 15): an .xlsx as bytes in, the grids the core reads out, in one pass over
 * each sheet part. Pure (fflate and @xmldom/xmldom only), so the task pane's worker can read a picked file
 * with it; the CLI hands in Node's zlib, which inflates faster. Throws one sentence, without the file's
 * name, on what it cannot read.
 */
import type { SheetGrid, WorkbookSource } from "../../../workbook/grid";
import { appendAll } from "../../../core/arrays";
import { readSharedStrings, readStyles, readTables, readWorkbook } from "./parts";
import { scanSheet, SheetScanner, type SheetCells } from "./sheet-scan";
import { fflateInflate, openZip, type Inflate } from "./zip";

export interface ReadOptions {
  label: string;
  inflate?: Inflate;
  /** Sheet parts larger than this (inflated) are inflated and scanned in pieces; default 32 MB. */
  streamAbove?: number;
}

export const STREAM_ABOVE_BYTES = 32 * 1024 * 1024;

export function readPackage(bytes: Uint8Array, opts: ReadOptions): WorkbookSource {
  const zip = openZip(bytes, opts.inflate ?? fflateInflate);
  const wb = readWorkbook(zip);
  const shared = readSharedStrings(zip, wb.part);
  const styles = readStyles(zip);
  const sheets: SheetGrid[] = [];
  const tables: WorkbookSource["tables"] = [];
  for (const s of wb.sheets) {
    if (!s.part) continue;
    const entry = zip.entry(s.part);
    if (!entry) throw new Error(`its sheet "${s.name}" has no part (${s.part} is missing from the package)`);
    const ctx = { shared, styles, date1904: wb.date1904, part: entry.name };
    let cells: SheetCells;
    if (entry.size > (opts.streamAbove ?? STREAM_ABOVE_BYTES)) {
      // Inflated and scanned a piece at a time: a 100k-project register is hundreds of megabytes of XML.
      const scanner = new SheetScanner(ctx);
      zip.stream(entry.name, (piece, final) => scanner.feed(piece, final));
      cells = scanner.finish();
    } else {
      cells = scanSheet(zip.bytes(entry.name)!, ctx);
    }
    sheets.push(buildGrid(s.name, s.state, cells));
    appendAll(tables, readTables(zip, s.name, s.part));
  }
  return { label: opts.label, date1904: wb.date1904, sheets, tables, names: wb.names };
}

const MERGE = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/;

function column(letters: string): number {
  let c = 0;
  for (let i = 0; i < letters.length; i++) c = c * 26 + (letters.charCodeAt(i) - 64);
  return c;
}

/**
 * The grid anchored at the used range's top-left cell. A merge's value is its top-left cell's: other
 * cells of the range are empty whatever the part holds there (as Excel shows them).
 */
export function buildGrid(name: string, visibility: SheetGrid["visibility"], cells: SheetCells): SheetGrid {
  const { rows, formats } = cells;
  const merges: { text: string; top: number; left: number; bottom: number; right: number }[] = [];
  for (const text of cells.merges) {
    const m = MERGE.exec(text);
    if (!m) continue;
    const a = { top: +m[2], left: column(m[1]), bottom: +m[4], right: column(m[3]) };
    merges.push({ text, top: Math.min(a.top, a.bottom), left: Math.min(a.left, a.right), bottom: Math.max(a.top, a.bottom), right: Math.max(a.left, a.right) });
  }
  for (const m of merges) {
    const last = Math.min(m.bottom, rows.length);
    for (let r = m.top; r <= last; r++) {
      const vals = rows[r - 1];
      if (!vals) continue;
      const end = Math.min(m.right, vals.length);
      for (let c = m.left; c <= end; c++) {
        if (r === m.top && c === m.left) continue;
        if (vals[c - 1] !== undefined) {
          delete vals[c - 1];
          const f = formats[r - 1];
          if (f) delete f[c - 1];
        }
      }
    }
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const mergeTexts = merges.map((m) => m.text);

  let top = 0;
  let bottom = 0;
  let left = Infinity;
  for (let r = 0; r < rows.length; r++) {
    const vals = rows[r];
    if (!vals) continue;
    let first = -1;
    for (let c = 0; c < vals.length; c++) {
      if (vals[c] !== undefined && vals[c] !== null) {
        first = c;
        break;
      }
    }
    if (first < 0) {
      rows[r] = undefined as unknown as never;
      continue;
    }
    if (top === 0) top = r + 1;
    bottom = r + 1;
    if (first + 1 < left) left = first + 1;
  }
  if (top === 0) return { name, top: 1, left: 1, values: [], formats: [], visibility, merges: mergeTexts };
  const shift = left - 1;
  const height = bottom - top + 1;
  const values: SheetGrid["values"] = new Array(height);
  const outFormats: (string | null)[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    values[r] = dense(rows[top - 1 + r], shift);
    const f = formats[top - 1 + r];
    outFormats[r] = f && rows[top - 1 + r] ? dense(f, shift) : [];
  }
  return { name, top, left, values, formats: outFormats, visibility, merges: mergeTexts };
}

/** Fills holes with null (sparse arrays are slow to read) and drops `shift` leading columns. */
function dense<T>(row: T[] | undefined, shift: number): (T | null)[] {
  if (!row) return [];
  let end = row.length;
  while (end > 0 && (row[end - 1] === undefined || row[end - 1] === null)) end--;
  if (shift === 0) {
    // The usual case: fill the row in place rather than copying it.
    const same = row as (T | null)[];
    if (end < same.length) same.length = end;
    for (let c = 0; c < end; c++) if (same[c] === undefined) same[c] = null;
    return same;
  }
  const out: (T | null)[] = new Array(Math.max(0, end - shift));
  for (let c = shift; c < end; c++) out[c - shift] = row[c] ?? null;
  return out;
}
