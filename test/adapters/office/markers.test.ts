import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { standinStateFromXlsx } from "../../../src/excel-standin/from-exceljs";
import { planWrite } from "../../../src/adapters/office/plan";
import { officeOver, summarySpec, userBook } from "./helpers";

describe("which sheets are the product's", () => {
  it("replaces the sheets the file writer generated, found by their hidden names", async () => {
    const sample = new Uint8Array(readFileSync(resolve(process.cwd(), "assets/sample-portfolio.xlsx")));
    const { bytes } = addSheetsToXlsx(sample, [summarySpec()]);
    const state = await standinStateFromXlsx(bytes, "sample");
    const before = state.sheets.map((s) => s.name);
    expect(before).toContain("Summary");
    const result = await officeOver(state).workbook.writeSheets([summarySpec()]);
    expect(result.written).toEqual([{ spec: "summary", sheet: "Summary" }]);
    expect(state.sheets.map((s) => s.name)).toEqual(before);
  });

  it("keeps generated sheets where they were among the user's sheets", async () => {
    const state = userBook({ Projects: [["ID"]], Gates: [["G"]] });
    const { workbook } = officeOver(state);
    await workbook.writeSheets([summarySpec()]);
    state.sheets = [state.sheets[0], state.sheets[2], state.sheets[1]];
    await workbook.writeSheets([summarySpec()]);
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", "Summary", "Gates"]);
  });

  it("leaves alone a copy of a generated sheet that has the marker text but no marker name", () => {
    const plan = planWrite(
      {
        sheets: [{ name: "Projects", visibility: "Visible" }, { name: "Summary", visibility: "Visible" }, { name: "Summary (2)", visibility: "Visible" }],
        names: [{ name: "_PMORulebook_Generated_summary", formula: "=Summary!$A$1" }],
        tables: [{ name: "PMO_Summary", sheet: "Summary" }],
      },
      [summarySpec()],
      "report",
      "abc123",
    );
    expect(plan.replaced).toEqual(["Summary"]);
    expect(plan.sheets[0]).toMatchObject({ finalName: "Summary", tempName: "PMO~0~abc123" });
    expect(plan.sheets[0].tableNames.get("PMO_Summary")).toBe("PMO_Summary");
    expect(plan.insertAt).toBe(1);
  });

  it("drops marker names left pointing at deleted sheets", () => {
    const plan = planWrite(
      { sheets: [{ name: "Projects", visibility: "Visible" }], names: [{ name: "_PMORulebook_Generated_old", formula: "=#REF!$A$1" }], tables: [] },
      [summarySpec()],
      "report",
      "t",
    );
    expect(plan.staleNames).toEqual(["_PMORulebook_Generated_old"]);
    expect(plan.replaced).toEqual([]);
  });

  it("does not replace the ruleset sheet in a report write, nor report sheets in a ruleset write", () => {
    const snapshot = {
      sheets: [{ name: "Projects", visibility: "Visible" }, { name: "Summary", visibility: "Visible" }, { name: "_PMORulebook", visibility: "VeryHidden" }],
      names: [{ name: "_PMORulebook_Generated_summary", formula: "=Summary!$A$1" }],
      tables: [],
    };
    expect(planWrite(snapshot, [summarySpec()], "report", "t").replaced).toEqual(["Summary"]);
    expect(planWrite(snapshot, [], "ruleset", "t").replaced).toEqual(["_PMORulebook"]);
  });
});
