/** Key/value block values are read as a projects table reads its cells: dates, money, stages, RAG, issues. */
import { afterAll, describe, expect, it } from "vitest";
import { GridView } from "../../../src/core/read/a1";
import { projectFromKeyValues, readKeyValues } from "../../../src/core/read/kv-block";
import { readPortfolio } from "../../../src/core/read/index";
import { runRules } from "../../../src/core/engine";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../../src/core/model/dates";
import type { ReadIssue } from "../../../src/core/model/portfolio";
import type { CellValue } from "../../../src/workbook/grid";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { sheet } from "../../fixtures/read/grid";
import { cleanupWorkbooks, utc, writeWorkbook } from "../../fixtures/read/workbook";

afterAll(cleanupWorkbooks);

const day = dayFromIso;

/** A block over rows 1..n of column A/B (and beyond), read as the plan reader does. */
function read(rows: CellValue[][], formats?: (string | null)[][], date1904 = false) {
  const view = new GridView(sheet("84392", rows, formats ? { formats } : {}));
  const issues: ReadIssue[] = [];
  const pairs = readKeyValues(view, 1, rows.length, 1, view.right);
  const kv = projectFromKeyValues(view, pairs, defaultRuleset(), { date1904, hoursPerWeek: 40, issues });
  return { pairs, project: kv!.project, keys: kv!.keys, issues };
}

describe("key/value block values", () => {
  it("reads a serial with a date format as a date, and text dates as the table does", () => {
    const { project } = read(
      [["Project Number:", 84392], ["Start date:", 46082], ["Finish:", "2026-12-31"], ["Status date", null], ["Status date:", "15 Nov 2026"]],
      [[], [null, "dd/mm/yyyy"]],
    );
    expect(project).toMatchObject({ id: "84392", start: day("2026-03-01"), finish: day("2026-12-31"), lastUpdate: day("2026-11-15") });
  });

  it("reads the 1904 date system's serials in it", () => {
    const { project } = read([["Project Number:", "P-1"], ["Start date:", 44620]], [[], [null, "yyyy-mm-dd"]], true);
    expect(project.start).toBe(day("2026-03-01"));
  });

  it("decides the slash order over the block's dates together, as over a column", () => {
    // 12/31 only makes sense month-first, so 03/02 is 2 March, not 3 February.
    const { project } = read([["Project Number:", "P-1"], ["Start date:", "03/02/2026"], ["Finish date:", "12/31/2026"]]);
    expect([project.start, project.finish]).toEqual([day("2026-03-02"), day("2026-12-31")]);
    const dmy = read([["Project Number:", "P-1"], ["Start date:", "03/02/2026"], ["Finish date:", "31/12/2026"]]).project;
    expect([dmy.start, dmy.finish]).toEqual([day("2026-02-03"), day("2026-12-31")]);
  });

  it("reads money text, percentages, a stage alias and a RAG word", () => {
    const { project, issues } = read([
      ["1a. Project Number:*", 84392],
      ["5. Funding amount:", "$1.2M"],
      ["Forecast/EAC:", "RM 1,350,000"],
      ["Actual cost:", "250k"],
      ["% Complete:", "40%"],
      ["Stage:", "3 - Delivery"],
      ["RAG:", "Amber"],
    ]);
    expect(project).toMatchObject({ budget: 1_200_000, forecast: 1_350_000, actualCost: 250_000, percentComplete: 0.4, stage: "Execution", stageIndex: 3, status: "Amber" });
    expect(project.source.cells).toMatchObject({ budget: "B2", forecast: "B3", actualCost: "B4", percentComplete: "B5", stage: "B6", status: "B7" });
    expect(issues).toEqual([]);
  });

  it("reads a bare progress number on the 0-100 scale its key names, and an amount key's unit", () => {
    const { project } = read([["Project Number:", "P-1"], ["% Complete:", 40], ["Budget (k$):", 250]]);
    expect(project).toMatchObject({ percentComplete: 0.4, budget: 250_000 });
  });

  it("reports an unreadable value as invalid at its value cell and leaves the field empty", () => {
    const { project, issues } = read([
      ["Project Number:", 84392, null, "Budget:", null, "lots"],
      ["Start date:", "next spring"],
      ["RAG:", "Purple"],
    ]);
    expect(project.budget).toBeUndefined();
    expect(project.start).toBeUndefined();
    expect(project.status).toBeUndefined();
    expect(issues.map((i) => i.kind === "invalid-value" && [i.field, i.expected, i.raw, i.projectId, i.location.cell])).toEqual([
      ["budget", "amount", "lots", "84392", "F1"],
      ["start", "date", "next spring", "84392", "B2"],
      ["status", "status", "Purple", "84392", "B3"],
    ]);
  });

  it("keeps a plain Status key's free text as the raw status, without an issue", () => {
    const { project, issues } = read([["Project Number:", 84392], ["Status:", null, "On hold pending funding"]]);
    expect(project).toMatchObject({ statusRaw: "On hold pending funding" });
    expect(project.status).toBeUndefined();
    expect(project.source.cells).toMatchObject({ status: "C2" });
    expect(issues).toEqual([]);
  });

  it("treats placeholders as missing values at their cells, without issues", () => {
    const { project, issues } = read([["Project Number:", "P-1"], ["Finish:", "TBD"], ["Budget:", "-"]]);
    expect(project.finish).toBeUndefined();
    expect(project.budget).toBeUndefined();
    expect(project.source.cells).toMatchObject({ finish: "B2", budget: "B3" });
    expect(issues).toEqual([]);
  });

  it("reads a combined start and end from two cells around 'through', or from one 'd1 - d2' text", () => {
    const two = read([["Project Number:", "P-1"], ["4. Start & End Dates:", 46082, "through", 46387]], [[], [null, "m/d/yyyy", null, "m/d/yyyy"]]);
    expect(two.project).toMatchObject({ start: day("2026-03-01"), finish: day("2026-12-31") });
    expect(two.project.source.cells).toMatchObject({ start: "B2", finish: "D2" });
    expect(two.keys).toMatchObject({ start: "Start & End Dates", finish: "Start & End Dates" });
    const one = read([["Project Number:", "P-1"], ["Start & End Dates:", "1 Mar 2026 - 30 Jun 2026"]]);
    expect(one.project).toMatchObject({ start: day("2026-03-01"), finish: day("2026-06-30") });
    expect(one.project.source.cells).toMatchObject({ start: "B2", finish: "B2" });
  });

  it("records an empty date range template at its two cells, not 'through' as a value", () => {
    const { project, pairs } = read([["1a. Project Number:*", 84392], ["4. Start & End Dates:", null, "through"], ["6. Probability %:", 80]]);
    expect(pairs.filter((p) => p.key === "Start & End Dates").map((p) => [p.field, p.value, p.col])).toEqual([
      ["start", null, 2],
      ["finish", null, 4],
    ]);
    expect(project.extra).toEqual({ probabilityPercent: 80 });
  });
});

