/**
 * Items 1 and 4-7 of issue 8, and the merged areas of the read, each under the host profiles where
 * Excel behaves that way. Each test names the Microsoft page or office-js issue the behaviour comes from.
 */
import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { ALL_PROFILES, createStandinExcel, dumpStandin, findSheet, profileName, type HostProfile } from "../../../../src/excel-standin";
import { putValue } from "../../../../src/excel-standin/state";
import { OfficeWorkbook, markerName } from "../../../../src/adapters/office";
import { checkPortfolioCommand } from "../../../../src/commands/check-portfolio";
import type { AppServices } from "../../../../src/taskpane/services/app-services";
import { summarySpec, userBook } from "../helpers";
import { adapterOver, failure, tempSheets } from "./profile-helpers";

const WIN_120: HostProfile = { platform: "windows", excelApi: "1.20" };
const WEB_120: HostProfile = { platform: "web", excelApi: "1.20" };
const MAC_112: HostProfile = { platform: "mac", excelApi: "1.12" };

describe("item 1: writes on ExcelApi 1.20 hosts and what Ctrl+Z does", () => {
  // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities
  it.each(ALL_PROFILES.map((p) => ({ ...p, name: profileName(p) })))("$name: every write and ruleset save succeeds and ends Excel's undo history", async (profile) => {
    const state = userBook();
    const { workbook, host } = adapterOver(state, profile);
    await workbook.writeSheets([summarySpec()]);
    expect(host.stats.undoClears.length).toBeGreaterThan(0);
    const first = host.stats.syncs;
    await workbook.writeSheets([summarySpec()]);
    expect(host.stats.undoClears.at(-1)).toBeGreaterThan(first);
    await workbook.writeEmbeddedRuleset('{"name":"a"}');
    const saved = host.stats.syncs;
    await workbook.writeEmbeddedRuleset('{"name":"b"}');
    expect(host.stats.undoClears.at(-1)).toBeGreaterThan(saved);
    expect(host.stats.runOptions.some((o) => o.mergeUndoGroup)).toBe(false);
  });
});

describe("item 4: the 5,000,000-cell read limit", () => {
  // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
  // "A range is limited to 5,000,000 cells for read operations ... the API will either return null or throw".
  it.each([WIN_120, MAC_112])("$platform: one stray value at Z200000 (5.2M cells) is read, in blocks, in three syncs", { timeout: 60_000 }, async (profile) => {
    const state = userBook();
    putValue(findSheet(state, "Projects")!, 199_999, 25, "stray");
    const { workbook, host } = adapterOver(state, profile);
    const source = await workbook.read();
    const projects = source.sheets.find((s) => s.name === "Projects")!;
    expect(projects.values).toHaveLength(200_000);
    expect(projects.values[0].slice(0, 2)).toEqual(["ID", "Name"]);
    expect(projects.values[199_999][25]).toBe("stray");
    expect(host.stats.syncs).toBe(3);
  });

  it("on the web reads in blocks under 5 MB without waiting for Excel to refuse a response", { timeout: 60_000 }, async () => {
    const state = userBook();
    putValue(findSheet(state, "Projects")!, 29_999, 25, "stray");
    const { workbook, host } = adapterOver(state, WEB_120);
    const source = await workbook.read();
    expect(source.sheets[0].values[29_999][25]).toBe("stray");
    expect(host.stats.records.every((r) => r.ok && r.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    expect(host.stats.records.some((r) => r.errorCode === "ResponsePayloadSizeLimitExceeded")).toBe(false);
  });

  it("refuses a sheet whose used range reaches far beyond any portfolio, naming it and saying what to do", async () => {
    const state = userBook();
    putValue(findSheet(state, "Projects")!, 1_048_575, 16_383, "x");
    const error = await failure(adapterOver(state, WIN_120).workbook.read());
    expect(error).toMatchObject({ problem: "too-large" });
    expect(error!.message).toMatch(/"Projects" uses the range A1:XFD1048576 .*Ctrl\+End.*Nothing in the workbook was changed/);
  });

  it("reads on an ExcelApi 1.4 host, which has no getRangeByIndexes (1.7)", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrangebyindexes-member(1)
    const standin = createStandinExcel(userBook(), { requirementSets: { ExcelApi: "1.4" } });
    const source = await new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, label: "old" }).read();
    expect(source.sheets[0].values).toEqual([["ID", "Name"], ["P-1", "Alpha"]]);
  });
});

describe("item 5: a leading apostrophe", () => {
  // office-js issue #6687: Excel takes a leading apostrophe as the text prefix, not as part of the text.
  it.each([WIN_120, WEB_120])("$platform: report text and stored ruleset chunks keep it", async (profile) => {
    const state = userBook();
    const { workbook } = adapterOver(state, profile);
    const spec = summarySpec();
    spec.rows[2] = [{ value: "'Quoted' note", type: "text" }, { value: "'=not a formula", type: "text" }];
    await workbook.writeSheets([spec]);
    const summary = dumpStandin(state).sheets.find((s) => s.name === "Summary")!;
    expect(summary.values[2].slice(0, 2)).toEqual(["'Quoted' note", "'=not a formula"]);

    // 30,000-character chunks: the second one starts with an apostrophe.
    const head = '{"name":"x","notes":"';
    const json = `${head}${"a".repeat(30_000 - head.length)}'b'"}`;
    await workbook.writeEmbeddedRuleset(json);
    expect(await workbook.readEmbeddedRuleset()).toBe(json);
  });
});

