/**
 * Reads the workbook through Office.js in two syncs, whatever its size:
 *   1. the sheet list, the tables, the date system;
 *   2. every sheet's used range (values and number formats together) and every table's range.
 * Empty cells come back from Excel as "" and "General"; the grid holds null for both.
 */
import type { CellValue, SheetGrid, TableInfo, WorkbookSource } from "../../workbook/grid";
import { EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";
import { findEmbeddedRuleset } from "../../core/ruleset/embedded";
import type { ExcelRunner } from "./office-api";

export const VISIBILITY: Record<string, SheetGrid["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

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

function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

function toGrid(name: string, visibility: string, used: Excel.Range): SheetGrid {
  const grid: SheetGrid = { name, top: 1, left: 1, values: [], formats: [], visibility: VISIBILITY[visibility] ?? "visible" };
  if (used.isNullObject) return grid;
  grid.top = used.rowIndex + 1;
  grid.left = used.columnIndex + 1;
  const cells = gridCells(used.values as unknown[][], used.numberFormat as unknown[][]);
  grid.values = cells.values;
  grid.formats = cells.formats;
  return grid;
}

/** One Excel.run, two syncs: see the module comment. Too big a response for Excel on the web: see reader-chunked. */
/** Queues the first look at a workbook (sheets, tables, date system, name): one sync, for both readers. */
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

export async function readWorkbookSource(excel: ExcelRunner, label?: string): Promise<WorkbookSource> {
  return excel.run(async (context) => {
    const { sheets, date1904, workbookLabel, queueTables } = queueWorkbookLook(context, label);
    await context.sync();

    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, values, numberFormat"));
    const tableInfos = queueTables();
    await context.sync();

    return {
      label: workbookLabel(),
      date1904: date1904(),
      sheets: sheets.items.map((s, i) => toGrid(s.name, s.visibility, used[i])),
      tables: tableInfos(),
    };
  });
}

/** The ruleset JSON in the very hidden "_PMORulebook" sheet, or null (two syncs). */
export async function readEmbeddedRulesetJson(excel: ExcelRunner): Promise<string | null> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(EMBEDDED_RULESET_SHEET);
    await context.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, values");
    await context.sync();
    if (used.isNullObject) return null;
    const grid: SheetGrid = {
      name: EMBEDDED_RULESET_SHEET,
      top: used.rowIndex + 1,
      left: used.columnIndex + 1,
      values: (used.values as unknown[][]).map((row) => row.map((v): CellValue => (v === "" ? null : (v as CellValue)))),
    };
    return findEmbeddedRuleset({ label: EMBEDDED_RULESET_SHEET, date1904: false, sheets: [grid], tables: [] });
  });
}
