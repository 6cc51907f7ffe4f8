import { HIDDEN_ROW_NOTE } from "../core/findings";
import type { CellLocation } from "../workbook/port";

/** Sheet names Excel writes without quotes: a letter or underscore, then letters, digits, _ and dots. */
const PLAIN_SHEET = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
/** ...unless the name itself reads as a cell reference (A1 or R1C1 style), which Excel also quotes. */
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;

/**
 * A sheet name as Excel writes it in a reference: quoted when it has spaces or punctuation, with
 * quotes inside doubled.
 * @example sheetRef("Gate Log") // "'Gate Log'"
 */
export function sheetRef(sheet: string): string {
  if (PLAIN_SHEET.test(sheet) && !LOOKS_LIKE_CELL.test(sheet)) return sheet;
  return `'${sheet.replace(/'/g, "''")}'`;
}

/**
 * A finding's location in Excel's notation.
 * @example formatLocation({ sheet: "Gate Log", cell: "B4", row: 4 }) // "'Gate Log'!B4"
 * @example formatLocation({ file: "a.xlsx", sheet: "Projects", cell: "A5", row: 5 }) // "'[a.xlsx]Projects'!A5"
 * @example formatLocation({ sheet: "Projects", cell: "D9", row: 9, hidden: true }) // "Projects!D9 (hidden row)"
 */
export function formatLocation(location: CellLocation | undefined): string {
  if (!location) return "(workbook)";
  // A row the user cannot see says so: it has to be unhidden to find the cell.
  const hidden = location.hidden ? ` ${HIDDEN_ROW_NOTE}` : "";
  // A sheet of one of several workbooks (a consolidated check), as Excel writes it: '[Budget.xlsx]Gate Log'!B4.
  if (location.file !== undefined) return `'[${location.file.replace(/'/g, "''")}]${location.sheet.replace(/'/g, "''")}'!${location.cell}${hidden}`;
  return `${sheetRef(location.sheet)}!${location.cell}${hidden}`;
}
