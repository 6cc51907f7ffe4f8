import type { WorkbookSource } from "./grid";
import type { SheetSpec } from "./sheet-spec";

/** Where a finding points: a sheet and an A1 cell (1-based row kept for sorting and filtering). */
export interface CellLocation {
  /** The workbook the sheet is in, when findings span several (a consolidated check of submissions). */
  file?: string;
  sheet: string;
  cell: string;
  row: number;
  /** The row is hidden in the workbook (by hand, an outline or a filter): the user must unhide it to see the cell. */
  hidden?: true;
}

/** Reads a workbook into raw grids. Implemented by the ExcelJS and Office.js adapters. */
export interface WorkbookReader {
  read(): Promise<WorkbookSource>;
  /** The ruleset JSON stored inside the workbook, or null when there is none. */
  readEmbeddedRuleset(): Promise<string | null>;
}

/**
 * Writes generated sheets. Implementations replace only the product's sheets of the keys being
 * written (src/workbook/markers.ts); other generated sheets and every user's sheet stay.
 */
export interface WorkbookWriter {
  writeSheets(specs: SheetSpec[]): Promise<WriteResult>;
  /** Stores the ruleset JSON inside the workbook so it travels with the file. */
  writeEmbeddedRuleset(json: string): Promise<void>;
}

export interface WriteResult {
  /** Names the sheets were written under (a user's sheet with the same name is never replaced). */
  written: { spec: string; sheet: string }[];
  /** Human-readable notes, e.g. that a name was taken by a user's sheet and another was picked. */
  notes: string[];
}

/** Moves the selection to a cell (task pane only). */
export interface CellSelector {
  select(location: CellLocation): Promise<void>;
}
