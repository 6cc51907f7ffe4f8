/**
 * Reads the workbook through Office.js in a number of syncs that does not grow with its rows on the
 * desktop (three), and in bounded blocks on Excel on the web:
 *   1. the sheet list, the tables, the date system;
 *   2. every sheet's used range (its address and size only), every table's range and, with ExcelApi
 *      1.13, every sheet's merged areas;
 *   3+. the cells (values and number formats together) in row blocks of at most `cellsPerRange`
 *      cells each, as many blocks per sync as `cellsPerSync` allows.
 * Looking at the size first is what keeps a read under Excel's 5,000,000-cell limit, above which Excel
 * may answer null instead of failing (one stray value far from the data is enough), and under Excel on
 * the web's 5 MB response limit. A block that still comes back null or too large is read again in
 * halves. Empty cells come back from Excel as "" and "General"; the grid holds null for both.
 */
import type { CellValue, SheetGrid, TableInfo, WorkbookSource } from "../../workbook/grid";
import { EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";
import { findEmbeddedRuleset } from "../../core/ruleset/embedded";
import { localAddress, rectAddress } from "./a1";
import { OfficeWorkbookError, officeCode } from "./errors";
import type { ExcelRunner } from "./office-api";
import { appendAll } from "../../core/arrays";

export const VISIBILITY: Record<string, SheetGrid["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export interface ReadLimits {
  /** Most cells one range read asks for; well under Excel's 5,000,000-cell read limit. */
  cellsPerRange: number;
  /** Most cells one sync asks for: about 25 bytes a cell, so 100,000 keep a response near 2.5 MB on the web. */
  cellsPerSync: number;
}

/** Desktop Excel has no response limit: every block rides in one sync. */
export const DESKTOP_READ: ReadLimits = { cellsPerRange: 1_000_000, cellsPerSync: Infinity };
/** Excel on the web (and any host that does not say what it is): 5 MB responses. */
export const WEB_READ: ReadLimits = { cellsPerRange: 100_000, cellsPerSync: 100_000 };
/**
 * Above this many used cells in one sheet PMO Rulebook refuses the read and names the sheet: that is
 * a stray entry far from the data (Ctrl+End shows it), not a portfolio.
 */
export const MAX_SHEET_CELLS = 20_000_000;

/**
 * Office's "" for empty cells becomes null. Like the file reader, a number format is kept only beside a
 * number: that is where it means something (a date, a percentage); a text cell's format would only
 * make two identical workbooks fingerprint differently.
 */
export function gridCells(values: unknown[][], numberFormat: unknown[][]): { values: CellValue[][]; formats: (string | null)[][] } {
  const cells = values.map((row) => row.map((v): CellValue => (v === "" || v === undefined ? null : (v as CellValue))));
  const formats = numberFormat.map((row, i) => row.map((f, j) => (typeof f === "string" && f !== "General" && typeof cells[i][j] === "number" ? f : null)));
  return { values: cells, formats };
}

/** Queues the first look at a workbook (sheets, tables, date system, name): one sync. */
export function queueWorkbookLook(context: Excel.RequestContext, label: string | undefined) {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name, items/visibility");
  const tables = wb.tables.load("items/name, items/showHeaders");
  const epoch = wb.functions.date(1904, 1, 2).load("value");
  const book = label === undefined ? wb.load("name") : undefined;
  // DATE(1904,1,2) is 1 in the 1904 date system and 1463 in the 1900 one.
  const date1904 = (): boolean => epoch.value === 1;
  const workbookLabel = (): string => label ?? book?.name ?? "Workbook";
  /** Queues each table's range and sheet (second sync); call tableInfos() after it. */
  const queueTables = () => {
    const ranges = tables.items.map((t) => ({ range: t.getRange().load("address"), sheet: t.worksheet.load("name") }));
    return (): TableInfo[] =>
      tables.items.map((t, i) => ({ name: t.name, sheet: ranges[i].sheet.name, ref: localAddress(ranges[i].range.address), hasHeader: t.showHeaders }));
  };
  return { sheets, date1904, workbookLabel, queueTables };
}

interface Shape {
  row: number;
  col: number;
  rows: number;
  cols: number;
  address: string;
}

interface Block {
  sheet: number;
  start: number;
  rows: number;
}

/** Row blocks of at most cellsPerRange cells, grouped into syncs of at most cellsPerSync cells. */
export function planBlocks(shapes: (Shape | null)[], limits: ReadLimits): Block[][] {
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  shapes.forEach((shape, sheet) => {
    if (!shape) return;
    const step = Math.max(1, Math.floor(Math.min(limits.cellsPerRange, limits.cellsPerSync) / shape.cols));
    for (let start = 0; start < shape.rows; start += step) {
      const rows = Math.min(step, shape.rows - start);
      if (current.length > 0 && cells + rows * shape.cols > limits.cellsPerSync) {
        syncs.push(current);
        current = [];
        cells = 0;
      }
      current.push({ sheet, start, rows });
      cells += rows * shape.cols;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}

/** A block came back null (Excel's cell limit) or too large: read again with smaller blocks. */
class BlockRefused extends Error {}

async function readOnce(excel: ExcelRunner, label: string | undefined, limits: ReadLimits, merges: boolean): Promise<WorkbookSource> {
  return excel.run(async (context) => {
    const { sheets, date1904, workbookLabel, queueTables } = queueWorkbookLook(context, label);
    await context.sync();

    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("address, rowIndex, columnIndex, rowCount, columnCount"));
    // Range.getMergedAreasOrNullObject is ExcelApi 1.13; the whole sheet's, since a merge may reach past the values.
    const merged = merges ? sheets.items.map((s) => s.getRange().getMergedAreasOrNullObject().load("areas/items/address")) : [];
    const tableInfos = queueTables();
    await context.sync();

    const shapes = used.map((u): Shape | null => (u.isNullObject ? null : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount, address: u.address }));
    shapes.forEach((shape, i) => {
      if (shape && shape.rows * shape.cols > MAX_SHEET_CELLS) {
        throw new OfficeWorkbookError(
          "too-large",
          `The sheet "${sheets.items[i].name}" uses the range ${localAddress(shape.address)} (${(shape.rows * shape.cols).toLocaleString("en-US")} cells), far more than a portfolio needs, so PMO Rulebook did not read the workbook. A value or format far from your data usually causes this: press Ctrl+End on that sheet to find it, delete the rows and columns beyond your data, save, and try again. Nothing in the workbook was changed.`,
        );
      }
    });

    const values: CellValue[][][] = shapes.map(() => []);
    const formats: (string | null)[][][] = shapes.map(() => []);
    for (const batch of planBlocks(shapes, limits)) {
      const loaded = batch.map((b) => {
        const s = shapes[b.sheet]!;
        return { b, range: sheets.items[b.sheet].getRange(rectAddress(s.row + b.start, s.col, b.rows, s.cols)).load("values, numberFormat") };
      });
      await context.sync();
      for (const { b, range } of loaded) {
        const v = range.values as unknown[][] | null;
        const f = range.numberFormat as unknown[][] | null;
        if (!Array.isArray(v) || !Array.isArray(f)) throw new BlockRefused();
        const cells = gridCells(v, f);
        appendAll(values[b.sheet], cells.values);
        appendAll(formats[b.sheet], cells.formats);
      }
    }
    const grids: SheetGrid[] = sheets.items.map((s, i) => {
      const shape = shapes[i];
      const grid: SheetGrid = { name: s.name, top: shape ? shape.row + 1 : 1, left: shape ? shape.col + 1 : 1, values: values[i], formats: formats[i], visibility: VISIBILITY[s.visibility] ?? "visible" };
      if (merges && !merged[i].isNullObject) grid.merges = merged[i].areas.items.map((a) => localAddress(a.address));
      return grid;
    });
    return { label: workbookLabel(), date1904: date1904(), sheets: grids, tables: tableInfos() };
  });
}

/**
 * Reads with `limits`, halving them while Excel answers a block with null (its cell limit) or refuses a
 * response as too large, down to 1,000 cells a sync.
 */
export async function readWorkbookSource(excel: ExcelRunner, label: string | undefined, limits: ReadLimits, merges: boolean): Promise<WorkbookSource> {
  for (let current = limits; ; ) {
    try {
      return await readOnce(excel, label, current, merges);
    } catch (error) {
      const refused = error instanceof BlockRefused || officeCode(error) === "ResponsePayloadSizeLimitExceeded" || officeCode(error) === "RangeExceedsLimit";
      const next = { cellsPerRange: Math.floor(Math.min(current.cellsPerRange, current.cellsPerSync) / 2), cellsPerSync: Math.floor(Math.min(current.cellsPerRange, current.cellsPerSync) / 2) };
      if (!refused || next.cellsPerSync < 1_000) {
        if (error instanceof BlockRefused) {
          throw new OfficeWorkbookError("too-large", "Excel did not return the workbook's cells even in small blocks, so PMO Rulebook could not read the workbook. Nothing in the workbook was changed.");
        }
        throw error;
      }
      current = next;
    }
  }
}

/** The ruleset JSON in the very hidden "_PMORulebook" sheet, or null (two syncs). */
export async function readEmbeddedRulesetJson(excel: ExcelRunner): Promise<string | null> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(EMBEDDED_RULESET_SHEET);
    await context.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, values");
    await context.sync();
    if (used.isNullObject || !Array.isArray(used.values)) return null;
    const grid: SheetGrid = {
      name: EMBEDDED_RULESET_SHEET,
      top: used.rowIndex + 1,
      left: used.columnIndex + 1,
      values: (used.values as unknown[][]).map((row) => row.map((v): CellValue => (v === "" ? null : (v as CellValue)))),
    };
    return findEmbeddedRuleset({ label: EMBEDDED_RULESET_SHEET, date1904: false, sheets: [grid], tables: [] });
  });
}
