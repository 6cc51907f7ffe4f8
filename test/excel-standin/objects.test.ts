import { describe, expect, it } from "vitest";
import { addSheet, createStandinExcel, findSheet, newWorkbookState } from "../../src/excel-standin";
import { standinStateFromWorkbookSource } from "../../src/excel-standin/from-source";
import { dumpStandin } from "../../src/excel-standin/dump";

function book() {
  const state = newWorkbookState("Objects");
  addSheet(state, "Data", [
    ["Month", "Plan", "Actual"],
    ["Jan", 10, 12],
    ["Feb", 20, 18],
  ]);
  addSheet(state, "Notes", [["n"]]);
  return { state, ...createStandinExcel(state) };
}

describe("defined names", () => {
  it("follow their sheet through a rename and turn into #REF! when it is deleted", async () => {
    const { Excel, state } = book();
    await Excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Notes");
      context.workbook.names.add("Marker", notes.getRange("A1")).visible = false;
      notes.name = "My Notes";
      const marker = context.workbook.names.getItem("Marker").load("formula, visible, type");
      await context.sync();
      expect(marker.formula).toBe("='My Notes'!$A$1");
      expect(marker.visible).toBe(false);
      expect(marker.type).toBe("Range");
      notes.delete();
      marker.load("formula, type");
      await context.sync();
      expect(marker.formula).toBe("=#REF!");
      expect(marker.type).toBe("Error");
    });
    expect(state.names).toHaveLength(1);
  });

  it("rejects a duplicate name with ItemAlreadyExists", async () => {
    const { Excel } = book();
    await expect(
      Excel.run(async (context) => {
        context.workbook.names.add("Twice", "=Data!$A$1");
        context.workbook.names.add("twice", "=Data!$B$1");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("tables", () => {
  it("adds a table with header, body and a workbook-unique name", async () => {
    const { Excel, state } = book();
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:C3", true);
      table.name = "Costs";
      const body = table.getDataBodyRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      await context.sync();
      expect(body.address).toBe("Data!A2:C3");
      expect(header.values).toEqual([["Month", "Plan", "Actual"]]);
    });
    expect(dumpStandin(state).tables).toEqual([{ name: "Costs", sheet: "Data", ref: "A1:C3", hasHeader: true }]);
  });

  it("refuses a table overlapping another", async () => {
    const { Excel } = book();
    await expect(
      Excel.run(async (context) => {
        const tables = context.workbook.worksheets.getItem("Data").tables;
        tables.add("A1:C3", true);
        tables.add("B2:C3", true);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("charts and conditional formats", () => {
  it("builds series from source data, named by the header row, with the first column as categories", async () => {
    const { Excel, state } = book();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C3"), "Columns");
      chart.title.text = "Plan vs actual";
      chart.setPosition("E2", "K15");
      const series = chart.series.load("items/name");
      await context.sync();
      expect(series.items.map((s) => s.name)).toEqual(["Plan", "Actual"]);
    });
    const chart = findSheet(state, "Data")!.charts[0];
    expect(chart).toMatchObject({ title: "Plan vs actual", position: { from: { row: 1, col: 4 }, to: { row: 14, col: 10 } } });
    expect(chart.series[0].categories?.rect).toEqual({ row: 1, col: 0, rows: 2, cols: 1 });
  });

  it("puts each new conditional format first, as Excel's priority order does", async () => {
    const { Excel, state } = book();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B2:C3");
      const low = range.conditionalFormats.add("CellValue");
      low.cellValue.rule = { formula1: "15", operator: "LessThan" };
      const high = range.conditionalFormats.add("CellValue");
      high.cellValue.rule = { formula1: "15", operator: "GreaterThan" };
      high.cellValue.format.fill.color = "#ffc7ce";
      await context.sync();
    });
    expect(findSheet(state, "Data")!.conditionalFormats.map((c) => [c.rule.operator, c.format.fill])).toEqual([
      ["GreaterThan", "#FFC7CE"],
      ["LessThan", undefined],
    ]);
  });
});

describe("null objects and JSON", () => {
  it("reads properties of a null object as null after load", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Nope").load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(missing.name).toBeNull();
    });
  });

  it("serializes loaded properties and loaded navigation properties with toJSON", async () => {
    const { Excel } = book();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:B1").load("address, values, format/font/bold");
      await context.sync();
      expect(range.toJSON()).toEqual({ address: "Data!A1:B1", values: [["Month", "Plan"]], format: { font: { bold: false } } });
    });
  });
});

describe("loading a WorkbookSource", () => {
  it("places grids at their anchor with formats, visibility, tables and the date system", () => {
    const state = standinStateFromWorkbookSource({
      label: "src",
      date1904: true,
      sheets: [{ name: "Plan", top: 3, left: 2, values: [["ID", "Start"], ["P-1", 100]], formats: [[null, null], [null, "yyyy-mm-dd"]], visibility: "hidden" }],
      tables: [{ name: "T", sheet: "Plan", ref: "B3:C4", hasHeader: true }],
    });
    expect(dumpStandin(state)).toEqual({
      label: "src",
      date1904: true,
      sheets: [{ name: "Plan", top: 3, left: 2, values: [["ID", "Start"], ["P-1", 100]], formats: [[null, null], [null, "yyyy-mm-dd"]], visibility: "hidden" }],
      tables: [{ name: "T", sheet: "Plan", ref: "B3:C4", hasHeader: true }],
    });
  });
});

/**
 * Hidden rows and columns, and the visible cells of a range:
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-rowhidden-member (ExcelApi 1.2: true when
 * every row is hidden, false when none is, null when some are) and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells (getSpecialCellsOrNullObject,
 * ExcelApi 1.9: a RangeAreas, or a null object when no cell is of the type).
 */
describe("hidden rows and the visible cells of a range", () => {
  function sheetOf(rows: number) {
    const state = newWorkbookState("Hidden");
    addSheet(state, "Plan", Array.from({ length: rows }, (_, i) => [`r${i + 1}`, i, i * 2, i * 3]));
    return { state, ...createStandinExcel(state, { profile: { platform: "web", excelApi: "1.20" } }) };
  }

  it("hides rows with rowHidden and says true, false or null for all, none or some", async () => {
    const { Excel, state } = sheetOf(10);
    const seen = await Excel.run(async (context) => {
      const plan = context.workbook.worksheets.getItem("Plan");
      plan.getRange("3:4").rowHidden = true;
      plan.getRange("C1").columnHidden = true;
      const all = plan.getRange("A3:D4").load("rowHidden");
      const none = plan.getRange("A5:D6").load("rowHidden");
      const some = plan.getRange("A2:D3").load("rowHidden");
      const column = plan.getRange("C1:C10").load("columnHidden");
      await context.sync();
      return [all.rowHidden, none.rowHidden, some.rowHidden, column.columnHidden];
    });
    expect(seen).toEqual([true, false, null, true]);
    expect([...findSheet(state, "Plan")!.hiddenRows].sort()).toEqual([2, 3]);
  });

  it("answers the visible cells as rectangles between hidden rows and columns, and a null object when none is visible", async () => {
    const { Excel, state } = sheetOf(10);
    const plan = findSheet(state, "Plan")!;
    for (const r of [2, 3, 7]) plan.hiddenRows.add(r);
    plan.hiddenColumns.add(1);
    const areas = await Excel.run(async (context) => {
      const visible = context.workbook.worksheets.getItem("Plan").getRange("A1:D10").getSpecialCellsOrNullObject("Visible").load("areas/items/address, areaCount");
      await context.sync();
      return { count: visible.areaCount, addresses: visible.areas.items.map((a) => a.address) };
    });
    expect(areas).toEqual({ count: 6, addresses: ["Plan!A1:A2", "Plan!C1:D2", "Plan!A5:A7", "Plan!C5:D7", "Plan!A9:A10", "Plan!C9:D10"] });

    for (let r = 0; r < 10; r++) plan.hiddenRows.add(r);
    const none = await Excel.run(async (context) => {
      const visible = context.workbook.worksheets.getItem("Plan").getRange("A1:D10").getSpecialCellsOrNullObject("Visible");
      await context.sync();
      return visible.isNullObject;
    });
    expect(none).toBe(true);
  });

  it("refuses getSpecialCellsOrNullObject below ExcelApi 1.9 and an unknown cell type", async () => {
    const { state } = sheetOf(3);
    const old = createStandinExcel(state, { profile: { platform: "windows", excelApi: "1.7" } });
    await expect(old.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:D3").getSpecialCellsOrNullObject("Visible").load("address");
      await context.sync();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
    const fresh = createStandinExcel(state, { profile: { platform: "windows", excelApi: "1.20" } });
    await expect(fresh.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:D3").getSpecialCellsOrNullObject("Shown" as Excel.SpecialCellType).load("address");
      await context.sync();
    })).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
