import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createStandinExcel, findSheet } from "../../../src/excel-standin";
import { standinStateFromXlsx } from "../../../src/excel-standin/from-exceljs";
import { OfficeWorkbook } from "../../../src/adapters/office";
import { hiddenRowsBetween, responseBytes, WEB_READ } from "../../../src/adapters/office/reader";
import { cleanupWorkbooks, utc, writeWorkbook } from "../../fixtures/read/workbook";
import { officeOver, userBook } from "./helpers";

afterAll(cleanupWorkbooks);

async function fixture(date1904 = false) {
  const path = await writeWorkbook(
    [
      { name: "Projects", rows: [["ID", "Start", "Budget"], ["P-1", utc("2026-03-01"), 1000], ["P-2", null, 2500]], formats: { C2: "#,##0" } },
      { name: "Plan", rows: [["Project", "Resource"], ["P-1", "Ann"]], table: { name: "PlanTable", ref: "B3" } },
      { name: "Hidden", rows: [["x"]], state: "hidden" },
      { name: "Empty", rows: [] },
    ],
    { date1904 },
  );
  return standinStateFromXlsx(path, "fixture.xlsx");
}

describe("OfficeWorkbook.read", () => {
  it("reads every sheet's used range with values and number formats in three syncs: look, sizes, cells", async () => {
    const state = await fixture();
    const { workbook, host } = officeOver(state);
    const source = await workbook.read();
    expect(host.stats.syncs).toBe(3);
    const projects = source.sheets.find((s) => s.name === "Projects")!;
    expect(projects).toMatchObject({ top: 1, left: 1, visibility: "visible" });
    expect(projects.values).toEqual([["ID", "Start", "Budget"], ["P-1", 46082, 1000], ["P-2", null, 2500]]);
    expect(projects.formats![1]).toEqual([null, "yyyy-mm-dd", "#,##0"]);
  });

  it("reports tables with their sheet and range, hidden sheets and empty sheets", async () => {
    const source = await officeOver(await fixture()).workbook.read();
    expect(source.tables).toEqual([{ name: "PlanTable", sheet: "Plan", ref: "B3:C4", hasHeader: true }]);
    expect(source.sheets.find((s) => s.name === "Plan")).toMatchObject({ top: 3, left: 2 });
    expect(source.sheets.find((s) => s.name === "Hidden")?.visibility).toBe("hidden");
    expect(source.sheets.find((s) => s.name === "Empty")?.values).toEqual([]);
  });

  it("detects the 1904 date system", async () => {
    expect((await officeOver(await fixture(true)).workbook.read()).date1904).toBe(true);
    expect((await officeOver(await fixture(false)).workbook.read()).date1904).toBe(false);
  });

  it("refuses to read on a host without ExcelApi 1.4", async () => {
    await expect(officeOver(userBook(), "1.3").workbook.read()).rejects.toMatchObject({ problem: "requirement" });
  });

  it("takes the label from the workbook when none is given", async () => {
    const state = userBook();
    const standin = createStandinExcel(state);
    const source = await new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements }).read();
    expect(source.label).toBe("Test book");
  });
});

describe("the embedded ruleset", () => {
  it("round-trips through the very hidden _PMORulebook sheet, in chunks", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    expect(await workbook.readEmbeddedRuleset()).toBeNull();
    const json = JSON.stringify({ name: "PMO", notes: "x".repeat(70_000) });
    await workbook.writeEmbeddedRuleset(json);
    expect(findSheet(state, "_PMORulebook")?.visibility).toBe("VeryHidden");
    expect(await workbook.readEmbeddedRuleset()).toBe(json);
    await workbook.writeEmbeddedRuleset('{"name":"second"}');
    expect(await workbook.readEmbeddedRuleset()).toBe('{"name":"second"}');
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "_PMORulebook"]);
  });

  it("keeps the ruleset sheet when the report sheets are rewritten", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeEmbeddedRuleset('{"name":"kept"}');
    await workbook.writeSheets([]);
    expect(await workbook.readEmbeddedRuleset()).toBe('{"name":"kept"}');
  });
});

