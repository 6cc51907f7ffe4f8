/**
 * The small portfolio register every producer of the corpus writes (the same as
 * scripts/corpus/producers.py writes with the Python libraries), and the JavaScript producers:
 * ExcelJS and SheetJS.
 */
import ExcelJS from "exceljs";
import * as XLSX from "xlsx";

type Value = string | number | Date | null;

export const HEADER = ["Project ID", "Name", "Stage", "Manager", "Sponsor", "Budget", "Start", "Finish", "% Complete", "CPI"];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const ROWS: Value[][] = [
  ["P-001", "CRM replacement", "Execution", "Ana Diaz", "Ben Ode", 500000, d("2026-01-05"), d("2026-09-30"), 0.45, 0.93],
  ["P-002", "Data platform", "Planning", "Li Wei", "Ben Ode", 1200000, d("2026-02-01"), d("2027-03-31"), 0.1, 1.02],
  ["P-003", "Office move", "Idea", "Sam Roe", "Kim Park", 80000, d("2026-04-01"), d("2026-06-30"), 0, null],
];
export const GATES_HEADER = ["Project ID", "Gate", "Decision", "Decision Date"];
export const GATES: Value[][] = [
  ["P-001", "G0", "Approved", d("2025-11-03")],
  ["P-001", "G1", "Approved", d("2025-12-01")],
  ["P-001", "G2", "Pending", d("2025-12-20")],
  ["P-002", "G0", "Approved", d("2025-12-15")],
];
/** Column (0-based) -> the number format of the user's cells; "0.0%" is also one of the report's. */
export const FORMATS: Record<number, string> = { 5: '#,##0.00 "EUR"', 6: "dd/mm/yyyy", 7: "dd/mm/yyyy", 8: "0%", 9: "0.0%" };
export const PROJECT_IDS = ROWS.map((r) => String(r[0]));

/** The register as ExcelJS writes it, with an Excel Table over the gate log. */
export async function withExcelJS(rows: Value[][] = ROWS): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = d("2026-01-01");
  const ws = wb.addWorksheet("Projects");
  ws.addRow(HEADER).font = { bold: true };
  for (const row of rows) {
    const added = ws.addRow(row);
    for (const [col, fmt] of Object.entries(FORMATS)) added.getCell(Number(col) + 1).numFmt = fmt;
  }
  const gates = wb.addWorksheet("Gates");
  gates.addTable({ name: "GateLog", ref: "A1", headerRow: true, columns: GATES_HEADER.map((name) => ({ name })), rows: GATES });
  gates.getColumn(4).numFmt = "dd/mm/yyyy";
  wb.addWorksheet("Notes").getCell("A1").value = "Register kept by the PMO office; do not sort.";
  wb.definedNames.add("Projects!$F$2:$F$4", "Budgets");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The register as SheetJS (the npm "xlsx" package) writes it. */
export function withSheetJS(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const projects = XLSX.utils.aoa_to_sheet([HEADER, ...ROWS], { cellDates: true });
  ROWS.forEach((row, r) => {
    for (const [col, fmt] of Object.entries(FORMATS)) {
      const cell = projects[XLSX.utils.encode_cell({ r: r + 1, c: Number(col) })];
      if (cell) cell.z = fmt;
    }
  });
  XLSX.utils.book_append_sheet(wb, projects, "Projects");
  const gates = XLSX.utils.aoa_to_sheet([GATES_HEADER, ...GATES], { cellDates: true, dateNF: "dd/mm/yyyy" });
  XLSX.utils.book_append_sheet(wb, gates, "Gates");
  wb.Workbook = { Names: [{ Name: "Budgets", Ref: "Projects!$F$2:$F$4" }] };
  return new Uint8Array(XLSX.write(wb, { type: "buffer", bookType: "xlsx", cellDates: false, compression: true }));
}
