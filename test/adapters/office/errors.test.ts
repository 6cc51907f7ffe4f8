import { describe, expect, it } from "vitest";
import { findSheet } from "../../../src/excel-standin";
import { OfficeWorkbookError } from "../../../src/adapters/office";
import { officeOver, summarySpec, userBook } from "./helpers";

/** A host without delayForCellEdit (ExcelApi 1.11), where cell-edit mode fails batches. */
const OLD_HOST = "1.10";

const names = (state: ReturnType<typeof userBook>) => state.sheets.map((s) => s.name);

describe("what real Excel does, and what the user is told", () => {
  it("asks Excel to hold the batch while the user edits a cell, where ExcelApi 1.11 allows", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state);
    host.faults.cellEditSyncs = 99;
    await workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary"]);
    expect(host.stats.cellEditDelays).toBe(1);
    expect(host.stats.runOptions.every((o) => o.delayForCellEdit === true)).toBe(true);
  });

  it("retries after a pause while Excel is in cell-edit mode on older hosts, then writes", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state, OLD_HOST);
    host.faults.cellEditSyncs = 2;
    await workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary"]);
  });

  it("gives up in cell-edit mode with a message saying what to do, leaving the workbook as it was", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state, OLD_HOST);
    host.faults.cellEditSyncs = 99;
    const error = await workbook.writeSheets([summarySpec()]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeWorkbookError);
    expect(error).toMatchObject({ problem: "cell-edit", message: expect.stringMatching(/Press Enter or Esc/) });
    expect(names(state)).toEqual(["Projects"]);
  });

  it("removes its temporary sheets when Excel enters cell-edit mode halfway through a write", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state, OLD_HOST, 2_000);
    // Sync 1 reads, sync 2 builds part of the sheet, then the user types in a cell for three syncs:
    // the third build sync and the cleanup fail once each, the clean-up retry and a fresh write succeed.
    host.faults.cellEditFrom = { sync: 3, count: 2 };
    await workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary"]);
    expect(state.sheets.some((s) => s.name.startsWith("PMO~"))).toBe(false);
    expect(host.stats.records.filter((r) => r.errorCode === "InvalidOperationInCellEditMode")).toHaveLength(2);
    expect(host.stats.runs).toBeGreaterThanOrEqual(3);
  });

  it("reports a protected workbook structure before changing anything", async () => {
    const state = userBook();
    state.structureProtected = true;
    const error = await officeOver(state).workbook.writeSheets([summarySpec()]).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "protected", message: expect.stringMatching(/Protect Workbook.*Nothing in the workbook was changed/) });
    expect(names(state)).toEqual(["Projects"]);
  });

  it("reports a protected ruleset sheet and leaves it and no temporary sheet behind", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeEmbeddedRuleset('{"name":"v1"}');
    findSheet(state, "_PMORulebook")!.protected = true;
    // Deleting a protected sheet is allowed in Excel; writing into it is not, so the swap still works.
    await workbook.writeEmbeddedRuleset('{"name":"v2"}');
    expect(await workbook.readEmbeddedRuleset()).toBe('{"name":"v2"}');
  });

  it("retries with smaller requests when Excel rejects one as too large", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state, "1.17", 8_000);
    host.limits.requestBytes = 4_000;
    await workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary"]);
    expect(host.stats.records.some((r) => r.errorCode === "RequestPayloadSizeLimitExceeded")).toBe(true);
  });

  it("ends a payload that stays too large in a clear message with no temporary sheet left", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state);
    host.limits.requestBytes = 300;
    const error = await workbook.writeSheets([summarySpec()]).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "too-large", message: expect.stringMatching(/too large/) });
    expect(names(state)).toEqual(["Projects"]);
  });

  it("removes the temporary sheets when an action fails in the middle of the build", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state);
    host.faults.failAction = { sync: 2, index: 6, code: "InvalidArgument" };
    const error = await workbook.writeSheets([summarySpec()]).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "unexpected", message: expect.stringMatching(/Nothing in the workbook was changed/) });
    expect(names(state)).toEqual(["Projects"]);
    expect(state.tables).toEqual([]);
  });

  it("refuses to write on a host without ExcelApi 1.7 and says what to do", async () => {
    const state = userBook();
    const error = await officeOver(state, "1.6").workbook.writeSheets([summarySpec()]).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "requirement", message: expect.stringMatching(/ExcelApi 1\.7.*Update Office/) });
  });

  it("writes without print settings and says so on a host without ExcelApi 1.9", async () => {
    const state = userBook();
    const result = await officeOver(state, "1.8").workbook.writeSheets([summarySpec()]);
    expect(findSheet(state, "Summary")!.orientation).toBe("Portrait");
    expect(result.notes.join(" ")).toMatch(/print options/);
    expect(findSheet(state, "Summary")!.hyperlinks.get("4:0")?.documentReference).toBe("Projects!A2");
  });

  it("writes on an ExcelApi 1.7 host using only what 1.7 offers (links cell by cell, no print or axis formats)", async () => {
    const state = userBook();
    const spec = summarySpec();
    spec.charts![0].valueFormat = "#,##0";
    const result = await officeOver(state, "1.7").workbook.writeSheets([spec]);
    const sheet = findSheet(state, "Summary")!;
    expect(result.written).toEqual([{ spec: "summary", sheet: "Summary" }]);
    expect(sheet.hyperlinks.size).toBe(1);
    expect(sheet.charts[0].valueAxis.numberFormat).toBeUndefined();
  });

  it("cleans up the same way when the look at the workbook rode in the first build request", async () => {
    const state = userBook();
    const { workbook, host } = officeOver(state, "1.17", 3_000);
    await workbook.read();
    host.faults.failAction = { sync: host.stats.syncs + 2, index: 3, code: "InvalidArgument" };
    const error = await workbook.writeSheets([summarySpec()]).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "unexpected", message: expect.stringMatching(/Nothing in the workbook was changed/) });
    expect(names(state)).toEqual(["Projects"]);
  });

  it("reports structure protection when the first build request is refused", async () => {
    const state = userBook();
    const { workbook } = officeOver(state, "1.17", 3_000);
    await workbook.read();
    state.structureProtected = true;
    const error = await workbook.writeSheets([summarySpec()]).catch((e: unknown) => e);
    expect(error).toMatchObject({ problem: "protected", message: expect.stringMatching(/protected.*Nothing in the workbook was changed/) });
    expect(names(state)).toEqual(["Projects"]);
  });
});
