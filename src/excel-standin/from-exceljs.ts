/**
 * Loads an .xlsx into the stand-in with ExcelJS (Node tests, fixtures): values (formula results),
 * number formats, tables, sheet visibility and protection, defined names, the date system.
 * Kept apart from the rest of the stand-in so the browser bundle need not include ExcelJS.
 */
import ExcelJS from "exceljs";
import { parseRect, splitSheetAddress } from "./a1";
import { dateSerial } from "./input";
import { findSheet, newSheetState, newWorkbookState, putFormat, putValue, type StoredValue, type WorkbookState } from "./state";

/** ExcelJS keeps a sheet's merges by master cell (no public getter): 1-based bounds. */
interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

function storedValue(value: ExcelJS.CellValue, date1904: boolean): StoredValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) {
    const serial = dateSerial(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate(), date1904);
    const dayFraction = (value.getTime() % 86_400_000) / 86_400_000;
    return serial + (dayFraction > 0 ? dayFraction : 0);
  }
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("error" in value) return value.error;
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    return result === undefined ? undefined : storedValue(result as ExcelJS.CellValue, date1904);
  }
  if ("text" in value) return String((value as { text: unknown }).text);
  return undefined;
}

/** Reads .xlsx bytes (or a path in Node) into a stand-in document. */
export async function standinStateFromXlsx(input: Uint8Array | string, label = "Workbook"): Promise<WorkbookState> {
  const wb = new ExcelJS.Workbook();
  if (typeof input === "string") await wb.xlsx.readFile(input);
  else await wb.xlsx.load(input as unknown as ArrayBuffer);
  return standinStateFromExcelJs(wb, label);
}

export function standinStateFromExcelJs(wb: ExcelJS.Workbook, label = "Workbook"): WorkbookState {
  const state = newWorkbookState(label);
  const date1904 = Boolean(wb.properties?.date1904);
  state.date1904 = date1904;
  for (const ws of wb.worksheets) {
    const sheet = newSheetState(state, ws.name);
    sheet.visibility = VISIBILITY[ws.state ?? "visible"] ?? "Visible";
    sheet.protected = Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      if (row.hidden) sheet.hiddenRows.add(rowNumber - 1);
    });
    ws.columns?.forEach((column, i) => {
      if (column.hidden) sheet.hiddenColumns.add(i);
    });
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        // ExcelJS repeats a merge's value in every cell of it; Excel keeps it in the top-left cell only.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        // A formula cell's value in Excel is its result, 0 and FALSE included (Range.values, "raw values ...
        // calculated results"); ExcelJS's cell.value leaves a falsy result out, cell.result keeps it.
        const v = cell.type === ExcelJS.ValueType.Formula ? storedValue(cell.result as ExcelJS.CellValue, date1904) : storedValue(cell.value, date1904);
        if (v !== undefined && v !== "") putValue(sheet, rowNumber - 1, colNumber - 1, v);
        if (cell.numFmt) putFormat(sheet, rowNumber - 1, colNumber - 1, cell.numFmt);
      });
    });
    for (const m of Object.values((ws as unknown as { _merges?: Record<string, MergeDimensions | undefined> })._merges ?? {})) {
      if (m) sheet.merges.push({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 });
    }
    state.sheets.push(sheet);
    for (const t of ws.getTables() as unknown as { table?: { name?: string; ref?: string; tableRef?: string } }[]) {
      const model = t.table;
      const rect = parseRect(model?.tableRef ?? model?.ref ?? "");
      if (!model?.name || !rect) continue;
      // ExcelJS 4.4 reads an omitted headerRowCount (OOXML default 1, what Excel writes) as no header;
      // header-less tables are rare, so every table is taken to have one.
      state.tables.push({ id: String(state.nextId++), name: model.name, sheetId: sheet.id, rect, hasHeaders: true, style: "TableStyleMedium2" });
    }
  }
  const names = (wb.definedNames as unknown as { model?: { name: string; ranges: string[] }[] }).model ?? [];
  for (const n of names) {
    const [first] = n.ranges;
    const { sheet: sheetName, local } = splitSheetAddress(first ?? "");
    const sheet = sheetName !== undefined ? findSheet(state, sheetName) : undefined;
    const rect = parseRect(local.replace(/\$/g, ""));
    if (sheet && rect) state.names.push({ name: n.name, target: { sheetId: sheet.id, rect }, visible: true, comment: "" });
  }
  state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  return state;
}
