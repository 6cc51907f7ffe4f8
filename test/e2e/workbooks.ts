/** Small workbooks the end-to-end tests load into the harness, written with ExcelJS into test-output/. */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";

const dir = resolve(import.meta.dirname, "../../test-output/workbooks");

async function save(name: string, fill: (wb: ExcelJS.Workbook) => void): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  fill(wb);
  const path = resolve(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A workbook with no project register at all: one sheet of notes. */
export function notesOnlyWorkbook(): Promise<string> {
  return save("notes-only.xlsx", (wb) => {
    const sheet = wb.addWorksheet("Notes");
    sheet.addRow(["Meeting notes"]);
    sheet.addRow(["Discussed the Q3 roadmap; nothing to report."]);
  });
}

/** A clean project register and nothing else: no gate log, no costs, no status dates. */
export function projectsOnlyWorkbook(): Promise<string> {
  return save("projects-only.xlsx", (wb) => {
    const sheet = wb.addWorksheet("Projects");
    sheet.addRow(["Project ID", "Name", "Manager", "Sponsor", "Stage", "Start", "Finish", "Budget"]);
    sheet.addRow(["P-1", "Alpha", "Ana Lopez", "Sam Reed", "Idea", new Date(Date.UTC(2027, 0, 4)), new Date(Date.UTC(2027, 11, 17)), 100000]);
    sheet.addRow(["P-2", "Beta", "Ben Okoro", "Sam Reed", "Idea", new Date(Date.UTC(2027, 1, 1)), new Date(Date.UTC(2027, 5, 30)), 50000]);
  });
}

/**
 * A project register whose third row (P-2, finishing before it starts) is hidden, and whose fourth
 * (P-3) is visible: a finding in a row the user cannot see.
 */
export function hiddenRowWorkbook(): Promise<string> {
  return save("hidden-row.xlsx", (wb) => {
    const sheet = wb.addWorksheet("Projects");
    sheet.addRow(["Project ID", "Name", "Manager", "Sponsor", "Stage", "Start", "Finish", "Budget"]);
    sheet.addRow(["P-1", "Alpha", "Ana Lopez", "Sam Reed", "Idea", new Date(Date.UTC(2027, 0, 4)), new Date(Date.UTC(2027, 11, 17)), 100000]);
    sheet.addRow(["P-2", "Beta", "Ben Okoro", "Sam Reed", "Idea", new Date(Date.UTC(2027, 5, 30)), new Date(Date.UTC(2027, 1, 1)), 50000]);
    sheet.addRow(["P-3", "Gamma", "Cy Ode", "Sam Reed", "Idea", new Date(Date.UTC(2027, 5, 30)), new Date(Date.UTC(2027, 1, 1)), 70000]);
    sheet.getRow(3).hidden = true;
  });
}
