import { describe, expect, it } from "vitest";
import { allocationUnit } from "../../../src/core/read/entities/assignments-long";
import { readPortfolio } from "../../../src/core/read/index";
import { dayFromIso, serialFromDay } from "../../../src/core/model/dates";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { sheet, source } from "../../fixtures/read/grid";

const s = (iso: string) => serialFromDay(dayFromIso(iso));
const projects = sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Execution"]]);
const plan = (header: string, values: (string | number)[]) =>
  readPortfolio(source([projects, sheet("Assignments", [["Project", "Resource", "Start", "Finish", header], ...values.map((v) => ["P1", "Ana", s("2026-03-02"), s("2026-03-13"), v])])]), defaultRuleset());

describe("long-form allocation units", () => {
  it.each([
    ["Allocation", "fte"],
    ["FTE", "fte"],
    ["Hours per week", "hoursPerWeek"],
    ["Weekly hours", "hoursPerWeek"],
    ["Hours/day", "hoursPerDay"],
    ["Work", "totalHours"],
    ["Planned Hours", "totalHours"],
    ["Effort (h)", "totalHours"],
    ["Effort %", "fte"],
  ] as const)("%s is %s", (header, unit) => expect(allocationUnit(header)).toBe(unit));

  it("turns total effort over the dates into FTE", () => {
    // 2–13 March 2026: 10 working days, 80 hours at 8 h a day = 1.0 FTE.
    expect(plan("Work", [80, "40 hrs", "5 days", "1 week"]).assignments.map((a) => a.allocation)).toEqual([1, 0.5, 0.5, 0.5]);
  });

  it("turns hours per week and per day into FTE", () => {
    expect(plan("Hours per week", [20]).assignments[0].allocation).toBe(0.5);
    expect(plan("Hours per day", [6]).assignments[0].allocation).toBe(0.75);
  });

  it("reports effort it cannot read", () => {
    const p = plan("Work", ["lots"]);
    expect(p.assignments[0].allocation).toBeUndefined();
    expect(p.issues).toContainEqual(expect.objectContaining({ kind: "invalid-value", field: "allocation", raw: "lots", location: { sheet: "Assignments", cell: "E2", row: 2 } }));
  });
});
