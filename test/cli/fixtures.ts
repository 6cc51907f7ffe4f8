/** Small workbooks written to a temp folder for the CLI tests (real files, read back by the real reader). */
import ExcelJS from "exceljs";
import { mkdtempSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

type Value = string | number | Date | null;

export interface WorkbookFixture {
  projects: Record<string, Value>[];
  gates?: Record<string, Value>[];
  /** Name of the gate sheet (default "Gates"). */
  gateSheet?: string;
  /** Sheet name -> 1-based rows hidden in it. */
  hiddenRows?: Record<string, number[]>;
}

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A project row with every field a default-ruleset check wants, overridable. */
export function project(fields: Record<string, Value> = {}): Record<string, Value> {
  return { "Project ID": "P-1", Name: "Project", Manager: "Ana Diaz", Sponsor: "Ben Ode", Stage: "Idea", ...fields };
}

export function gate(fields: Record<string, Value> = {}): Record<string, Value> {
  return { "Project ID": "P-1", Gate: "G0", Decision: "Approved", "Decision Date": day("2026-01-15"), Approver: "Board", ...fields };
}

/** Number formats by column header, on top of the date format every Date cell gets: `{ "% Complete": "0%" }`. */
export type ColumnFormats = Record<string, string>;

function addSheet(wb: ExcelJS.Workbook, name: string, rows: Record<string, Value>[], formats: ColumnFormats = {}) {
  const ws = wb.addWorksheet(name);
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  ws.addRow(headers);
  for (const r of rows) {
    const row = ws.addRow(headers.map((h) => r[h] ?? null));
    headers.forEach((h, i) => {
      if (r[h] instanceof Date) row.getCell(i + 1).numFmt = "yyyy-mm-dd";
      if (formats[h] !== undefined) row.getCell(i + 1).numFmt = formats[h];
    });
  }
}

/** Writes a workbook of the named sheets (each a list of rows, header -> value) and returns its path. */
export async function writeSheets(path: string, sheets: Record<string, Record<string, Value>[]>, formats: ColumnFormats = {}): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = day("2026-01-01");
  for (const [name, rows] of Object.entries(sheets)) addSheet(wb, name, rows, formats);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Writes the workbook and returns its path. */
export async function writeWorkbook(path: string, fixture: WorkbookFixture): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = day("2026-01-01");
  addSheet(wb, "Projects", fixture.projects);
  if (fixture.gates) addSheet(wb, fixture.gateSheet ?? "Gates", fixture.gates);
  for (const [sheet, rows] of Object.entries(fixture.hiddenRows ?? {})) for (const r of rows) wb.getWorksheet(sheet)!.getRow(r).hidden = true;
  await wb.xlsx.writeFile(path);
  return path;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "pmo-cli-"));
}

/** A portfolio with nothing wrong in it under the default ruleset: ideas with a manager. */
export const cleanPortfolio: WorkbookFixture = {
  projects: [project({ "Project ID": "P-1", Name: "Alpha" }), project({ "Project ID": "P-2", Name: "Beta" })],
};

/** A project in Execution whose G2 was rejected, on a sheet named "Gate Log": error findings. */
export const failingPortfolio: WorkbookFixture = {
  projects: [
    project({ "Project ID": "P-1", Name: "Alpha", Stage: "Execution", Start: day("2026-01-05"), Finish: day("2026-06-30"), Budget: 100000 }),
  ],
  gateSheet: "Gate Log",
  gates: [
    gate({ Gate: "G0", "Decision Date": day("2025-12-01") }),
    gate({ Gate: "G1", "Decision Date": day("2025-12-15"), "Business Case": "Y" }),
    gate({ Gate: "G2", Decision: "Rejected", "Decision Date": day("2026-01-02"), "Project Plan": "Y" }),
  ],
};
