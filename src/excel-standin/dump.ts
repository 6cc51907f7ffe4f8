/**
 * Reads the stand-in's document back as WorkbookSource grids, so tests compare what a writer produced
 * with what the file path produces, without going through the adapter under test.
 */
import type { CellValue, SheetGrid, WorkbookSource } from "../workbook/grid";
import { rectAddress } from "./a1";
import { getFormat, getValue, sheetById, usedRect, type SheetState, type WorkbookState } from "./state";

const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

export function dumpSheet(sheet: SheetState): SheetGrid {
  const rect = usedRect(sheet, true);
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  if (rect) {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line: CellValue[] = [];
      const fline: (string | null)[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const v = getValue(sheet, r, c);
        const f = getFormat(sheet, r, c);
        line.push(v === "" ? null : v);
        fline.push(f === "General" ? null : f);
      }
      values.push(line);
      formats.push(fline);
    }
  }
  return { name: sheet.name, top: (rect?.row ?? 0) + 1, left: (rect?.col ?? 0) + 1, values, formats, visibility: VISIBILITY[sheet.visibility] };
}

/** The whole document as a WorkbookSource (sheets in tab order, tables with their sheet). */
export function dumpStandin(state: WorkbookState): WorkbookSource {
  return {
    label: state.label,
    date1904: state.date1904,
    sheets: state.sheets.map(dumpSheet),
    tables: state.tables.map((t) => ({ name: t.name, sheet: sheetById(state, t.sheetId)?.name ?? "#REF!", ref: rectAddress(t.rect), hasHeader: t.hasHeaders })),
  };
}
