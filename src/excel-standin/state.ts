/**
 * The workbook document the stand-in serves: plain data that proxies read and queued actions change.
 * Objects keep their identity across renames, the way Excel tracks a sheet by id, not by name.
 */
import type { Rect } from "./a1";

/** What a cell stores; "" is an empty cell, as Office.js reports it. */
export type StoredValue = string | number | boolean;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  horizontalAlignment?: string;
  wrapText?: boolean;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** A reference to cells of a sheet that follows the sheet through renames; null sheetId means #REF!. */
export interface SheetRef {
  sheetId: string | null;
  rect: Rect;
}

export interface ConditionalFormatState {
  id: string;
  type: "CellValue" | "ContainsText" | "Custom";
  rect: Rect;
  rule: { formula1?: string; formula2?: string; operator: string; text?: string };
  format: { fill?: string; fontColor?: string; bold?: boolean };
  stopIfTrue: boolean;
}

export interface ChartSeriesState {
  name: string;
  values?: SheetRef;
  categories?: SheetRef;
  fill?: string;
  /** format.line.color: what colours a line chart's series (its fill does not show). */
  lineColor?: string;
}

export interface ChartState {
  id: string;
  name: string;
  type: string;
  title: string;
  series: ChartSeriesState[];
  valueAxis: { title?: string; numberFormat?: string };
  categoryAxis: { title?: string };
  /** Zero-based top-left and bottom-right cells the chart is positioned over. */
  position?: { from: { row: number; col: number }; to: { row: number; col: number } };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  protected: boolean;
  /** Sparse rows of values, zero-based. */
  values: (StoredValue | undefined)[][];
  /** Number formats, zero-based; undefined means "General". */
  formats: (string | undefined)[][];
  /** Formulas keyed by "row:col" (the value keeps the cached result). */
  formulas: Map<string, string>;
  styles: Map<string, CellStyle>;
  hyperlinks: Map<string, HyperlinkState>;
  /** Column widths in points, keyed by zero-based column. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  orientation: "Portrait" | "Landscape";
  zoom: { scale?: number; horizontalFitToPages?: number | null; verticalFitToPages?: number | null };
  conditionalFormats: ConditionalFormatState[];
  /** Data validations, each on a rectangle (objects/data-validation.ts). */
  validations: DataValidationState[];
  charts: ChartState[];
  merges: Rect[];
  /** Zero-based rows hidden by hand, collapsed in an outline or filtered out (Range.rowHidden). */
  hiddenRows: Set<number>;
  /** Zero-based hidden columns (Range.columnHidden). */
  hiddenColumns: Set<number>;
}

export interface DataValidationState {
  rect: Rect;
  /** The rule as Office.js takes it: one kind (list, decimal, wholeNumber, date, custom, …) and its settings. */
  rule: Record<string, unknown>;
  prompt?: { title: string; message: string; showPrompt: boolean };
  errorAlert?: { title: string; message: string; style: string; showAlert: boolean };
  ignoreBlanks: boolean;
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  rect: Rect;
  hasHeaders: boolean;
  style: string;
}

export interface NameState {
  name: string;
  /** A cell reference, or a constant formula such as "=\"x\"" when target is absent. */
  target?: SheetRef;
  constant?: string;
  visible: boolean;
  comment: string;
  /** The sync that added the name (office-js #3878: only a name added in the same request can be hidden). */
  addedAtSync?: number;
}

export interface WorkbookState {
  label: string;
  date1904: boolean;
  /** Workbook structure protection: sheets cannot be added, deleted, renamed or hidden. */
  structureProtected: boolean;
  sheets: SheetState[];
  tables: TableState[];
  names: NameState[];
  activeSheetId: string | null;
  selection: SheetRef | null;
  nextId: number;
}

export function newWorkbookState(label = "Book1"): WorkbookState {
  return { label, date1904: false, structureProtected: false, sheets: [], tables: [], names: [], activeSheetId: null, selection: null, nextId: 1 };
}

export function newSheetState(state: WorkbookState, name: string): SheetState {
  return {
    id: `{S${state.nextId++}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    protected: false,
    values: [],
    formats: [],
    formulas: new Map(),
    styles: new Map(),
    hyperlinks: new Map(),
    columnWidths: new Map(),
    freeze: null,
    orientation: "Portrait",
    zoom: { scale: 100 },
    conditionalFormats: [],
    validations: [],
    charts: [],
    merges: [],
    hiddenRows: new Set(),
    hiddenColumns: new Set(),
  };
}

export const cellKey = (row: number, col: number): string => `${row}:${col}`;

/** Sheet names compare case-insensitively in Excel. */
export function findSheet(state: WorkbookState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return state.sheets.find((s) => s.name.toLowerCase() === wanted);
}

export function sheetById(state: WorkbookState, id: string | null): SheetState | undefined {
  return id === null ? undefined : state.sheets.find((s) => s.id === id);
}

export function getValue(sheet: SheetState, row: number, col: number): StoredValue {
  return sheet.values[row]?.[col] ?? "";
}

export function getFormat(sheet: SheetState, row: number, col: number): string {
  return sheet.formats[row]?.[col] ?? "General";
}

export function putValue(sheet: SheetState, row: number, col: number, value: StoredValue): void {
  const line = (sheet.values[row] ??= []);
  line[col] = value === "" ? undefined : value;
}

export function putFormat(sheet: SheetState, row: number, col: number, format: string): void {
  const line = (sheet.formats[row] ??= []);
  line[col] = format === "General" ? undefined : format;
}

/** Bounding rectangle of non-empty cells (and, unless valuesOnly, formatted cells), or null when blank. */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | null {
  let r1 = Infinity, r2 = -1, c1 = Infinity, c2 = -1;
  const visit = (row: number, col: number) => {
    if (row < r1) r1 = row;
    if (row > r2) r2 = row;
    if (col < c1) c1 = col;
    if (col > c2) c2 = col;
  };
  const scan = (grid: unknown[][]) =>
    grid.forEach((line, row) => line?.forEach((v, col) => v !== undefined && visit(row, col)));
  scan(sheet.values);
  for (const key of sheet.formulas.keys()) visit(...splitKey(key));
  if (!valuesOnly) {
    scan(sheet.formats);
    for (const key of sheet.styles.keys()) visit(...splitKey(key));
  }
  return r2 < 0 ? null : { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function splitKey(key: string): [number, number] {
  const i = key.indexOf(":");
  return [Number(key.slice(0, i)), Number(key.slice(i + 1))];
}
