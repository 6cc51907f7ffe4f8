/**
 * The package reader (issue 15): an .xlsx as bytes in, the grids the core reads out, in one pass over
 * each sheet part. Pure (fflate and @xmldom/xmldom only), so the task pane's worker can read a picked file
 * with it; the CLI hands in Node's zlib, which inflates faster. Throws one sentence, without the file's
 * name, on what it cannot read.
 */
import type { SheetGrid, WorkbookSource } from "../../../workbook/grid";
import { appendAll } from "../../../core/arrays";
import { a1 } from "../../../core/read/a1";
import { readSharedStrings, readStyles, readTables, readWorkbook, type WorkbookInfo } from "./parts";
import { scanSheet, SheetScanner, type ScanContext, type SheetCells } from "./sheet-scan";
import { fflateInflate, openZip, type Inflate, type PackageEntry, type PackageZip } from "./zip";

export interface ReadOptions {
  label: string;
  inflate?: Inflate;
  /** Sheet parts larger than this (inflated) are inflated and scanned in pieces; default 32 MB. */
  streamAbove?: number;
}

/** Inflates raw deflate data in pieces, handing each to `onPiece` as it comes (Node's zlib stream, say). */
export type InflateStream = (raw: Uint8Array, onPiece: (piece: Uint8Array) => void) => Promise<void>;

export const STREAM_ABOVE_BYTES = 32 * 1024 * 1024;

interface Sheet {
  name: string;
  state: SheetGrid["visibility"];
  part: string;
  entry: PackageEntry;
  ctx: ScanContext;
}

/** The package's small parts, and each worksheet with what its scan needs. */
function open(bytes: Uint8Array, opts: ReadOptions): { zip: PackageZip; wb: WorkbookInfo; sheets: Sheet[] } {
  const zip = openZip(bytes, opts.inflate ?? fflateInflate);
  const wb = readWorkbook(zip);
  const shared = readSharedStrings(zip, wb.part);
  const styles = readStyles(zip);
  const sheets: Sheet[] = [];
  for (const s of wb.sheets) {
    if (!s.part) continue;
    const entry = zip.entry(s.part);
    if (!entry) throw new Error(`its sheet "${s.name}" has no part (${s.part} is missing from the package)`);
    sheets.push({ name: s.name, state: s.state, part: s.part, entry, ctx: { shared, styles, date1904: wb.date1904, part: entry.name, recalculateOnLoad: wb.recalculateOnLoad } });
  }
  return { zip, wb, sheets };
}

function source(zip: PackageZip, wb: WorkbookInfo, sheets: Sheet[], cells: SheetCells[], label: string): WorkbookSource {
  const tables: WorkbookSource["tables"] = [];
  for (const s of sheets) appendAll(tables, readTables(zip, s.name, s.part));
  return { label, date1904: wb.date1904, sheets: sheets.map((s, i) => buildGrid(s.name, s.state, cells[i])), tables, names: wb.names };
}

/** Reads the package; parts over `streamAbove` are inflated in pieces with fflate. */
export function readPackage(bytes: Uint8Array, opts: ReadOptions): WorkbookSource {
  const { zip, wb, sheets } = open(bytes, opts);
  const cells = sheets.map((s) => {
    if (s.entry.size <= (opts.streamAbove ?? STREAM_ABOVE_BYTES)) return scanSheet(zip.bytes(s.entry.name)!, s.ctx);
    // Inflated and scanned a piece at a time: a 100k-project register is hundreds of megabytes of XML.
    const scanner = new SheetScanner(s.ctx);
    zip.stream(s.entry.name, (piece, final) => scanner.feed(piece, final));
    return scanner.finish();
  });
  return source(zip, wb, sheets, cells, opts.label);
}

/** The same, with large parts inflated by `stream` (Node's zlib: faster than fflate's streaming inflate). */
export async function readPackageStreaming(bytes: Uint8Array, opts: ReadOptions & { stream: InflateStream }): Promise<WorkbookSource> {
  const { zip, wb, sheets } = open(bytes, opts);
  const cells: SheetCells[] = [];
  for (const s of sheets) {
    if (s.entry.size <= (opts.streamAbove ?? STREAM_ABOVE_BYTES) || s.entry.method !== 8) {
      cells.push(s.entry.size <= (opts.streamAbove ?? STREAM_ABOVE_BYTES) ? scanSheet(zip.bytes(s.entry.name)!, s.ctx) : streamed(zip, s));
      continue;
    }
    const scanner = new SheetScanner(s.ctx);
    let total = 0;
    try {
      await opts.stream(s.entry.raw, (piece) => {
        total += piece.length;
        scanner.feed(piece, false);
      });
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("its ")) throw error;
      throw new Error(`its part ${s.entry.name} is damaged (the compressed data cannot be read)`);
    }
    if (total !== s.entry.size) throw new Error(`its part ${s.entry.name} is damaged (it inflates to ${total} bytes, not the ${s.entry.size} its directory says)`);
    scanner.feed(new Uint8Array(0), true);
    cells.push(scanner.finish());
  }
  return source(zip, wb, sheets, cells, opts.label);
}

function streamed(zip: PackageZip, s: Sheet): SheetCells {
  const scanner = new SheetScanner(s.ctx);
  zip.stream(s.entry.name, (piece, final) => scanner.feed(piece, final));
  return scanner.finish();
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
          // A copy: the row may be shared with other rows of the same formats (FormatRows).
          if (f) delete (formats[r - 1] = f.slice())[c - 1];
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
  const hidden = { ...hiddenRowsOf(cells.hiddenRows), ...uncalculatedOf(cells.uncalculated) };
  if (top === 0) return { name, top: 1, left: 1, values: [], formats: [], visibility, merges: mergeTexts, ...hidden };
  const shift = left - 1;
  const height = bottom - top + 1;
  const values: SheetGrid["values"] = new Array(height);
  const outFormats: (string | null)[][] = new Array(height);
  // Rows that share a format row (FormatRows) keep sharing one after the shift.
  const shifted = new Map<(string | null)[], (string | null)[]>();
  for (let r = 0; r < height; r++) {
    values[r] = dense(rows[top - 1 + r], shift);
    const f = formats[top - 1 + r];
    if (!f || !rows[top - 1 + r]) outFormats[r] = [];
    else if (shift === 0) outFormats[r] = dense(f, 0);
    else {
      let out = shifted.get(f);
      if (out === undefined) shifted.set(f, (out = dense(f, shift)));
      outFormats[r] = out;
    }
  }
  return { name, top, left, values, formats: outFormats, visibility, merges: mergeTexts, ...hidden };
}

/** The hidden rows ascending, each once; no field when there are none. */
function hiddenRowsOf(rows: number[]): { hiddenRows?: number[] } {
  if (rows.length === 0) return {};
  const sorted = Uint32Array.from(rows).sort();
  const out: number[] = [];
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) out.push(sorted[i]);
  return { hiddenRows: out };
}

/** The formula cells without a trusted result, in A1; no field when there are none. */
function uncalculatedOf(pairs: number[]): { uncalculated?: string[] } {
  if (pairs.length === 0) return {};
  const out: string[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) out.push(a1(pairs[i], pairs[i + 1]));
  return { uncalculated: out };
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
