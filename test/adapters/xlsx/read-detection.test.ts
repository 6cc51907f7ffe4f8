import { afterAll, describe, expect, it } from "vitest";
import { cleanupWorkbooks, readBack, rulesetWith, utc } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";
import { GENERATED_MARKER, EMBEDDED_RULESET_SHEET } from "../../../src/workbook/sheet-spec";
import { fieldCell } from "../../../src/core/model/record-source";

afterAll(cleanupWorkbooks);

describe("locating entities", () => {
  it("reads an Excel Table named like the entity, wherever it sits", async () => {
    const rows: Cell[][] = [["Project Code", "Project Name", "Phase", "Budget"], ["T1", "Tabled", "Planning", 100], ["T2", "Also tabled", "Execution", 200]];
    const { portfolio, source } = await readBack([{ name: "Data", rows, table: { name: "tblProjects", ref: "C4" } }]);
    expect(source.tables).toEqual([{ name: "tblProjects", sheet: "Data", ref: "C4:F6", hasHeader: true }]);
    expect(portfolio.detections[0]).toMatchObject({ entity: "projects", how: "table", table: "tblProjects", headerRow: 4, dataRows: 2 });
    expect(portfolio.projects.map((p) => [p.id, p.budget, fieldCell(p.source, "id")])).toEqual([
      ["T1", 100, "C5"],
      ["T2", 200, "C6"],
    ]);
  });

  it("finds projects by content on a sheet with an unrelated name", async () => {
    const rows: Cell[][] = [["Status report"], [], ["Ref", "Initiative", "Owner", "Stage", "RAG"], ["R1", "Thing", "Ana", "Idea", "A"]];
    const { portfolio } = await readBack([{ name: "Notes", rows: [["just some notes"]] }, { name: "Sheet1", rows }]);
    expect(portfolio.detections[0]).toMatchObject({ entity: "projects", how: "content", sheet: "Sheet1", headerRow: 3 });
    expect(portfolio.projects[0]).toMatchObject({ id: "R1", name: "Thing", manager: "Ana", status: "Amber" });
  });

  it("reads a two-row header with group labels merged over the columns", async () => {
    const rows: Cell[][] = [
      ["ID", "Name", "Dates", null, "Cost", null, "Stage"],
      [null, null, "Start", "Finish", "Budget", "Actual Cost", null],
      ["P1", "Alpha", "2026-01-01", "2026-06-30", 100, 50, "Execution"],
    ];
    const { portfolio } = await readBack([{ name: "Projects", rows, merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2"] }]);
    const d = portfolio.detections[0];
    expect(d.headerRow).toBe(2);
    expect(Object.keys(d.columns).sort()).toEqual(["actualCost", "budget", "finish", "id", "name", "stage", "start"]);
    expect(portfolio.projects[0]).toMatchObject({ id: "P1", budget: 100, actualCost: 50, stage: "Execution" });
  });

  const generated: Cell[][] = [[`${GENERATED_MARKER} on 2026-03-01`], ["ID", "Name", "Stage", "Manager", "Budget"], ["G1", "Ghost", "Idea", "X", 1]];
  const real: Cell[][] = [["ID", "Name", "Stage", "Manager", "Budget"], ["P1", "Real", "Idea", "Y", 2]];
  const ruleset: Cell[][] = [["PMO Rulebook ruleset"], ['{"name":"x"}']];

  it("skips the sheets the product's marker names claim and the embedded ruleset sheet", async () => {
    const sheets = [
      { name: "Portfolio Summary", rows: generated },
      { name: EMBEDDED_RULESET_SHEET, rows: ruleset, state: "veryHidden" as const },
      { name: "Sheet2", rows: real },
    ];
    const { portfolio } = await readBack(sheets, { names: { _PMORulebook_Generated_summary: "'Portfolio Summary'!$A$1" } });
    expect(portfolio.projects.map((p) => p.id)).toEqual(["P1"]);
  });

  it("reads a register whose top cell says it was generated, when no marker name claims it", async () => {
    const { portfolio } = await readBack([{ name: "Portfolio Summary", rows: generated }, { name: "Sheet2", rows: real }]);
    expect(portfolio.projects.map((p) => p.id).sort()).toEqual(["G1", "P1"]);
  });

  it("says precisely why projects are missing", async () => {
    const { portfolio } = await readBack([{ name: "Notes", rows: [["Minutes of the board"], ["Item", "Owner"], ["Budget review", "Ana"]] }]);
    expect(portfolio.projects).toEqual([]);
    const issue = portfolio.issues.find((i) => i.kind === "missing-entity");
    expect(issue).toMatchObject({ kind: "missing-entity", entity: "projects" });
    expect(issue && "reason" in issue ? issue.reason : "").toContain('"Notes"');
  });

  it("reports a required column that no sheet has", async () => {
    const { portfolio } = await readBack([{ name: "Projects", rows: [["ID", "Name", "Stage", "Budget"], ["P1", "A", "Idea", 1]] }]);
    expect(portfolio.issues).toContainEqual({ kind: "missing-column", entity: "projects", field: "manager", sheet: "Projects" });
  });
});

describe("the ruleset's mapping", () => {
  it("overrides sheet, header row and column names", async () => {
    const rows: Cell[][] = [
      ["ID", "Name", "Stage"],
      ["decoy", "row", "Idea"],
      [],
      ["Ref No", "Title", "Where", "Money", "Boss"],
      ["M1", "Mapped", "Planning", 500, "Ana"],
    ];
    const ruleset = rulesetWith({ mapping: { projects: { sheet: "Stuff", headerRow: 4, columns: { id: "Ref No", stage: "Where", budget: "Money", manager: "E" } } } });
    const { portfolio } = await readBack([{ name: "Projects", rows: [["ID", "Name"], ["X", "Not me"]] }, { name: "Stuff", rows }], { ruleset });
    expect(portfolio.detections[0]).toMatchObject({ how: "mapping", sheet: "Stuff", headerRow: 4 });
    expect(portfolio.projects).toHaveLength(1);
    expect(portfolio.projects[0]).toMatchObject({ id: "M1", name: "Mapped", stage: "Planning", budget: 500, manager: "Ana" });
  });

  it("forces the wide layout and the hours unit", async () => {
    const rows: Cell[][] = [["Project ID", "Resource", "2026-01", "2026-02"], ["P1", "Ana", 2, 1]];
    const ruleset = rulesetWith({ mapping: { assignments: { sheet: "Plan", layout: "wide", unit: "hours" } } });
    const { portfolio } = await readBack([{ name: "Projects", rows: [["ID", "Name", "Stage", "Manager"], ["P1", "A", "Idea", "X"]] }, { name: "Plan", rows }], { ruleset });
    expect(portfolio.detections.find((d) => d.entity === "assignments")).toMatchObject({ how: "mapping", unit: "hours", layout: "wide" });
    expect(portfolio.assignments[0].allocation).toBeCloseTo(2 / (22 * 8), 6);
  });

  it("reads the Excel Table the mapping names", async () => {
    const rows: Cell[][] = [["Key", "Title", "Where"], ["K1", "Keyed", "Idea"]];
    const ruleset = rulesetWith({ mapping: { projects: { table: "Intake", columns: { id: "Key", stage: "Where" } } } });
    const { portfolio } = await readBack([{ name: "Projects", rows: [["ID", "Name"], ["X", "Not me"]] }, { name: "Forms", rows, table: { name: "Intake", ref: "B2" } }], { ruleset });
    expect(portfolio.detections[0]).toMatchObject({ how: "mapping", table: "Intake", sheet: "Forms", headerRow: 2 });
    expect(portfolio.projects.map((p) => [p.id, p.name, p.stage, fieldCell(p.source, "id")])).toEqual([["K1", "Keyed", "Idea", "B3"]]);
  });

  it("reports a mapped sheet that does not exist", async () => {
    const ruleset = rulesetWith({ mapping: { projects: { sheet: "Nope" } } });
    const { portfolio } = await readBack([{ name: "Projects", rows: [["ID", "Name"], ["P1", "A"]] }], { ruleset });
    expect(portfolio.projects).toEqual([]);
    expect(portfolio.issues).toContainEqual({ kind: "missing-entity", entity: "projects", reason: 'the ruleset maps projects to "Nope", which is neither a sheet nor an Excel Table in this workbook' });
  });
});

describe("time zones", () => {
  it("reads a date the same whatever the machine's zone", async () => {
    const { portfolio } = await readBack([{ name: "Projects", rows: [["ID", "Name", "Stage", "Start"], ["P1", "A", "Idea", utc("2026-03-08")]] }]);
    expect(portfolio.projects[0].start).toBe(20520);
  });
});
