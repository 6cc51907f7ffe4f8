/**
 * The stand-in loaded from an .xlsx file gives what Excel gives for it. Range.values holds a formula
 * cell's calculated result, whatever it is: "Use range.values to ... read calculated results from cells"
 * and "The data returned could be a string, number, or boolean"
 * (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values,
 * https://learn.microsoft.com/en-us/javascript/api/excel/excel.range#excel-excel-range-values), so a
 * formula returning 0 reads 0 and one returning FALSE reads false; one returning "" reads "", as an empty cell does.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createStandinExcel } from "../../src/excel-standin";
import { standinStateFromXlsx } from "../../src/excel-standin/from-exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";

async function formulas(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = "label";
  ws.getCell("B1").value = { formula: "1-1", result: 0 } as ExcelJS.CellFormulaValue;
  ws.getCell("C1").value = { formula: "1=2", result: false } as ExcelJS.CellFormulaValue;
  ws.getCell("D1").value = { formula: '""', result: "" } as ExcelJS.CellFormulaValue;
  ws.getCell("E1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
  ws.getCell("F1").value = { formula: "1=1", result: true } as ExcelJS.CellFormulaValue;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("the stand-in loaded from a file", () => {
  it("gives a formula's cached result as Range.values does, 0 and FALSE included", async () => {
    const bytes = await formulas();
    const { Excel } = createStandinExcel(await standinStateFromXlsx(bytes));
    const values = await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:F1").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([["label", 0, false, "", 2, true]]);
    // The file reader reads the same cells ("" is an empty cell in both adapters' grids).
    expect((await readXlsx(bytes)).sheets[0].values).toEqual([["label", 0, false, null, 2, true]]);
  });
});
