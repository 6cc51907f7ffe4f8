/**
 * Builds the stand-in's document from a WorkbookSource (what the file reader produces), so the Office
 * adapter can be run on the same fixture files as the file path, in Node and in the browser harness.
 */
import type { CellValue, WorkbookSource } from "../workbook/grid";
import { parseRect, splitSheetAddress } from "./a1";
import { findSheet, newSheetState, newWorkbookState, putFormat, putValue, type SheetState, type WorkbookState } from "./state";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;

/** Builds a stand-in workbook whose sheets, values, number formats, tables and date system match `source`. */
export function standinStateFromWorkbookSource(source: WorkbookSource): WorkbookState {
  const state = newWorkbookState(source.label);
  state.date1904 = source.date1904;
  for (const grid of source.sheets) {
    const sheet = newSheetState(state, grid.name);
    sheet.visibility = VISIBILITY[grid.visibility ?? "visible"];
    grid.values.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v !== null && v !== "") putValue(sheet, grid.top - 1 + i, grid.left - 1 + j, v);
      }),
    );
    grid.formats?.forEach((line, i) =>
      line.forEach((f, j) => {
        if (f) putFormat(sheet, grid.top - 1 + i, grid.left - 1 + j, f);
      }),
    );
    for (const row of grid.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
    for (const ref of grid.merges ?? []) {
      const rect = parseRect(ref);
      if (rect) sheet.merges.push(rect);
    }
    state.sheets.push(sheet);
  }
  for (const t of source.tables) {
    const sheet = findSheet(state, t.sheet);
    const rect = parseRect(splitSheetAddress(t.ref).local);
    if (!sheet || !rect) continue;
    state.tables.push({ id: String(state.nextId++), name: t.name, sheetId: sheet.id, rect, hasHeaders: t.hasHeader, style: "TableStyleMedium2" });
  }
  state.activeSheetId = state.sheets.find((s) => s.visibility === "Visible")?.id ?? null;
  return state;
}

/** Adds a sheet with values from A1 (and optional formats) to a stand-in document; for tests and benches. */
export function addSheet(state: WorkbookState, name: string, rows: CellValue[][], formats?: (string | null)[][]): SheetState {
  const sheet = newSheetState(state, name);
  rows.forEach((line, i) => line.forEach((v, j) => v !== null && v !== "" && putValue(sheet, i, j, v)));
  formats?.forEach((line, i) => line.forEach((f, j) => f && putFormat(sheet, i, j, f)));
  state.sheets.push(sheet);
  state.activeSheetId ??= sheet.id;
  return sheet;
}
