import { describe, expect, it } from "vitest";
import { runRuleModules, runRules } from "../../src/core/engine";
import { dayFromIso } from "../../src/core/model/dates";
import { defineRule, type Rule } from "../../src/core/rules/rule";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { loadRuleset } from "../../src/core/ruleset/load";
import { assignment, financial, gate, milestone, objective, portfolio, project, risk } from "../factories";

const asOf = dayFromIso("2026-06-15");

const flagEvery = (id: string, band?: "warning"): Rule =>
  defineRule({
    id,
    meta: { description: "test", defaultSeverity: "error", options: { n: { type: "number", default: 3, description: "n" } }, messages: { hit: "{projectId} n={n}" } },
    check({ portfolio: p, options, report }) {
      for (const x of p.projects) report({ messageId: "hit", data: { projectId: x.id, n: options.n }, projectId: x.id, location: { sheet: "Projects", cell: `A${x.source.row}`, row: x.source.row }, band });
    },
  });

const throwing = defineRule({
  id: "test/throws",
  meta: { description: "test", defaultSeverity: "error", options: {}, messages: { hit: "x" } },
  check({ report }) {
    report({ messageId: "hit", data: {} });
    throw new Error("boom");
  },
});

describe("runRules", () => {
  const two = portfolio({ projects: [project({ id: "B" }), project({ id: "A" })] });

  it("reports a throwing rule with its id and keeps running the others", () => {
    const result = runRuleModules(two, defaultRuleset(), { asOf }, [throwing, flagEvery("test/ok")]);
    expect(result.findings.map((f) => [f.ruleId, f.messageId])).toEqual([
      ["test/ok", "hit"],
      ["test/ok", "hit"],
      ["engine/rule-failed", "ruleFailed"],
    ]);
    expect(result.findings[2]).toMatchObject({ severity: "error", data: { ruleId: "test/throws", error: "boom" }, message: "Rule test/throws failed and was skipped: boom" });
  });

  it("treats an undeclared message id as a rule failure", () => {
    const bad = defineRule({ ...throwing, id: "test/bad", check: ({ report }) => report({ messageId: "nope", data: {} }) });
    expect(runRuleModules(two, defaultRuleset(), { asOf }, [bad]).findings.map((f) => f.data.error)).toEqual(['rule test/bad reported unknown message id "nope"']);
  });

  it("stamps rule id, severity and the filled message, with options defaulted and overridden", () => {
    const ruleset = defaultRuleset();
    ruleset.rules["test/ok"] = { severity: "info", options: { n: 7 } };
    const [first] = runRuleModules(two, ruleset, { asOf }, [flagEvery("test/ok")]).findings;
    expect(first).toEqual({ ruleId: "test/ok", severity: "info", messageId: "hit", message: "B n=7", data: { projectId: "B", n: 7 }, projectId: "B", location: { sheet: "Projects", cell: "A2", row: 2 } });
    expect(runRuleModules(two, defaultRuleset(), { asOf }, [flagEvery("test/ok")]).findings[0].message).toBe("B n=3");
  });

  it("caps warning-band findings at warning, and never raises a lower severity", () => {
    const ruleset = defaultRuleset();
    expect(runRuleModules(two, ruleset, { asOf }, [flagEvery("test/w", "warning")]).findings[0].severity).toBe("warning");
    ruleset.rules["test/w"] = { severity: "info" };
    expect(runRuleModules(two, ruleset, { asOf }, [flagEvery("test/w", "warning")]).findings[0].severity).toBe("info");
  });

  it("does not run rules that are off", () => {
    const ruleset = defaultRuleset();
    ruleset.rules["test/ok"] = { severity: "off" };
    expect(runRuleModules(two, ruleset, { asOf }, [flagEvery("test/ok")]).findings).toEqual([]);
  });

  it("runs a rule that defaults to off only when the ruleset gives it a severity", () => {
    const optIn: Rule = { ...flagEvery("test/opt-in"), meta: { ...flagEvery("test/opt-in").meta, defaultSeverity: "off" } };
    expect(runRuleModules(two, defaultRuleset(), { asOf }, [optIn]).findings).toEqual([]);
    const on = defaultRuleset();
    on.rules["test/opt-in"] = { severity: "warning" };
    expect(runRuleModules(two, on, { asOf }, [optIn]).findings.map((f) => f.severity)).toEqual(["warning", "warning"]);
  });

  it("skips a rule whose columns are missing and says why, once", () => {
    const p = portfolio({ projects: [project({ budget: 10, forecast: 50 }), project({ id: "P-2", budget: 10, forecast: 50 })], missingColumns: { projects: ["forecast"] } });
    const result = runRules(p, defaultRuleset(), { asOf });
    expect(result.findings.filter((f) => f.ruleId === "budget/forecast-variance")).toEqual([]);
    expect(result.summary.skipped["budget/forecast-variance"]).toBe("the Projects sheet has no forecast column");
  });

  it("skips rules whose entity is absent", () => {
    const result = runRules(portfolio({ projects: [project()] }), defaultRuleset(), { asOf });
    expect(result.summary.skipped).toMatchObject({ "gate/missing-approval": "no Gates sheet or table was found", "resource/over-allocated": "no Assignments sheet or table was found" });
  });

  it("orders findings by severity, sheet, row, column, then rule id", () => {
    const p = portfolio({
      projects: [
        project({ id: "P-1", stage: "Execution", manager: undefined, finish: "2026-01-01", lastUpdate: "2026-01-01", objective: "Growth" }),
        project({ id: "P-1", stage: "Doing", lastUpdate: "2026-01-01", objective: "Growth" }),
      ],
      gates: [gate({ projectId: "P-9" })],
    });
    const order = runRules(p, defaultRuleset(), { asOf }).findings.map((f) => `${f.severity} ${f.location?.sheet}!${f.location?.cell} ${f.ruleId}`);
    expect(order).toEqual([
      "error Gates!A2 data/unknown-reference",
      "error Projects!D2 data/required-field",
      "error Projects!E2 data/required-field",
      "error Projects!F2 gate/missing-approval",
      "error Projects!F2 gate/missing-approval",
      "error Projects!F2 gate/missing-approval",
      "error Projects!H2 data/required-field",
      "error Projects!J2 data/required-field",
      "error Projects!A3 data/duplicate-id",
      "error Projects!F3 data/unknown-stage",
      "warning Projects!I2 schedule/overdue",
      "warning Projects!N2 status/stale",
      "warning Projects!N3 status/stale",
    ]);
  });

  it("summarises counts, distinct projects and skipped rules", () => {
    const p = portfolio({ projects: [project({ id: "P-1", lastUpdate: "2026-01-01", objective: "Growth" }), project({ id: "p-1 ", manager: undefined, objective: "Growth" })] });
    const { summary } = runRules(p, defaultRuleset(), { asOf });
    expect(summary).toMatchObject({ error: 2, warning: 1, info: 0, total: 3, projects: 1 });
  });

  it("counts only the portfolio's projects as projects with findings, not ids that name none", () => {
    // A plan row naming PRJ-999 is a finding about the plan, not about a 2nd project of 1.
    const p = portfolio({ projects: [project({ id: "P-1", objective: "Growth" })], assignments: [assignment({ projectId: "PRJ-999" })] });
    const { findings, summary } = runRules(p, defaultRuleset(), { asOf });
    expect(findings.some((f) => f.ruleId === "data/unknown-reference" && f.projectId === "PRJ-999")).toBe(true);
    expect(summary.projects).toBeLessThanOrEqual(1);
    expect(summary.projects).toBe(new Set(findings.filter((f) => f.projectId === "P-1").map((f) => f.projectId)).size);
  });

  it("runs the ruleset's custom rules after the built-in ones", () => {
    const loaded = loadRuleset({ customRules: [{ id: "named", assert: "!empty(name)", message: "{id} has no name" }] });
    if (!loaded.ok) throw new Error("invalid");
    const result = runRules(portfolio({ projects: [project()] }), loaded.ruleset, { asOf });
    expect(result.findings.map((f) => f.ruleId)).toContain("custom/named");
  });

  it("runs every built-in rule on a clean portfolio without findings", () => {
    const p = portfolio({
      projects: [project({ id: "P-1", stage: "Execution", sponsor: "S", budget: 100, forecast: 100, actualCost: 40, percentComplete: 0.5, start: "2026-01-01", finish: "2026-12-31", lastUpdate: "2026-06-10", objective: "Grow digital revenue", strategicScore: 80 })],
      gates: ["G0", "G1", "G2"].map((g, k) => gate({ projectId: "P-1", gate: g, date: `2026-0${k + 1}-10`, artifacts: { "Business Case": "bc", "Project Plan": "pp", "Closure Report": undefined } })),
      assignments: [assignment({ projectId: "P-1", start: "2026-01-01", finish: "2026-12-31", allocation: 0.8 })],
      milestones: [milestone({ projectId: "P-1", baseline: "2026-09-01", forecast: "2026-09-08" }), milestone({ projectId: "P-1", name: "Kick-off", baseline: "2026-01-15", actual: "2026-01-20" })],
      risks: [risk({ projectId: "P-1", probability: 3, impact: 3, scale: 3, owner: "Ana", mitigation: "Second supplier", reviewDate: "2026-07-01" }), risk({ id: "I-1", type: "Issue", projectId: "P-1", owner: "Ben", mitigation: "Escalate", status: "Closed" })],
      objectives: [objective({ name: "Grow digital revenue", weight: 1 })],
    });
    const result = runRules(p, defaultRuleset(), { asOf });
    expect(result.findings).toEqual([]);
    expect(result.summary.skipped).toEqual({});
  });
});

