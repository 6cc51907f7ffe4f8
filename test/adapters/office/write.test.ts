import { describe, expect, it } from "vitest";
import { dumpStandin, findSheet } from "../../../src/excel-standin";
import { officeOver, summarySpec, userBook } from "./helpers";

describe("OfficeWorkbook.writeSheets", () => {
  it("writes values, number formats and the date as a serial in the workbook's date system", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    const result = await workbook.writeSheets([summarySpec()]);
    expect(result.written).toEqual([{ spec: "summary", sheet: "Summary" }]);
    const sheet = dumpStandin(state).sheets.find((s) => s.name === "Summary")!;
    expect(sheet.values[4]).toEqual(["P-1", 1000, 46027]);
    expect(sheet.formats![4]).toEqual([null, "#,##0", "yyyy-mm-dd"]);
    expect(sheet.values[5]).toEqual(["=cmd", 0.25, "00123"]);
  });

  it("keeps text that Excel would turn into a formula or a number as text", async () => {
    const state = userBook();
    await officeOver(state).workbook.writeSheets([summarySpec()]);
    const sheet = findSheet(state, "Summary")!;
    expect(sheet.formulas.size).toBe(0);
    expect(sheet.values[5][0]).toBe("=cmd");
    expect(sheet.formats[5][0]).toBe("@");
  });

  it("writes tables, links, conditional formats, a chart, frozen rows, widths, tab colour and print setup", async () => {
    const state = userBook();
    await officeOver(state).workbook.writeSheets([summarySpec()]);
    const sheet = findSheet(state, "Summary")!;
    expect(state.tables.map((t) => t.name)).toEqual(["PMO_Summary"]);
    expect(sheet.hyperlinks.get("4:0")).toEqual({ documentReference: "Projects!A2", textToDisplay: "P-1" });
    expect(sheet.conditionalFormats.map((c) => [c.rule.operator, c.format.fill])).toEqual([
      ["GreaterThan", "#FFC7CE"],
      ["LessThanOrEqual", "#C6EFCE"],
    ]);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0]).toMatchObject({ type: "ColumnClustered", title: "Budget", series: [{ name: "Budget" }], position: { from: { row: 1, col: 4 }, to: { row: 15, col: 10 } } });
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
    expect(sheet.columnWidths.get(0)).toBeCloseTo(108.75);
    expect(sheet.tabColor).toBe("#1F4E79");
    expect(sheet.orientation).toBe("Landscape");
    expect(sheet.styles.get("3:0")).toMatchObject({ bold: true, fill: "#1F4E79" });
  });

  it("marks each generated sheet with a hidden workbook name pointing at its A1", async () => {
    const state = userBook();
    await officeOver(state).workbook.writeSheets([summarySpec()]);
    expect(state.names).toEqual([expect.objectContaining({ name: "_PMORulebook_Generated_summary", visible: false })]);
    expect(state.names[0].target).toEqual({ sheetId: findSheet(state, "Summary")!.id, rect: { row: 0, col: 0, rows: 1, cols: 1 } });
  });

  it("replaces its own sheets on a second run and leaves no temporary sheet", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeSheets([summarySpec()]);
    await workbook.writeSheets([summarySpec()]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "Summary"]);
    expect(state.names.map((n) => n.name)).toEqual(["_PMORulebook_Generated_summary"]);
    expect(state.tables.map((t) => t.name)).toEqual(["PMO_Summary"]);
  });

  it("never touches a user's sheet with the desired name and picks another name", async () => {
    const state = userBook({ Projects: [["ID"]], Summary: [["my own notes"]] });
    const result = await officeOver(state).workbook.writeSheets([summarySpec()]);
    expect(result.written).toEqual([{ spec: "summary", sheet: "PMO Summary" }]);
    expect(result.notes[0]).toMatch(/already named "Summary"/);
    expect(dumpStandin(state).sheets.find((s) => s.name === "Summary")!.values).toEqual([["my own notes"]]);
  });

  it("uses at most three syncs for a small report, all with calculation suspended while writing", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state);
    await workbook.writeSheets([summarySpec(), summarySpec({ key: "findings", name: "Findings", tables: [{ name: "PMO_Findings", ref: "A4:C6" }] })]);
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.calculationSuspendedSyncs).toBe(1);
    expect(host.stats.runOptions[0]).toEqual({ mergeUndoGroup: undefined, delayForCellEdit: true });
  });

  it("never asks for an undo group, which Worksheet.delete and rename would make fail on ExcelApi 1.20 hosts", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state, "1.20");
    await workbook.writeSheets([summarySpec()]);
    expect(host.stats.runOptions.every((o) => !o.mergeUndoGroup)).toBe(true);
  });

  it("looks at the workbook inside the first build request when a read already gave the date system", async () => {
    const cold = officeOver(userBook(), "1.17", 3_000);
    await cold.workbook.writeSheets([summarySpec()]);

    const state = userBook();
    const warm = officeOver(state, "1.17", 3_000);
    await warm.workbook.read();
    const before = warm.host.stats.syncs;
    await warm.workbook.writeSheets([summarySpec()]);
    const writeSyncs = warm.host.stats.syncs - before;
    expect(writeSyncs).toBeGreaterThan(1);
    expect(writeSyncs).toBe(cold.host.stats.syncs - 1);
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "Summary"]);
    expect(state.names.map((n) => n.name)).toEqual(["_PMORulebook_Generated_summary"]);
  });

  it("builds again when the date system changed since the read", async () => {
    const state = userBook();
    const { workbook } = officeOver(state, "1.17", 3_000);
    await workbook.read();
    state.date1904 = true;
    await workbook.writeSheets([summarySpec()]);
    expect(dumpStandin(state).sheets.find((s) => s.name === "Summary")!.values[4][2]).toBe(46027 - 1462);
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "Summary"]);
  });
});
