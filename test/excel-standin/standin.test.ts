import { describe, expect, it } from "vitest";
import { addSheet, createStandinExcel, dumpStandin, newWorkbookState, StandinErrorCodes } from "../../src/excel-standin";

function book() {
  const state = newWorkbookState("Test");
  addSheet(state, "Projects", [
    ["ID", "Name", "Budget"],
    ["P-1", "Alpha", 1000],
    ["P-2", "Beta", 2500],
  ]);
  addSheet(state, "Other", [["x"]]);
  return { state, ...createStandinExcel(state) };
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded when reading a property that was not loaded", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Projects").getRange("A1:C3");
      range.load("values");
      await context.sync();
      expect(range.values[1]).toEqual(["P-1", "Alpha", 1000]);
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("throws PropertyNotLoaded before the sync that loads the property", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Projects").getRange("A1");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["ID"]]);
    });
  });

  it("accepts comma lists, arrays, nested objects and navigation paths in load", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Projects").getRange("B2:C2");
      range.load("values, numberFormat");
      const other = context.workbook.worksheets.getItem("Projects").getRange("A1").load({ address: true, format: { font: { bold: true } } });
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(range.numberFormat).toEqual([["General", "General"]]);
      expect(other.address).toBe("Projects!A1");
      expect(other.format.font.bold).toBe(false);
      expect(sheets.items.map((s) => s.name)).toEqual(["Projects", "Other"]);
      expect(sheets.toJSON()).toEqual({ items: [{ name: "Projects" }, { name: "Other" }] });
    });
  });

  it("applies queued writes at sync, in order", async () => {
    const { Excel, state } = book();
    await Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Other").getRange("B2");
      cell.values = [["first"]];
      cell.values = [["second"]];
      expect(dumpStandin(state).sheets[1].values).toEqual([["x"]]);
      const check = cell.load("values");
      await context.sync();
      expect(check.values).toEqual([["second"]]);
    });
  });

  it("fills isNullObject at sync for getItemOrNullObject", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("other");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("returns a null object for the used range of a blank sheet", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const blank = context.workbook.worksheets.add("Blank");
      const used = blank.getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.isNullObject).toBe(true);
    });
  });

  it("rejects an unknown sheet with ItemNotFound at sync", async () => {
    const { Excel } = book();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: StandinErrorCodes.itemNotFound, name: "RichApi.Error" });
  });

  it("fails a method that the stand-in does not implement loudly", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Projects").getRange("A1") as unknown as Record<string, unknown>;
      expect(() => range.notARealMember).toThrow(/not implemented/);
    });
  });
});

describe("writing like Excel", () => {
  it("turns text that starts with = into a formula unless the cell is formatted as text", async () => {
    const { Excel, state } = book();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      sheet.getRange("A2:B2").values = [["=1+1", "00123"]];
      const safe = sheet.getRange("A3:B3");
      safe.numberFormat = [["@", "@"]];
      safe.values = [["=1+1", "00123"]];
      await context.sync();
    });
    const other = state.sheets[1];
    expect(other.formulas.get("1:0")).toBe("=1+1");
    expect(other.values[1][1]).toBe(123);
    expect(other.values[2]).toEqual(["=1+1", "00123"]);
    expect(other.formulas.has("2:0")).toBe(false);
  });

  it("rejects a values array whose shape differs from the range", async () => {
    const { Excel } = book();
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1:B2").values = [["a", "b"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("denies edits on a protected sheet and keeps what ran before the failing action", async () => {
    const { Excel, state } = book();
    state.sheets[1].protected = true;
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Projects").getRange("D1").values = [["ok"]];
        context.workbook.worksheets.getItem("Other").getRange("A1").values = [["no"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(state.sheets[0].values[0][3]).toBe("ok");
    expect(state.sheets[1].values[0][0]).toBe("x");
  });

  it("follows a renamed sheet with the same proxy", async () => {
    const { Excel, state } = book();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Other");
      sheet.name = "Renamed";
      sheet.getRange("C1").values = [[7]];
      await context.sync();
    });
    expect(state.sheets[1].name).toBe("Renamed");
    expect(state.sheets[1].values[0][2]).toBe(7);
  });
});

describe("host limits and counters", () => {
  it("counts syncs including the final one Excel.run sends for pending actions", async () => {
    const { Excel, host } = book();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other").getRange("A1").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Other").getRange("A2").values = [["y"]];
    });
    expect(host.stats.syncs).toBe(2);
    expect(host.stats.records.every((r) => r.ok)).toBe(true);
  });

  it("rejects a request over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const { Excel, host, state } = book();
    const rows = Array.from({ length: 100_000 }, (_, i) => [`row ${i} with some padding text to make the request long`, i, i * 2]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange(`A1:C${rows.length}`).values = rows;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.stats.records[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(state.sheets[1].values[0][0]).toBe("x");
  });

  it("fails the next N syncs in cell-edit mode", async () => {
    const { Excel, host } = book();
    host.faults.cellEditSyncs = 1;
    const attempt = () =>
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Other").getRange("A1").load("values");
        await context.sync();
      });
    await expect(attempt()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    await expect(attempt()).resolves.toBeUndefined();
  });

  it("records mergeUndoGroup run options and suspended-calculation syncs", async () => {
    const { Excel, host } = book();
    await Excel.run({ mergeUndoGroup: true }, async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Other").getRange("A1").values = [["z"]];
      await context.sync();
    });
    expect(host.stats.runOptions).toEqual([{ mergeUndoGroup: true, delayForCellEdit: undefined }]);
    expect(host.stats.calculationSuspendedSyncs).toBe(1);
  });

  it("reports the date system through workbook.functions.date", async () => {
    const { Excel, state } = book();
    state.date1904 = true;
    const serial = await Excel.run(async (context) => {
      const r = context.workbook.functions.date(1904, 1, 2);
      r.load("value");
      await context.sync();
      return r.value;
    });
    expect(serial).toBe(1);
  });

  it("fails members newer than the host's requirement sets with ApiNotFound", async () => {
    const state = newWorkbookState("Old host");
    addSheet(state, "A", [["x"]]);
    const { Excel } = createStandinExcel(state, { requirementSets: { ExcelApi: "1.8" } });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1").setCellProperties([[{ format: { font: { bold: true } } }]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