describe("item 6: the workbook losing focus", () => {
  // office-js #771 (GeneralException from worksheets.add while another workbook is active), #561 and #6365 (InvalidSelection).
  it("retries a sheet add that fails for focus, then writes", async () => {
    const state = userBook();
    const { workbook, host } = adapterOver(state, WIN_120);
    host.faults.failOperations = [{ member: "WorksheetCollection.add", code: "GeneralException", times: 2 }];
    await workbook.writeSheets([summarySpec()]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "Summary"]);
  });

  it.each(["WorksheetFreezePanes.freezeRows", "Worksheet.activate", "Range.select"])("says what Excel said when %s keeps failing, without blaming hidden sheets", async (member) => {
    const state = userBook();
    const { workbook, host } = adapterOver(state, WIN_120);
    await workbook.writeSheets([summarySpec()]);
    host.faults.failOperations = [{ member, code: "InvalidSelection", times: Infinity }];
    const error = await failure(member === "WorksheetFreezePanes.freezeRows" ? workbook.writeSheets([summarySpec()]) : workbook.select({ sheet: "Summary", cell: "A5", row: 5 }));
    expect(error).toMatchObject({ problem: "focus", officeCode: "InvalidSelection" });
    expect(error!.message).toMatch(/not the active window/);
    expect(error!.message).not.toMatch(/hidden/i);
    expect(tempSheets(state)).toEqual([]);
  });

  it("still says a hidden sheet is hidden", async () => {
    const state = userBook({ Projects: [["ID"]], Secret: [["x"]] });
    findSheet(state, "Secret")!.visibility = "Hidden";
    const error = await failure(adapterOver(state, WIN_120).workbook.select({ sheet: "Secret", cell: "A1", row: 1 }));
    expect(error).toMatchObject({ problem: "hidden" });
  });
});

describe("item 7: the smaller ones", () => {
  it("sets fit-to-one-page-wide with null pages tall, not 0", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions
    const state = userBook();
    await adapterOver(state, { platform: "windows", excelApi: "1.12" }).workbook.writeSheets([summarySpec()]);
    expect(findSheet(state, "Summary")!.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: null });
  });

  it("colours a line chart's series through format.line.color", async () => {
    // https://learn.microsoft.com/javascript/api/excel/excel.chartseriesformat#excel-excel-chartseriesformat-line-member
    const state = userBook();
    const spec = summarySpec();
    spec.charts = [{ kind: "line", title: "Trend", categories: "A5:A6", series: [{ name: "Budget", ref: "B5:B6", color: "FF1F4E79" }, { name: "Other", ref: "C5:C6", color: "#C00000" }], anchor: { from: { col: 4, row: 1 }, to: { col: 10, row: 15 } } }];
    await adapterOver(state, WIN_120).workbook.writeSheets([spec]);
    expect(findSheet(state, "Summary")!.charts[0].series.map((s) => s.lineColor)).toEqual(["#1F4E79", "#C00000"]);
  });

  it("completes the ribbon event when the result dialog cannot be shown", async () => {
    const services = { label: "book" } as unknown as AppServices & { label: string };
    let completed = 0;
    const command = checkPortfolioCommand(() => services, () => {
      throw new Error("displayDialogAsync threw");
    });
    await command({ completed: () => completed++ });
    expect(completed).toBe(1);
  });

  it("does not depend on Excel hiding its marker names, and says what they are where it does not", async () => {
    // office-js issues #3878 and #3949: Excel may leave a name visible.
    const state = userBook();
    const { workbook } = adapterOver(state, WIN_120, { quirks: { nameHidingIgnored: true } });
    await workbook.writeSheets([summarySpec()]);
    await workbook.writeSheets([summarySpec()]);
    const marker = state.names.find((n) => n.name === markerName("summary"))!;
    expect(marker).toMatchObject({ visible: true, comment: expect.stringMatching(/PMO Rulebook: marks the sheet it generated/) });
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "Summary"]);
  });
});

describe("merged cells in the read", () => {
  // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1): ExcelApi 1.13
  it("fills SheetGrid.merges where ExcelApi 1.13 allows, in the same number of syncs", async () => {
    const merged = () => {
      const state = userBook({ Projects: [["Portfolio", null, null], ["ID", "Name", "Budget"], ["P-1", "Alpha", 5]], Other: [["x"]] });
      findSheet(state, "Projects")!.merges.push({ row: 0, col: 0, rows: 1, cols: 3 }, { row: 2, col: 1, rows: 2, cols: 1 });
      return state;
    };
    const modern = adapterOver(merged(), WIN_120);
    const source = await modern.workbook.read();
    expect(source.sheets.map((s) => s.merges)).toEqual([["A1:C1", "B3:B4"], undefined]);
    const older = adapterOver(merged(), { platform: "windows", excelApi: "1.12" });
    const before = await older.workbook.read();
    expect(before.sheets[0].merges).toBeUndefined();
    expect(modern.host.stats.syncs).toBe(older.host.stats.syncs);
  });
});