describe("OfficeWorkbook.select", () => {
  it("activates the sheet and selects the finding's cell", async () => {
    const state = userBook({ Projects: [["ID"]], Gates: [["G"]] });
    await officeOver(state).workbook.select({ sheet: "Gates", cell: "C7", row: 7 });
    expect(state.activeSheetId).toBe(findSheet(state, "Gates")!.id);
    expect(state.selection).toEqual({ sheetId: findSheet(state, "Gates")!.id, rect: { row: 6, col: 2, rows: 1, cols: 1 } });
  });

  it("says the sheet is gone when it was renamed or deleted", async () => {
    await expect(officeOver(userBook()).workbook.select({ sheet: "Nope", cell: "A1", row: 1 })).rejects.toMatchObject({ problem: "not-found", message: expect.stringMatching(/Run the check again/) });
  });

  it("says how to unhide a hidden sheet", async () => {
    const state = userBook({ Projects: [["ID"]], Secret: [["s"]] });
    findSheet(state, "Secret")!.visibility = "Hidden";
    await expect(officeOver(state).workbook.select({ sheet: "Secret", cell: "A1", row: 1 })).rejects.toMatchObject({ problem: "hidden", message: expect.stringMatching(/Unhide/) });
  });
});

describe("a response too large for Excel on the web", () => {
  it("is read again in row blocks and gives the same grids", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`P-${i}`, `Resource ${i % 97}`, 46000 + (i % 300), 0.5, "note"]);
    const unlimited = officeOver(userBook({ Big: [["ID", "Resource", "Start", "Allocation", "Note"], ...rows], Small: [["x"]] }));
    const expected = await unlimited.workbook.read();

    const limited = officeOver(userBook({ Big: [["ID", "Resource", "Start", "Allocation", "Note"], ...rows], Small: [["x"]] }));
    limited.host.limits.responseBytes = 1024 * 1024;
    const source = await limited.workbook.read();
    expect(source).toEqual(expected);
    expect(limited.host.stats.records.some((r) => r.errorCode === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(limited.host.stats.records.filter((r) => r.ok).every((r) => r.responseBytes <= 1024 * 1024)).toBe(true);
  });
});

/**
 * Excel on the web refuses responses over 5 MB
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins),
 * so the read plans each sync's blocks by the bytes the sheet's cells took so far.
 */
describe("reading on the web in as few syncs as the 5 MB limit allows", () => {
  const utf8 = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;
  const cell = fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(""));

  it("estimates a response at no less than its JSON and, without control characters, at most a byte a row more", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 20 }), fc.array(fc.string({ maxLength: 12 }), { minLength: 1, maxLength: 6 }), (values, fmts) => {
        const formats = values.map((row) => row.map((_, j) => fmts[j % fmts.length]));
        const actual = utf8([values, formats]);
        const estimate = responseBytes(values, formats);
        expect(estimate).toBeGreaterThanOrEqual(actual);
        // Looked for in the texts themselves: JSON.stringify writes them as escapes, which have none.
        // eslint-disable-next-line no-control-regex
        const control = [...values.flat(), ...fmts].some((v) => typeof v === "string" && /[\u0000-\u001f]/.test(v));
        if (!control) expect(estimate).toBeLessThanOrEqual(actual + 2 * values.length + 16);
      }),
      { numRuns: 500 },
    );
  });

  it("sizes a sheet of long text and a sheet of numbers apart: no response refused, none over the budget, few syncs", async () => {
    const text = Array.from({ length: 6_000 }, (_, i) => [`R-${i}`, `Überprüfung der Lieferkette – 供应链审查 ${"x".repeat(200 + (i % 50))}`, `Owner ${i % 40}`]);
    const numbers = Array.from({ length: 60_000 }, (_, i) => [i, 46000 + (i % 700), (i % 100) / 100, i * 3]);
    const book = () => userBook({ Risks: [["ID", "Description", "Owner"], ...text], Numbers: [["A", "B", "C", "D"], ...numbers] });
    const expected = await officeOver(book()).workbook.read();

    const web = createStandinExcel(book(), { profile: { platform: "web", excelApi: "1.20" } });
    const source = await new OfficeWorkbook({ excel: web.Excel, requirements: web.requirements, label: "Test book", platform: web.platform }).read();
    expect(source).toEqual(expected);
    const { records } = web.host.stats;
    expect(records.every((r) => r.ok)).toBe(true);
    expect(records.every((r) => r.responseBytes <= WEB_READ.bytesPerSync + 4096)).toBe(true);
    const cellSyncs = records.slice(2);
    const total = cellSyncs.reduce((sum, r) => sum + r.responseBytes, 0);
    // After each sheet's first, cautious block, a sync carries close to the whole budget.
    expect(cellSyncs.length).toBeLessThanOrEqual(Math.ceil(total / (0.8 * WEB_READ.bytesPerSync)) + 2);
    expect(cellSyncs.length).toBeGreaterThan(1);
  });
});

