/**
 * The spec features health at a glance needs (issue 12 §2), rendered by both writers: a cell's own
 * number format (the source's currency), right-aligned headers, stacked bars, page breaks between
 * blocks and the sheet the workbook opens on.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { readPackage } from "../../src/adapters/xlsx/write/package";
import { findSheet } from "../../src/excel-standin";
import { HISTORY_SHEET, type SheetSpec } from "../../src/workbook/sheet-spec";
import { officeOver, userBook } from "./office/helpers";

const EURO = '[$€-2] #,##0';

function spec(): SheetSpec {
  return {
    key: "summary",
    name: "Portfolio Summary",
    columns: [{ width: 20 }, { width: 12 }, { width: 12 }],
    rows: [
      [{ value: "Rule", type: "text", style: "header" }, { value: "Error", type: "text", style: "header", align: "right" }, { value: "Warning", type: "text", style: "header", align: "right" }],
      [{ value: "a", type: "text" }, { value: 3, style: "integer" }, { value: 1, style: "integer" }],
      [{ value: "b", type: "text" }, { value: 1, style: "integer" }, { value: 2, style: "integer" }],
      [],
      [{ value: "Budget", type: "text" }, { value: 250000, style: "currency", numberFormat: EURO }],
    ],
    charts: [{ kind: "bar", stacked: true, title: "Findings by rule", categories: "A2:A3", series: [{ name: "Error", ref: "B2:B3", color: "C00000" }, { name: "Warning", ref: "C2:C3", color: "FFC000" }], anchor: { from: { col: 4, row: 0 }, to: { col: 10, row: 12 } } }],
    print: { landscape: true, fitToWidth: false, rowBreaks: [4] },
    active: true,
  };
}

async function userFile(selected: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  // ExcelJS writes the flag it reads back ("tabSelected"), though its types do not name it.
  const ws = book.addWorksheet("Projects", { views: [{ tabSelected: selected } as unknown as Partial<ExcelJS.WorksheetView>] });
  ws.addRow(["ID", "Budget"]);
  ws.addRow(["P-1", 1000]);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function partText(bytes: Uint8Array, path: string): string {
  return new TextDecoder().decode(readPackage(bytes).get(path));
}

/** Package paths matching `pattern`, in name order. */
function partsLike(bytes: Uint8Array, pattern: RegExp): string[] {
  const parts = readPackage(bytes);
  const found: string[] = [];
  for (const p of ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml"]) if (pattern.test(p) && parts.has(p)) found.push(p);
  return found;
}

describe("the file writer", () => {
  it("writes the cell's own number format, right-aligned headers, stacked bars and page breaks", async () => {
    const { bytes } = addSheetsToXlsx(await userFile(true), [spec()]);
    const sheetPath = partsLike(bytes, /^xl\/worksheets\/sheet\d+\.xml$/).at(-1)!;
    const sheet = partText(bytes, sheetPath);
    expect(sheet).toContain('<rowBreaks count="1" manualBreakCount="1"><brk id="4" max="16383" man="1"/></rowBreaks>');
    expect(sheet).not.toContain("fitToWidth");
    const chart = partText(bytes, partsLike(bytes, /^xl\/charts\/chart\d+\.xml$/)[0]);
    expect(chart).toContain('<c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');

    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = book.getWorksheet("Portfolio Summary")!;
    expect(ws.getCell("E5").numFmt ?? ws.getCell("B5").numFmt).toBe(EURO);
    expect(ws.getCell("B1").alignment?.horizontal).toBe("right");
    expect(ws.getCell("A1").alignment?.horizontal).toBeUndefined();
  });

  it("opens on the active sheet when no sheet of the user's is tab-selected, and never groups tabs", async () => {
    const free = addSheetsToXlsx(await userFile(false), [spec()]).bytes;
    expect(partText(free, "xl/workbook.xml")).toMatch(/activeTab="1"/);
    expect(partText(free, partsLike(free, /^xl\/worksheets\/sheet\d+\.xml$/).at(-1)!)).toContain('tabSelected="1"');
    // The user's sheet part carries tabSelected: it is never edited, so the active tab stays theirs.
    const taken = addSheetsToXlsx(await userFile(true), [spec()]).bytes;
    expect(partText(taken, "xl/workbook.xml")).not.toMatch(/activeTab="1"/);
    expect(partText(taken, partsLike(taken, /^xl\/worksheets\/sheet\d+\.xml$/).at(-1)!)).not.toContain("tabSelected");
  });
});

describe("the Office writer", () => {
  it("writes the same number format, alignment and stacked chart, and shows the active sheet", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeSheets([spec()]);
    const sheet = findSheet(state, "Portfolio Summary")!;
    expect(sheet.formats[4][1]).toBe(EURO);
    expect(sheet.styles.get("0:1")?.horizontalAlignment).toBe("Right");
    expect(sheet.charts[0].type).toBe("BarStacked");
    expect(state.activeSheetId).toBe(sheet.id);
  });
});

describe("the run history store sheet, through both writers", () => {
  const history = (n: number): SheetSpec => ({
    key: HISTORY_SHEET,
    name: HISTORY_SHEET,
    store: true,
    columns: [{ width: 60 }],
    rows: [[{ value: "PMO Rulebook run history", type: "text" }], [{ value: "layout", type: "text" }], ...Array.from({ length: n }, (_x, i) => [{ value: `{"run":${i}}`, type: "text" as const }])],
  });

  it("the file writer keeps one very hidden history sheet, replaced on each write, after the report", async () => {
    const once = addSheetsToXlsx(await userFile(false), [spec(), history(1)]);
    expect(once.result.written.map((w) => w.spec)).toEqual(["summary"]);
    const twice = addSheetsToXlsx(once.bytes, [spec(), history(2)]).bytes;
    const wb = partText(twice, "xl/workbook.xml");
    expect(wb.match(/name="_PMORulebook_History"/g)).toHaveLength(1);
    expect(wb).toMatch(/<sheet [^>]*name="_PMORulebook_History"[^>]*state="veryHidden"|<sheet [^>]*state="veryHidden"[^>]*name="_PMORulebook_History"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(twice as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Projects", "Portfolio Summary", HISTORY_SHEET]);
    expect(book.getWorksheet(HISTORY_SHEET)!.getCell("A4").value).toBe('{"run":1}');
  });

  it("the Office writer does the same", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeSheets([spec(), history(1)]);
    const result = await workbook.writeSheets([spec(), history(2)]);
    expect(result.written.map((w) => w.spec)).toEqual(["summary"]);
    const stores = state.sheets.filter((s) => s.name === HISTORY_SHEET);
    expect(stores).toHaveLength(1);
    expect(stores[0].visibility).toBe("VeryHidden");
    expect(stores[0].values[3][0]).toBe('{"run":1}');
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "Portfolio Summary", HISTORY_SHEET]);
  });
});
