/**
 * Loads the workbook the harness serves: the bundled sample by default, or a file the user picks. The
 * stand-in is built from the .xlsx with ExcelJS, in the browser, so no data leaves the page.
 */
import { standinStateFromXlsx } from "../excel-standin/from-exceljs";
import type { WorkbookState } from "../excel-standin/state";

export const SAMPLE_URL = "assets/sample-portfolio.xlsx";

export async function loadSample(): Promise<{ state: WorkbookState; label: string }> {
  const response = await fetch(SAMPLE_URL);
  if (!response.ok) throw new Error(`The sample workbook (${SAMPLE_URL}) could not be loaded: HTTP ${response.status}.`);
  const label = "sample-portfolio.xlsx";
  return { state: await standinStateFromXlsx(new Uint8Array(await response.arrayBuffer()), label), label };
}

export async function loadFile(file: File): Promise<{ state: WorkbookState; label: string }> {
  return { state: await standinStateFromXlsx(new Uint8Array(await file.arrayBuffer()), file.name), label: file.name };
}