describe("a one-sheet-per-project workbook read from .xlsx", () => {
  it("checks the block's dates and money: finish before start, forecast over budget", async () => {
    const path = await writeWorkbook([
      {
        name: "84392",
        rows: [
          ["Project Labor Planning"],
          [],
          ["1a. Project Number:*", 84392],
          ["2. Title:", "Meet the Beatles!"],
          ["4. Start & End Dates:", utc("2026-09-01"), "through", "2026-03-31"],
          ["5. Funding amount:", "$100,000"],
          ["Forecast/EAC:", 130000],
          ["7. Manager:", "Lee"],
          [],
          ["Group Staff", "Jan-26", "Feb-26", "Mar-26", "Total"],
          ["Lennon, John", 80, 80, 80, 240],
        ],
        dateFormat: "dd/mm/yyyy",
      },
    ]);
    const portfolio = readPortfolio(await readXlsx(path), defaultRuleset());
    expect(portfolio.projects).toHaveLength(1);
    expect(portfolio.projects[0]).toMatchObject({ id: "84392", name: "Meet the Beatles!", start: day("2026-09-01"), finish: day("2026-03-31"), budget: 100_000, forecast: 130_000 });
    const { findings } = runRules(portfolio, defaultRuleset(), { asOf: day("2026-11-25") });
    const at = (id: string) => findings.filter((f) => f.ruleId === id).map((f) => [f.projectId, f.location?.sheet, f.location?.cell]);
    expect(at("data/date-order")).toEqual([["84392", "84392", "D5"]]);
    expect(at("budget/forecast-variance")).toEqual([["84392", "84392", "B7"]]);
  });
});
