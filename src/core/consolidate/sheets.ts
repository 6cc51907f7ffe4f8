/** Sheets of submissions in a consolidated portfolio: `[file]Sheet`, Excel's notation for a sheet of another workbook. */
import type { RecordSource } from "../model/portfolio";

/** `[file]Sheet`: a sheet of one submission, as Excel writes a sheet of another workbook. */
export function fileSheet(file: string, sheet: string): string {
  return `[${file}]${sheet}`;
}

/** The file and sheet of a `[file]Sheet` name (sheet names cannot hold "]"; file names may). */
export function splitFileSheet(sheet: string): { file?: string; sheet: string } {
  if (!sheet.startsWith("[")) return { sheet };
  const end = sheet.lastIndexOf("]");
  if (end < 1) return { sheet };
  return { file: sheet.slice(1, end), sheet: sheet.slice(end + 1) };
}

/** The submission a record came from, or undefined in a portfolio read from one workbook. */
export function submissionOf(source: RecordSource): string | undefined {
  return splitFileSheet(source.sheet).file;
}

