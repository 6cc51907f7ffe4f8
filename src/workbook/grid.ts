/**
 * What an adapter hands to the core: the raw cells of a workbook, nothing interpreted.
 *
 * Values are what Excel stores: numbers stay numbers (a date is its serial number, in the workbook's
 * date system), text stays text, formulas are represented by their cached result. The core decides
 * what a value means, using the number format beside it.
 */
export type CellValue = string | number | boolean | null;

/** One worksheet's used range as a rectangle of values, anchored at its top-left cell. */
export interface SheetGrid {
  /** Sheet name as shown on the tab. */
  name: string;
  /** 1-based row of values[0]. */
  top: number;
  /** 1-based column of values[r][0]. */
  left: number;
  /** Row-major cell values; rows may be shorter than the widest row (missing cells are null). */
  values: CellValue[][];
  /** Number format per cell, same shape as values where known; null or missing means General. */
  formats?: (string | null)[][];
  /**
   * Merged ranges in A1 ("B2:D2"). As in Excel and Office.js, only a merge's top-left cell holds a value;
   * the other cells of the range are empty in `values`. The core spreads a merged label where it reads
   * headers and key/value labels; data rows use the top-left cell only.
   */
  merges?: string[];
  /**
   * 1-based sheet rows that are hidden (hidden by hand, collapsed in an outline or filtered out),
   * ascending; absent when there are none or the adapter cannot tell. Hidden rows are still read; a
   * finding located in one says so, since the user cannot see the row.
   */
  hiddenRows?: number[];
  /**
   * Cells (A1) holding a formula whose result the file does not give: the program that wrote it does not
   * calculate (openpyxl stores no result; XlsxWriter stores 0 and asks Excel to recalculate on load).
   * They are empty in `values`; absent when there are none. Excel always calculates, so the Office adapter
   * never sets it.
   */
  uncalculated?: string[];
  /** "visible" | "hidden" | "veryHidden"; hidden sheets are still read. */
  visibility?: "visible" | "hidden" | "veryHidden";
}

/** An Excel Table (ListObject) in the workbook. */
export interface TableInfo {
  name: string;
  sheet: string;
  /** A1 range including the header row, e.g. "B3:K40". */
  ref: string;
  /** Whether the first row of ref is the header row. */
  hasHeader: boolean;
}

/** Everything the core needs from a workbook to check it. */
export interface WorkbookSource {
  /** A label for messages: file name, or the document title in Excel. */
  label: string;
  /** True when the workbook uses the 1904 date system (old Mac Excel). */
  date1904: boolean;
  sheets: SheetGrid[];
  tables: TableInfo[];
  /**
   * The workbook's defined names: name, what it refers to, and the sheet a sheet-scoped name belongs
   * to. The product's marker names among them decide which sheets are generated
   * (src/core/generated/sheets.ts). Absent when the adapter cannot list them.
   */
  names?: DefinedNameInfo[];
}

export interface DefinedNameInfo {
  name: string;
  /** The reference or formula, e.g. "'Portfolio Summary'!$A$1" (with or without "="). */
  formula: string;
  /** The sheet a sheet-scoped name belongs to; absent for a workbook-scoped name. */
  sheet?: string;
}