describe("metrics", () => {
  const p = portfolio({
    projects: [
      project({ id: "E", name: "ERP", program: "IT", stage: "Execution", budget: 1000, percentComplete: 0.5, actualCost: 400, start: "2026-01-01", finish: "2026-12-31" }),
      project({ id: "F", stage: "Execution", budget: 2000, percentComplete: 0.25, actualCost: 600 }),
      project({ id: "I", stage: "Idea", budget: 5000 }),
    ],
    gates: [gate({ projectId: "E", gate: "G0", date: "2026-01-02" }), gate({ projectId: "E", gate: "G1", decision: "Rejected" }), gate({ projectId: "F", gate: "G2", decision: "Pending" })],
    financials: [financial({ projectId: "F", periodEnd: "2026-03-31", plannedValue: 300 }), financial({ projectId: "F", periodEnd: "2026-06-30", plannedValue: 700 })],
  });
  const { metrics } = runRules(p, defaultRuleset(), { asOf });

  it("computes earned value for projects in executing stages, naming the EAC formula", () => {
    expect(metrics.eacFormula).toBe("EAC = BAC / CPI");
    expect(metrics.earnedValue.map((e) => e.projectId)).toEqual(["E", "F"]);
    const e = metrics.earnedValue[0];
    expect(e).toMatchObject({ name: "ERP", program: "IT", stage: "Execution", bac: 1000, ev: 500, ac: 400, cpi: 1.25, pvSource: "schedule", eac: 800, etc: 400, vac: 200 });
    expect(e.pv).toBeCloseTo((1000 * 166) / 365, 6);
    expect(e.tcpi).toBeCloseTo(500 / 600, 9);
    expect(metrics.earnedValue[1]).toMatchObject({ pv: 300, pvSource: "financials", ev: 500, spi: 500 / 300 });
  });

  it("sums the portfolio's earned value", () => {
    expect(metrics.portfolioEv).toMatchObject({ bac: 3000, ev: 1000, ac: 1000, cpi: 1 });
  });

  it("builds the gate matrix with passed, rejected, pending, missing and not-due cells", () => {
    const row = (id: string) => metrics.gateMatrix.rows.find((r) => r.projectId === id)!.cells.map((c) => c.status);
    expect(metrics.gateMatrix.gates.map((g) => g.id)).toEqual(["G0", "G1", "G2", "G3", "G4"]);
    expect(row("E")).toEqual(["passed", "rejected", "missing", "not-due", "not-due"]);
    expect(row("F")).toEqual(["missing", "missing", "pending", "not-due", "not-due"]);
    expect(row("I")).toEqual(["not-due", "not-due", "not-due", "not-due", "not-due"]);
    expect(metrics.gateMatrix.rows[0].cells[0]).toMatchObject({ decision: "Approved", date: dayFromIso("2026-01-02"), location: { sheet: "Gates", cell: "C2", row: 2 } });
  });

  it("uses the period given to the run, else the ruleset's", () => {
    expect(runRules(p, defaultRuleset(), { asOf }).period).toBe("month");
    expect(runRules(p, { ...defaultRuleset(), period: "week" }, { asOf }).period).toBe("week");
    expect(runRules(p, { ...defaultRuleset(), period: "week" }, { asOf, period: "month" }).period).toBe("month");
  });
});

describe("progress of a run", () => {
  it("tells each step, the shared figures first, up to done = total", () => {
    const steps: [number, number][] = [];
    runRuleModules(portfolio({ projects: [project({ id: "P-1" })] }), defaultRuleset(), { asOf, onProgress: (done, total) => steps.push([done, total]) }, [flagEvery("test/a"), flagEvery("test/b")]);
    expect(steps).toEqual([[1, 3], [2, 3], [3, 3]]);
  });

  it("finds the same with or without a progress listener", () => {
    const p = portfolio({ projects: [project({ id: "P-1", stage: "Execution" })] });
    expect(runRules(p, defaultRuleset(), { asOf, onProgress: () => undefined }).findings).toEqual(runRules(p, defaultRuleset(), { asOf }).findings);
  });
});
