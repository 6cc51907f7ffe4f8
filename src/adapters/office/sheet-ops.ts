/**
 * Operations that fill one generated sheet: number formats (Text before values, so text stays text),
 * values as whole 2-D blocks, looks grouped into rectangles, merges, links, column widths, freeze panes,
 * tab colour and print setup.
 */
import type { SheetSpec } from "../../workbook/sheet-spec";
import { cellLook, cellOutput, type CellOutput, type Look } from "./cells";
import { jsonBytes, op, rowBlocks, type Op } from "./ops";
import { groupRuns } from "./runs";
import { quoteSheetName } from "./names";

/** Proxies of the sheet being built, shared by its operations across syncs. */
export interface SheetHandle {
  sheet?: Excel.Worksheet;
}

/** Block size for values and formats; many blocks share one sync, the writer packs them. */
const BLOCK_BYTES = 256 * 1024;

/** Excel column width in characters -> points (Calibri 11: 7 px per character plus 5 px padding). */
export function widthToPoints(chars: number): number {
  return Math.round(((chars * 7 + 5) * 3) / 4 * 100) / 100;
}

function fill<T>(rows: number, cols: number, v: T): T[][] {
  return Array.from({ length: rows }, () => Array<T>(cols).fill(v));
}

function withSheet(handle: SheetHandle, use: (sheet: Excel.Worksheet) => void): () => void {
  return () => use(handle.sheet!);
}

export function contentOps(spec: SheetSpec, handle: SheetHandle, date1904: boolean, cellProperties: boolean): Op[] {
  // Reduce, not Math.max(...rows): a findings sheet can have more rows than a call has argument slots.
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), 1);
  const out: CellOutput[][] = spec.rows.map((row) => Array.from({ length: width }, (_, c) => cellOutput(row[c] ?? null, date1904)));
  const ops: Op[] = [];

  // Number formats first: a Text format must be in place before its value is written.
  const formats = groupRuns(out.length, () => width, (r, c) => (out[r][c].numberFormat === "General" ? undefined : out[r][c].numberFormat), (a, b) => a === b);
  for (const rect of formats) {
    for (const block of rowBlocks(rect.rows, () => (rect.key.length + 3) * rect.cols, BLOCK_BYTES)) {
      const grid = fill(block.rows, rect.cols, rect.key);
      ops.push(op(grid, withSheet(handle, (s) => (s.getRangeByIndexes(rect.row + block.start, rect.col, block.rows, rect.cols).numberFormat = grid))));
    }
  }

  for (const block of rowBlocks(out.length, (r) => jsonBytes(out[r].map((c) => c.value)), BLOCK_BYTES)) {
    const values = out.slice(block.start, block.start + block.rows).map((row) => row.map((c) => c.value));
    ops.push(op(values, withSheet(handle, (s) => (s.getRangeByIndexes(block.start, 0, block.rows, width).values = values))));
  }

  const looks = groupRuns(spec.rows.length, (r) => spec.rows[r].length, (r, c) => cellLook(spec.rows[r][c]), (a, b) => a === b);
  for (const rect of looks) ops.push(lookOp(rect.key, handle, rect.row, rect.col, rect.rows, rect.cols));

  for (const ref of spec.merges ?? []) ops.push(op(ref, withSheet(handle, (s) => s.getRange(ref).merge(false))));

  for (const link of linkOps(spec, handle, cellProperties)) ops.push(link);
  return ops;
}

function linkOf(spec: SheetSpec, r: number, c: number): Excel.RangeHyperlink | undefined {
  const cell = spec.rows[r]?.[c];
  if (!cell?.link) return undefined;
  return { documentReference: `${quoteSheetName(cell.link.sheet)}!${cell.link.cell}`, textToDisplay: cell.value === null ? "" : String(cell.value) };
}

/**
 * Internal links. With ExcelApi 1.9, each block of rows over the linked columns is one setCellProperties
 * call ({} for cells without a link); before that, Range.hyperlink is set cell by cell (larger requests,
 * packed all the same).
 */
function linkOps(spec: SheetSpec, handle: SheetHandle, cellProperties: boolean): Op[] {
  const linked: [number, number][] = [];
  spec.rows.forEach((row, r) => row.forEach((cell, c) => cell?.link && linked.push([r, c])));
  if (linked.length === 0) return [];
  if (!cellProperties) {
    return linked.map(([row, col]) => {
      const link = linkOf(spec, row, col)!;
      return op(link, withSheet(handle, (s) => (s.getRangeByIndexes(row, col, 1, 1).hyperlink = link)));
    });
  }
  const top = linked[0][0];
  const bottom = linked[linked.length - 1][0];
  const left = linked.reduce((m, [, c]) => Math.min(m, c), Infinity);
  const right = linked.reduce((m, [, c]) => Math.max(m, c), 0);
  const cols = right - left + 1;
  const propsOf = (r: number) => Array.from({ length: cols }, (_, j) => {
    const hyperlink = linkOf(spec, r, left + j);
    return hyperlink ? { hyperlink } : {};
  });
  return rowBlocks(bottom - top + 1, (i) => jsonBytes(propsOf(top + i)), BLOCK_BYTES).map((block) => {
    const props = Array.from({ length: block.rows }, (_, i) => propsOf(top + block.start + i));
    return op(props, withSheet(handle, (s) => s.getRangeByIndexes(top + block.start, left, block.rows, cols).setCellProperties(props)));
  });
}

function lookOp(look: Look, handle: SheetHandle, row: number, col: number, rows: number, cols: number): Op {
  return op(look, withSheet(handle, (s) => {
    const format = s.getRangeByIndexes(row, col, rows, cols).format;
    if (look.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.underline) format.font.underline = "Single";
    if (look.size) format.font.size = look.size;
    if (look.color) format.font.color = look.color;
    if (look.fill) format.fill.color = look.fill;
    if (look.align) format.horizontalAlignment = look.align === "right" ? "Right" : look.align === "center" ? "Center" : "Left";
  }));
}

/** Column widths (runs of equal widths together), freeze panes, tab colour, print setup. */
export function layoutOps(spec: SheetSpec, handle: SheetHandle, canPrint: boolean): Op[] {
  const ops: Op[] = [];
  for (let c = 0; c < spec.columns.length; ) {
    let end = c + 1;
    while (end < spec.columns.length && spec.columns[end].width === spec.columns[c].width) end++;
    const points = widthToPoints(spec.columns[c].width);
    const [start, count] = [c, end - c];
    ops.push(op(points, withSheet(handle, (s) => (s.getRangeByIndexes(0, start, 1, count).format.columnWidth = points))));
    c = end;
  }
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.cols > 0)) {
    ops.push(op(freeze, withSheet(handle, (s) => {
      if (freeze.cols === 0) s.freezePanes.freezeRows(freeze.rows);
      else if (freeze.rows === 0) s.freezePanes.freezeColumns(freeze.cols);
      else s.freezePanes.freezeAt(s.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
    })));
  }
  if (spec.tabColor) {
    const color = spec.tabColor.startsWith("#") ? spec.tabColor : `#${spec.tabColor.slice(-6)}`;
    ops.push(op(color, withSheet(handle, (s) => (s.tabColor = color))));
  }
  const print = spec.print;
  if (print && canPrint) {
    ops.push(op(print, withSheet(handle, (s) => {
      s.pageLayout.orientation = print.landscape ? "Landscape" : "Portrait";
      // One page wide, as many tall as needed: Excel takes null (not 0) for "automatic" (PageLayoutZoomOptions).
      if (print.fitToWidth) s.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: null as unknown as number };
    })));
  }
  return ops;
}
