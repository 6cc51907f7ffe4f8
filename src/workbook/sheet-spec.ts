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
  /**
   * A number format code that replaces the style's (the source's own currency format, e.g.
   * "[$€-2] #,##0"); the style's font and fill stay.
   */
  numberFormat?: string;
  /** Horizontal alignment; omitted: Excel's default (numbers right, text left). */
  align?: "left" | "center" | "right";
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

/**
 * A data validation on a range of the sheet (Data › Data Validation): what a cell may hold, the input
 * message shown when it is selected and the alert shown when a value breaks the rule. Blank cells are
 * always allowed (a required value is the check's to report, with the stage that requires it).
 */
export interface DataValidationSpec {
  /** A1 range on this sheet (one rectangle). */
  ref: string;
  rule:
    /** A drop-down of these words (together at most 255 characters, none holding a comma). */
    | { type: "list"; values: string[] }
    /** A drop-down of the cells a reference or defined name gives, e.g. "ProjectIDs" or "'Lists'!$A$2:$A$9". */
    | { type: "listRef"; ref: string }
    /** A number (whole: an integer) from min to max; either bound may be left out. */
    | { type: "decimal" | "whole"; min?: number; max?: number }
    /** A date ("YYYY-MM-DD" bounds, converted to the workbook's date system by the writer). */
    | { type: "date"; min?: string; max?: string }
    /** Any value: only the input message. */
    | { type: "any" }
    /** A formula that must be true, written for the range's first cell (relative references move with the cell). */
    | { type: "custom"; formula: string };
  /** The input message: title at most 32 characters, text at most 255. */
  prompt?: { title: string; text: string };
  /** The alert on a wrong value: "stop" refuses it, "warning" asks, "information" tells. Same limits. */
  error?: { title: string; text: string; style: "stop" | "warning" | "information" };
}

/** A workbook-scoped defined name a sheet's validations use (e.g. a table column as a drop-down source). */
export interface DefinedNameSpec {
  name: string;
  /** What it refers to, without "=": "Projects[ID]", "'How to fill this in'!$B$4:$B$9". */
  ref: string;
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
  /** Column and bar charts: series stacked on each other (one bar per category) instead of side by side. */
  stacked?: boolean;
}

export interface SheetSpec {
  /** Stable identifier of the generated sheet ("summary", "findings", ...). */
  key: string;
  /** Desired tab name; a writer may pick another if a user's sheet already has it. */
  name: string;
  tabColor?: string;
  /** Column widths in characters, from column A; `style` formats the whole column (cells typed into it later too). */
  columns: { width: number; style?: SpecStyle }[];
  /** Cells from A1, row-major; null is an empty cell. */
  rows: (SpecCell | null)[][];
  /** Frozen panes: rows above and columns left of the first scrolling cell. */
  freeze?: { rows: number; cols: number };
  tables?: TableSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  merges?: string[];
  charts?: ChartSpec[];
  print?: {
    landscape: boolean;
    fitToWidth: boolean;
    /** 1-based rows after which a manual page break goes (between blocks of a printed page). */
    rowBreaks?: number[];
    /** 1-based columns after which a manual page break goes (the file writer only; Office.js has no stand-in for it yet). */
    colBreaks?: number[];
  };
  /** The sheet the workbook opens on after the write (at most one spec of a write). */
  active?: boolean;
  /**
   * The product's own very hidden store sheet (as the ruleset's "_PMORulebook"): found by its name
   * (`name`, compared ignoring case), never marked, replaced whenever a spec of that name is written,
   * and written very hidden after every other sheet. Used for the run history.
   */
  store?: boolean;
  /** Show the worksheet gridlines (default true); dashboards read better without them. */
  gridlines?: boolean;
  /** Data validations (drop-downs, number and date ranges, input messages). */
  validations?: DataValidationSpec[];
  /** Workbook-scoped names the validations use; a name that already exists in the workbook is left as it is. */
  names?: DefinedNameSpec[];
  /**
   * A sheet written for the user to fill in (a submission template's Projects sheet): it gets no
   * marker names, so it is the user's from the first write on — readers read it and later writes
   * never replace it.
   */
  userSheet?: boolean;
}

/** Text written into the header of every generated sheet; readers skip sheets that carry it. */
export const GENERATED_MARKER = "Generated by PMO Rulebook";

/** Name of the very hidden sheet that stores the ruleset inside a workbook. */
export const EMBEDDED_RULESET_SHEET = "_PMORulebook";

/** Name of the very hidden sheet that stores the run history inside a workbook (src/core/history). */
export const HISTORY_SHEET = "_PMORulebook_History";
