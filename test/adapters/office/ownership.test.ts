import { describe, expect, it } from "vitest";
import { addSheet, findSheet, type WorkbookState } from "../../../src/excel-standin";
import { standinStateFromXlsx } from "../../../src/excel-standin/from-exceljs";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { planWrite } from "../../../src/adapters/office/plan";
import type { CellValue } from "../../../src/workbook/grid";
import { GENERATED_MARKER } from "../../../src/workbook/sheet-spec";
import { stampLikeSpec, userWorkbook } from "../xlsx/write-helpers";
import { officeOver, summarySpec, userBook } from "./helpers";

const names = (state: WorkbookState) => state.sheets.map((s) => s.name);
const markerNames = (state: WorkbookState) => state.names.map((n) => n.name).filter((n) => n.startsWith("_PMORulebook_Generated_")).sort();

/** What Excel's Move or Copy leaves: the same cells under a new tab, no workbook name pointing at it. */
function copySheet(state: WorkbookState, source: string, copy: string): void {
  addSheet(state, copy, cells(state, source));
}

function cells(state: WorkbookState, sheet: string): CellValue[][] {
  return Array.from(findSheet(state, sheet)!.values, (row) => Array.from(row ?? [], (v) => v ?? null));
}

describe("the Office writer's own sheets", () => {
  it("keeps a copy of a generated sheet (marker text, no name) across a re-run", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeSheets([summarySpec()]);
    copySheet(state, "Summary", "Summary Oct");
    const copied = cells(state, "Summary Oct");
    expect(copied.flat().some((v) => String(v).startsWith(GENERATED_MARKER))).toBe(true);
    await workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary", "Summary Oct"]);
    expect(cells(state, "Summary Oct")).toEqual(copied);
  });

  it("never replaces a user's sheet named like the report's, even with the marker text", async () => {
    const state = userBook({ Projects: [["ID"]], Summary: [["My own summary"], [`${GENERATED_MARKER} (pasted)`]] });
    const result = await officeOver(state).workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary", "PMO Summary"]);
    expect(findSheet(state, "Summary")!.values[0][0]).toBe("My own summary");
    expect(result.written).toEqual([{ spec: "summary", sheet: "PMO Summary" }]);
  });
});

describe("what an Office write replaces", () => {
  it("a report write leaves the submission stamp and its marker name", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeSheets([summarySpec(), stampLikeSpec()]);
    await workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary", "Submission Stamp"]);
    expect(markerNames(state)).toEqual(["_PMORulebook_Generated_submission_stamp", "_PMORulebook_Generated_summary"]);
  });

  it("a stamp write replaces only the stamp", async () => {
    const state = userBook();
    const { workbook } = officeOver(state);
    await workbook.writeSheets([summarySpec(), stampLikeSpec()]);
    const summary = findSheet(state, "Summary")!;
    await workbook.writeSheets([stampLikeSpec("FAIL")]);
    expect(findSheet(state, "Summary")).toBe(summary);
    expect(findSheet(state, "Submission Stamp")!.values[3][1]).toBe("FAIL");
    expect(markerNames(state)).toHaveLength(2);
  });

  it("leaves the stamp the file writer wrote when Excel writes the report", async () => {
    const file = addSheetsToXlsx(await userWorkbook(), [summarySpec(), stampLikeSpec()]).bytes;
    const state = await standinStateFromXlsx(file, "from file");
    await officeOver(state).workbook.writeSheets([summarySpec()]);
    expect(names(state)).toEqual(["Projects", "Summary", "Submission Stamp"]);
  });

  it("plans to delete only the marker names of the keys written and the broken ones", () => {
    const plan = planWrite(
      {
        sheets: ["Projects", "Summary", "Submission Stamp"].map((name) => ({ name, visibility: "Visible" })),
        names: [
          { name: "_PMORulebook_Generated_summary", formula: "=Summary!$A$1" },
          { name: "_PMORulebook_Generated_submission_stamp", formula: "='Submission Stamp'!$A$1" },
          { name: "_PMORulebook_Generated_findings", formula: "=#REF!$A$1" },
        ],
        tables: [],
      },
      [summarySpec()],
      "report",
      "t",
    );
    expect(plan.replaced).toEqual(["Summary"]);
    expect(plan.staleNames.sort()).toEqual(["_PMORulebook_Generated_findings", "_PMORulebook_Generated_summary"]);
  });
});