/**
 * Hidden rows come from the visible cells of each used range
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells, ExcelApi 1.9), in the sync
 * that reads the cells: no sync more, and a finding in such a row says "(hidden row)" as the CLI does.
 */
describe("hidden rows", () => {
  function plan() {
    const state = userBook({ Plan: [["ID", "Owner", "Note"], ...Array.from({ length: 12 }, (_, i) => [`P-${i + 1}`, `O${i}`, "n"])], Empty: [] });
    const sheet = findSheet(state, "Plan")!;
    // Rows 4-5 hidden by hand, row 9 filtered out; a hidden column must not hide any row.
    for (const r of [3, 4, 8]) sheet.hiddenRows.add(r);
    sheet.hiddenColumns.add(1);
    return state;
  }

  it("are read into hiddenRows in the same three syncs on the desktop and with the cells on the web", async () => {
    const desktop = createStandinExcel(plan(), { profile: { platform: "windows", excelApi: "1.20" } });
    const fromDesktop = await new OfficeWorkbook({ excel: desktop.Excel, requirements: desktop.requirements, label: "Test book", platform: desktop.platform }).read();
    expect(desktop.host.stats.syncs).toBe(3);
    expect(fromDesktop.sheets.find((s) => s.name === "Plan")!.hiddenRows).toEqual([4, 5, 9]);
    expect(fromDesktop.sheets.find((s) => s.name === "Empty")!.hiddenRows).toBeUndefined();

    const web = createStandinExcel(plan(), { profile: { platform: "web", excelApi: "1.20" } });
    const fromWeb = await new OfficeWorkbook({ excel: web.Excel, requirements: web.requirements, label: "Test book", platform: web.platform }).read();
    expect(fromWeb).toEqual(fromDesktop);
  });

  it("are not asked for below ExcelApi 1.9, where the read is otherwise the same", async () => {
    const old = createStandinExcel(plan(), { profile: { platform: "windows", excelApi: "1.7" } });
    const source = await new OfficeWorkbook({ excel: old.Excel, requirements: old.requirements, label: "Test book", platform: old.platform }).read();
    expect(source.sheets.find((s) => s.name === "Plan")!.hiddenRows).toBeUndefined();
    expect(old.host.stats.records.every((r) => r.ok)).toBe(true);
  });

  it("are the rows no visible area covers", () => {
    expect(hiddenRowsBetween(2, 10, ["A2:C3", "E2:F3", "A6:C8", "B11"])).toEqual([4, 5, 9, 10]);
    expect(hiddenRowsBetween(1, 4, ["1:2", "$A$4:$C$4"])).toEqual([3]);
    expect(hiddenRowsBetween(1, 3, ["A1:C3"])).toEqual([]);
  });
});
