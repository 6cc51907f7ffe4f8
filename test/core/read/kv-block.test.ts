/** Key/value blocks above a one-sheet-per-project plan: placeholder and blank values keep their cell. */
import { describe, expect, it } from "vitest";
import { GridView } from "../../../src/core/read/a1";
import { projectFromKeyValues, readKeyValues } from "../../../src/core/read/kv-block";
import { readPortfolio } from "../../../src/core/read/index";
import { runRules } from "../../../src/core/engine";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../../src/core/model/dates";
import type { CellValue } from "../../../src/workbook/grid";
import { sheet, source } from "../../fixtures/read/grid";

/** The labor planner's shape: keys in A, values in B, a monthly hours plan below. */
function planner(name: string, id: CellValue, manager: CellValue, hours: number[]): CellValue[][] {
  return [
    ["Project Labor Planning"],
    [],
    ["1a. Project Number:*", id, null, "1b. Proposal Number:*"],
    ["2. Title:", `Project ${name}`],
    ["5. Funding amount:"],
    ["7. Manager:", manager, manager],
    ["8. Comments (optional):"],
    ["Group Staff", "Jan-26", "Feb-26", "Mar-26", "Total"],
    ["Wkg Hrs Available =", 168, 160, 176, 504],
    ["Lennon, John", ...hours, hours.reduce((a, b) => a + b, 0)],
  ];
}

const pairs = (rows: CellValue[][]) => {
  const view = new GridView(sheet("84392", rows));
  return readKeyValues(view, 1, 7, 1, view.right);
};
const ctx = () => ({ date1904: false, hoursPerWeek: 40, issues: [] });
const projectOf = (rows: CellValue[][]) => projectFromKeyValues(new GridView(sheet("84392", rows)), pairs(rows), defaultRuleset(), ctx());

describe("key/value blocks", () => {
  it.each(["None", "N/A", "TBD", "-"])("records a placeholder value (%s) as empty at its cell", (placeholder) => {
    const rows = planner("A", 84392, placeholder, [80, 80, 80]);
    expect(pairs(rows).find((p) => p.field === "manager")).toEqual({ key: "Manager", field: "manager", value: null, row: 6, col: 2 });
    const { project } = projectOf(rows)!;
    expect(project.manager).toBeUndefined();
    expect(project.source.cells).toMatchObject({ id: "B3", name: "B4", manager: "B6" });
  });

  it("records a field's key with a blank value at the cell on its right, and keeps real values", () => {
    const rows = planner("A", 84392, "Lee", [80, 80, 80]);
    expect(pairs(rows).map((p) => [p.field, p.value, p.row, p.col])).toEqual([
      ["id", 84392, 3, 2],
      ["name", "Project A", 4, 2],
      ["budget", null, 5, 2],
      ["manager", "Lee", 6, 2],
    ]);
    expect(projectOf(rows)!.project).toMatchObject({ id: "84392", name: "Project A", manager: "Lee" });
  });

  it("takes no project from a placeholder ID", () => {
    expect(projectOf(planner("A", "TBD", "Lee", [80, 80, 80]))).toBeNull();
  });

  it("reports a placeholder Manager as an empty required field at its cell, per project", () => {
    const wb = source([sheet("84392", planner("A", 84392, "None", [80, 80, 80])), sheet("22536", planner("B", 22536, "", [100, 60, 40]))]);
    const { findings } = runRules(readPortfolio(wb, defaultRuleset()), defaultRuleset(), { asOf: dayFromIso("2026-11-25") });
    const required = findings.filter((f) => f.ruleId === "data/required-field");
    expect(required.map((f) => [f.message, f.location?.sheet, f.location?.cell])).toEqual([
      ["22536: Manager is required but is empty.", "22536", "B6"],
      ["84392: Manager is required but is empty.", "84392", "B6"],
    ]);
  });
});

describe("plans whose project comes from the key/value block", () => {
  it("are checked for over-allocation across the project sheets", () => {
    const wb = source([sheet("84392", planner("A", 84392, "Lee", [80, 80, 80])), sheet("22536", planner("B", 22536, "Kim", [100, 60, 40]))]);
    const { findings } = runRules(readPortfolio(wb, defaultRuleset()), defaultRuleset(), { asOf: dayFromIso("2026-11-25"), period: "month" });
    // January: 80 + 100 hours against 168 available = 1.07 FTE; February 140/160 and March 120/176 fit.
    const over = findings.filter((f) => f.ruleId === "resource/over-allocated");
    expect(over.map((f) => [f.resource, f.period, Number((f.data.peak as number).toFixed(4))])).toEqual([["Lennon, John", "2026-01", 1.0714]]);
  });
});

describe("a long plan under a key/value block", () => {
  it("takes its project from the block, reports no missing project column and is checked", () => {
    const jan = 46023; // 2026-01-01
    const wb = source([
      sheet("Assignments 84392", [
        ["Project Number:", 84392],
        ["Manager:", "Lee"],
        [],
        ["Resource", "Role", "Start Date", "End Date", "FTE %"],
        ["Ana", "Dev", jan, jan + 30, 0.8],
        ["Ana", "Dev", jan, jan + 30, 0.5],
      ]),
    ]);
    const p = readPortfolio(wb, defaultRuleset());
    expect(p.assignments.map((a) => [a.projectId, a.resource, a.allocation])).toEqual([
      ["84392", "Ana", 0.8],
      ["84392", "Ana", 0.5],
    ]);
    expect(p.issues.filter((i) => i.kind === "missing-column")).toEqual([]);
    const { findings, summary } = runRules(p, defaultRuleset(), { asOf: dayFromIso("2026-11-25"), period: "month" });
    expect(summary.skipped["resource/over-allocated"]).toBeUndefined();
    expect(findings.filter((f) => f.ruleId === "resource/over-allocated").map((f) => [f.resource, f.period, f.data.peak])).toEqual([["Ana", "2026-01", 1.3]]);
  });
});
