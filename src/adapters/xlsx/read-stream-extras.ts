/**
 * What ExcelJS's streaming reader leaves out, recovered by one more pass over the sheet parts: merged
 * ranges (reported on the grid, as the full loader does) and formula error results
 * (`#DIV/0!`, which the streaming reader drops). The parts are inflated in small chunks and scanned
 * with a short carry-over, so memory stays flat however large the sheet.
 */
import { Unzip, UnzipInflate } from "fflate";
import type { SheetGrid } from "../../workbook/grid";
import { sortMerges } from "./read-grid";

export interface SheetExtras {
  merges: string[];
  /** A1 -> error text. */
  errors: Map<string, string>;
}

const SLICE = 64 * 1024;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+\d+:[A-Z]+\d+)"/g;
const CELL = /<(?:\w+:)?c\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?c>/g;

/** Scans the given sheet parts for merges and error results. */
export function scanSheetExtras(bytes: Uint8Array, paths: Set<string>): Map<string, SheetExtras> {
  const out = new Map<string, SheetExtras>();
  let failure: unknown;
  const unzip = new Unzip((file) => {
    if (!paths.has(file.name)) return;
    const extras: SheetExtras = { merges: [], errors: new Map() };
    out.set(file.name, extras);
    const decoder = new TextDecoder();
    let carry = "";
    file.ondata = (err, chunk, final) => {
      if (err) {
        failure = err;
        return;
      }
      const text = carry + decoder.decode(chunk, { stream: !final });
      // Keep an unfinished cell (or tag) for the next chunk; everything before it is complete.
      const openCell = text.lastIndexOf("<c ");
      const cut = final ? text.length : openCell > text.lastIndexOf("</c>") ? openCell : Math.max(text.lastIndexOf("<"), 0);
      scan(text.slice(0, cut), extras);
      carry = text.slice(cut);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let i = 0; i < bytes.length; i += SLICE) unzip.push(bytes.subarray(i, Math.min(bytes.length, i + SLICE)), i + SLICE >= bytes.length);
  if (failure) throw failure;
  return out;
}

function scan(text: string, extras: SheetExtras): void {
  if (text.includes("mergeCell")) for (const m of text.matchAll(MERGE)) extras.merges.push(m[1]);
  if (!text.includes('t="e"')) return;
  for (const m of text.matchAll(CELL)) {
    if (!/\bt="e"/.test(m[1])) continue;
    const ref = /\br="([A-Z]+\d+)"/.exec(m[1])?.[1];
    const value = /<(?:\w+:)?v>([^<]*)<\/(?:\w+:)?v>/.exec(m[2])?.[1];
    if (ref && value) extras.errors.set(ref, value);
  }
}

/** Puts error texts into empty cells and reports the merged ranges (their values stay in the top-left cell). */
export function applyExtras(grid: SheetGrid, extras: SheetExtras | undefined): void {
  grid.merges = sortMerges(extras?.merges ?? []);
  if (!extras) return;
  for (const [ref, text] of extras.errors) {
    const at = position(ref);
    if (at) set(grid, at.row, at.col, text);
  }
}

function position(ref: string): { row: number; col: number } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: +m[2], col };
}

/** Sets an empty cell inside the grid's rows (rows outside it are left alone); a value is never overwritten. */
function set(grid: SheetGrid, row: number, col: number, value: string): void {
  const r = grid.values[row - grid.top];
  if (!r || col < grid.left) return;
  const i = col - grid.left;
  if (r[i] !== null && r[i] !== undefined) return;
  while (r.length < i) r.push(null);
  r[i] = value;
}
