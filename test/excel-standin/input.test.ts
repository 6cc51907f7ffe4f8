import { describe, expect, it } from "vitest";
import { dateSerial, interpretInput } from "../../src/excel-standin/input";
import { addSheet, createStandinExcel, newWorkbookState } from "../../src/excel-standin";

describe("what Excel makes of a value written through Range.values", () => {
  it.each([
    ["42", { value: 42 }],
    ["-1.5e3", { value: -1500 }],
    ["1,234", { value: 1234, impliedFormat: "#,##0" }],
    ["25%", { value: 0.25, impliedFormat: "0%" }],
    ["true", { value: true }],
    ["2026-01-05", { value: 46027, impliedFormat: "yyyy-mm-dd" }],
    ["=A1*2", { value: "#NAME?", formula: "=A1*2" }],
    ["-x", { value: "#NAME?", formula: "=-x" }],
    ["'=kept", { value: "=kept" }],
    ["plain text", { value: "plain text" }],
  ])("reads %j as Excel would", (input, expected) => {
    expect(interpretInput(input, "General", false)).toEqual(expected);
  });

  it("keeps anything written into a Text-formatted cell as text", () => {
    expect(interpretInput("=A1*2", "@", false)).toEqual({ value: "=A1*2" });
    expect(interpretInput("00123", "@", false)).toEqual({ value: "00123" });
  });

  it("counts serials from the workbook's epoch", () => {
    expect(dateSerial(1900, 1, 1, false)).toBe(1);
    expect(dateSerial(1900, 2, 28, false)).toBe(59);
    expect(dateSerial(1900, 3, 1, false)).toBe(61);
    expect(dateSerial(1904, 1, 1, true)).toBe(0);
    expect(dateSerial(2026, 1, 5, true)).toBe(46027 - 1462);
  });

  it("rejects text longer than a cell can hold", async () => {
    const state = newWorkbookState();
    addSheet(state, "A", [["x"]]);
    const { Excel } = createStandinExcel(state);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1").values = [["y".repeat(32_768)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
