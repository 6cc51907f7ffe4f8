/** The real workbooks in ../shared/workbooks/real, read through the adapter and the core. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../../src/core/model/dates";
import { fieldCell, recordCells } from "../../../src/core/model/record-source";
import { sharedFiles, sharedPath } from "../../support/shared-files";

const LABOR = "workbooks/real/labor-planner-lennon-john.xlsx";
const BUDGETEER = "workbooks/real/budgeteer-resource-plan.xlsx";
const labor = sharedPath(LABOR);
const budgeteer = sharedPath(BUDGETEER);

describe.skipIf(!sharedFiles("labor planner reading", LABOR))("labor planner (one sheet per project, hours per month)", () => {
  it("reads each sheet's key/value block as a project", async () => {
    const p = readPortfolio(await readXlsx(labor), defaultRuleset());
    expect(p.projects.map((x) => [x.id, x.name, x.manager, x.source.sheet, fieldCell(x.source, "id")])).toEqual([
      ["84392", "Meet the Beatles!", undefined, "84392", "B3"],
      ["22536", "Introducing … the Beatles", undefined, "22536", "B3"],
    ]);
    const d = p.detections.find((x) => x.entity === "projects")!;
    expect(d).toMatchObject({ how: "content", sheet: "84392", headerRow: 3, columns: { id: { header: "Project Number", column: "B" }, name: { header: "Title", column: "B" } } });
    expect(p.detections.filter((x) => x.entity === "resources").map((x) => [x.sheet, x.columns.name.column, x.dataRows])).toEqual([
      ["84392", "A", 4],
      ["22536", "A", 4],
    ]);
  });

  it("reads the person rows as resources and skips the available-hours, note and total rows", async () => {
    const p = readPortfolio(await readXlsx(labor), defaultRuleset());
    expect(p.resources.map((r) => r.name)).toEqual(["Harrison, George", "Lennon, John", "McCartney, Paul", "Starr, Ringo"]);
    const d = p.detections.filter((x) => x.entity === "assignments");
    expect(d.map((x) => [x.sheet, x.headerRow, x.layout, x.unit, x.dataRows])).toEqual([
      ["84392", 13, "wide", "hours", 4],
      ["22536", 13, "wide", "hours", 2],
    ]);
    // 84392: 12 + 12 + 10 + 2 filled month cells; 22536: 12 + 11.
    expect(p.assignments).toHaveLength(59);
    expect(p.assignments.every((a) => a.source.row >= 16 && a.source.row <= 19)).toBe(true);
  });

  it("converts hours to FTE with the sheet's working hours available per month", async () => {
    const p = readPortfolio(await readXlsx(labor), defaultRuleset());
    const jan = p.assignments.find((a) => a.projectId === "84392" && a.resource === "Lennon, John" && a.period === "2018-01")!;
    // 88 hours of 152 available in January 2018.
    expect(jan.allocation).toBeCloseTo(88 / 152, 6);
    expect({ sheet: jan.source.sheet, row: jan.source.row, cells: recordCells(jan.source) }).toMatchObject({ sheet: "84392", row: 17, cells: { resource: "A17", allocation: "B17" } });
    const lennonTotal = p.assignments.filter((a) => a.resource === "Lennon, John" && a.period === "2018-05").reduce((s, a) => s + (a.allocation ?? 0), 0);
    // May 2018: 96 h on each project, 160 h available -> 1.2 FTE across both.
    expect(lennonTotal).toBeCloseTo(192 / 160, 6);
  });
});

describe.skipIf(!sharedFiles("budgeteer resource plan reading", BUDGETEER))("budgeteer resource plan (day columns of hours, LibreOffice)", () => {
  it("reads day columns of hours as assignments per budget line", async () => {
    const p = readPortfolio(await readXlsx(budgeteer), defaultRuleset());
    const d = p.detections.find((x) => x.entity === "assignments")!;
    expect(d).toMatchObject({ how: "sheet-name", sheet: "Resource Plan", layout: "wide", unit: "hours" });
    expect(p.resources.map((r) => r.name)).toEqual(["Tom", "Max"]);
    const tom = p.assignments.filter((a) => a.resource === "Tom");
    // Tom's planned hours: 172 on Budget 1 and 32 on Budget 2, 8 h a day = 1 FTE.
    expect(tom.filter((a) => a.projectId === "Budget 1").reduce((s, a) => s + a.allocation! * 8, 0)).toBe(172);
    expect(tom.filter((a) => a.projectId === "Budget 2").reduce((s, a) => s + a.allocation! * 8, 0)).toBe(32);
    const jan3 = tom.find((a) => a.period === "2014-01-03" && a.projectId === "Budget 1")!;
    expect(jan3).toMatchObject({ allocation: 1, start: dayFromIso("2014-01-03"), source: { sheet: "Resource Plan", row: 2 } });
  });

  it("refuses projects with a reason that names what it found", async () => {
    const p = readPortfolio(await readXlsx(budgeteer), defaultRuleset());
    expect(p.projects).toEqual([]);
    const issue = p.issues.find((i) => i.kind === "missing-entity");
    expect(issue && "reason" in issue ? issue.reason : "").toMatch(/no Excel Table or sheet is named Projects.*found assignments on "Resource Plan"/);
  });

  it("leaves the file unchanged", async () => {
    const before = readFileSync(budgeteer);
    await readXlsx(budgeteer);
    expect(readFileSync(budgeteer).equals(before)).toBe(true);
  });
});
