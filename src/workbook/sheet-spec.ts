/**
 * A generated sheet described as data, so that every writer (ExcelJS/package-level for files,
 * Office.js in Excel) renders exactly the same thing. Produced by core/report, consumed by adapters.
 */
import type { CellLocation } from "./port";

export type SpecValue = string | number | boolean | null;

/**
 * Named styles: a closed set every writer implements the same way.
 * Number-format styles: currency (#,##0), percent (0%), percent1 (0.0%), date (yyyy-mm-dd),
 * integer (#,##0), decimal2 (0.00). Text styles: title, subtitle, note, header, bold, link.
 * Status fills: good (green), warn (amber), bad (red), neutral (grey), info (blue).
 */
export type SpecStyle =
  | "title"
  | "subtitle"
  | "note"
  | "header"
  | "bold"
  | "link"
  | "currency"
  | "percent"
  | "percent1"
  | "date"
  | "integer"
  | "decimal2"
  | "good"
  | "warn"
  | "bad"
  | "neutral"
  | "info";

export interface SpecCell {
  value: SpecValue;
  /**
   * "text" forces the value to be stored as text, never as a formula (text beginning with = + - @
   * stays text); "date" means value is an ISO date "YYYY-MM-DD" that the writer converts to a serial
   * in the target workbook's date system. Omitted: inferred from the JS type.
   */
  type?: "text" | "date";
  style?: SpecStyle;
  /** Internal hyperlink to a cell of the user's workbook (or of a generated sheet). */
  link?: CellLocation;
}

export type CellIsOperator = "lessThan" | "lessThanOrEqual" | "greaterThan" | "greaterThanOrEqual" | "between" | "equal";

export type ConditionalRule =
  | { type: "cellIs"; operator: CellIsOperator; values: number[]; style: "good" | "warn" | "bad" | "neutral" | "info" }
  | { type: "textEquals"; text: string; style: "good" | "warn" | "bad" | "neutral" | "info" };

export interface ConditionalFormatSpec {
  /** A1 range on this sheet. */
  ref: string;
  /** Applied in order; the first that matches wins. */
  rules: ConditionalRule[];
}

export interface TableSpec {
  /** Workbook-unique table name (letters, digits, underscore). */
  name: string;
  /** A1 range including the header row. */
  ref: string;
  style?: string;
}

export type ChartKind = "column" | "clusteredColumn" | "bar" | "line";

export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** A1 range on this sheet holding the category labels (one column). */
  categories: string;
  /** Each series: its name and an A1 range on this sheet with its values (one column, same length). */
  series: { name: string; ref: string; color?: string }[];
  /** Zero-based cell anchors of the chart's top-left and bottom-right corners. */
  anchor: { from: { col: number; row: number }; to: { col: number; row: number } };
  xAxisTitle?: string;
  yAxisTitle?: string;
  /** Number format of the value axis, e.g. "#,##0" or "0%". */
  valueFormat?: string;
}

export interface SheetSpec {
  /** Stable identifier of the generated sheet ("summary", "findings", ...). */
  key: string;
  /** Desired tab name; a writer may pick another if a user's sheet already has it. */
  name: string;
  tabColor?: string;
  /** Column widths in characters, from column A. */
  columns: { width: number }[];
  /** Cells from A1, row-major; null is an empty cell. */
  rows: (SpecCell | null)[][];
  /** Frozen panes: rows above and columns left of the first scrolling cell. */
  freeze?: { rows: number; cols: number };
  tables?: TableSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  merges?: string[];
  charts?: ChartSpec[];
  print?: { landscape: boolean; fitToWidth: boolean };
}
