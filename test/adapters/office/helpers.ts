/** Helpers for the Office adapter tests: a stand-in workbook and the adapter over it. */
import { addSheet, createStandinExcel, newWorkbookState, type WorkbookState } from "../../../src/excel-standin";
import type { CellValue } from "../../../src/workbook/grid";
import type { SheetSpec, SpecCell } from "../../../src/workbook/sheet-spec";
import { GENERATED_MARKER } from "../../../src/workbook/sheet-spec";
import { OfficeWorkbook } from "../../../src/adapters/office";

export function userBook(sheets: Record<string, CellValue[][]> = { Projects: [["ID", "Name"], ["P-1", "Alpha"]] }): WorkbookState {
  const state = newWorkbookState("Test book");
  for (const [name, rows] of Object.entries(sheets)) addSheet(state, name, rows);
  return state;
}

/** The adapter over a stand-in; retries do not wait. */
export function officeOver(state: WorkbookState, excelApi = "1.17", requestBudgetBytes?: number) {
  const standin = createStandinExcel(state, { requirementSets: { ExcelApi: excelApi } });
  const workbook = new OfficeWorkbook({
    excel: standin.Excel,
    requirements: standin.requirements,
    label: state.label,
    retry: { attempts: 3, pauseMs: 1, sleep: async () => undefined },
    requestBudgetBytes,
  });
  return { ...standin, workbook };
}

const t = (value: string | number | null, extra: Partial<SpecCell> = {}): SpecCell => ({ value, ...extra });

/** A small report sheet: marker header, a table with a link, a chart, conditional formats. */
export function summarySpec(overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    key: "summary",
    name: "Summary",
    tabColor: "1F4E79",
    columns: [{ width: 20 }, { width: 12 }, { width: 12 }],
    rows: [
      [t("Portfolio summary", { style: "title" })],
      [t(`${GENERATED_MARKER} 0.1 on 2026-11-25`, { style: "note" })],
      [],
      [t("Project", { style: "header" }), t("Budget", { style: "header" }), t("Start", { style: "header" })],
      [t("P-1", { link: { sheet: "Projects", cell: "A2", row: 2 } }), t(1000, { style: "currency" }), t("2026-01-05", { type: "date", style: "date" })],
      [t("=cmd", { type: "text" }), t(0.25, { style: "percent" }), t("00123", { type: "text" })],
    ],
    freeze: { rows: 4, cols: 0 },
    tables: [{ name: "PMO_Summary", ref: "A4:C6" }],
    conditionalFormats: [{ ref: "B5:B6", rules: [{ type: "cellIs", operator: "greaterThan", values: [500], style: "bad" }, { type: "cellIs", operator: "lessThanOrEqual", values: [500], style: "good" }] }],
    charts: [{ kind: "column", title: "Budget", categories: "A5:A6", series: [{ name: "Budget", ref: "B5:B6" }], anchor: { from: { col: 4, row: 1 }, to: { col: 10, row: 15 } } }],
    print: { landscape: true, fitToWidth: true },
    ...overrides,
  };
}
