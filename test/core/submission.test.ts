import { rules } from "../../src/core/rules/registry";
import { describe, expect, it } from "vitest";
import { rulesNotRun, rulesSwitchedOff, ruleSeverity, submissionVerdict } from "../../src/core/submission";
import { runRules } from "../../src/core/engine";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import type { Ruleset } from "../../src/core/ruleset/types";
import type { Portfolio } from "../../src/core/model/portfolio";
import { portfolio, project, risk } from "../factories";

const asOf = 20_000;

function check(p: Portfolio, ruleset: Ruleset = defaultRuleset()) {
  return { ruleset, portfolio: p, result: runRules(p, ruleset, { asOf }) };
}

function summaryOnly(error: number, skipped: Record<string, string> = {}) {
  return { error, warning: 2, info: 0, total: error + 2, projects: 1, skipped };
}

describe("submissionVerdict", () => {
  it("passes a checked register with no error, whatever its warnings", () => {
    const verdict = submissionVerdict({ ruleset: defaultRuleset(), portfolio: { projects: [project()] }, result: { summary: summaryOnly(0) } });
    expect(verdict).toMatchObject({ result: "PASS", blockers: [], warnings: 2, projects: 1 });
  });

  it("fails a workbook in which no project register was found", () => {
    const verdict = submissionVerdict(check(portfolio({ noDetections: true })));
    expect(verdict.result).toBe("FAIL");
    expect(verdict.blockers[0]).toEqual({ kind: "no-projects" });
  });

  it("fails when a rule the ruleset treats as an error could not run", () => {
    // No gate log: gate/missing-approval (an error rule) cannot run.
    const verdict = submissionVerdict(check(portfolio({ projects: [project({ stage: "Execution" })] })));
    expect(verdict.result).toBe("FAIL");
    expect(verdict.blockers).toContainEqual({ kind: "error-rules-not-run", ruleIds: expect.arrayContaining(["gate/missing-approval", "gate/rejected"]) });
    expect(verdict.notRun.find((r) => r.ruleId === "gate/missing-approval")).toMatchObject({ severity: "error", reason: "no Gates sheet or table was found" });
  });

  it("lists but does not block on rules at warning that could not run", () => {
    const verdict = submissionVerdict({ ruleset: defaultRuleset(), portfolio: { projects: [project()] }, result: { summary: summaryOnly(0, { "status/stale": "the Projects sheet has no lastUpdate column" }) } });
    expect(verdict.result).toBe("PASS");
    expect(verdict.notRun).toEqual([{ ruleId: "status/stale", severity: "warning", reason: "the Projects sheet has no lastUpdate column", description: expect.any(String) }]);
  });

  it("lists but does not block on error rules that need an optional register the workbook does not have", () => {
    // No Milestones and no RAID log: milestone/slipped and risk/no-mitigation (error rules) cannot run.
    const p = portfolio({ projects: [project({ stage: "Execution" })], gates: [], sheets: ["gates", "resources", "assignments", "financials"] });
    const verdict = submissionVerdict(check(p));
    const slipped = verdict.notRun.find((r) => r.ruleId === "milestone/slipped");
    expect(slipped).toMatchObject({ severity: "error", absentRegister: "Milestones" });
    expect(verdict.notRun.find((r) => r.ruleId === "risk/no-mitigation")).toMatchObject({ severity: "error", absentRegister: "Risks" });
    expect(verdict.blockers.flatMap((b) => (b.kind === "error-rules-not-run" ? b.ruleIds : []))).not.toContain("milestone/slipped");
  });

  it("blocks on such a rule when the ruleset sets it itself, or when the register is there without the column", () => {
    const ruleset = { ...defaultRuleset(), rules: { "milestone/slipped": { severity: "error" as const } } };
    const without = submissionVerdict(check(portfolio({ projects: [project()] }), ruleset));
    expect(without.blockers).toContainEqual({ kind: "error-rules-not-run", ruleIds: expect.arrayContaining(["milestone/slipped"]) });
    const noColumn = submissionVerdict(check(portfolio({ projects: [project()], risks: [risk()], missingColumns: { risks: ["mitigation"] } })));
    expect(noColumn.blockers).toContainEqual({ kind: "error-rules-not-run", ruleIds: expect.arrayContaining(["risk/no-mitigation"]) });
  });

  it("fails on errors and says how many", () => {
    const verdict = submissionVerdict({ ruleset: defaultRuleset(), portfolio: { projects: [project()] }, result: { summary: summaryOnly(3) } });
    expect(verdict.blockers).toEqual([{ kind: "errors", count: 3 }]);
  });
});

describe("rule severities in a ruleset", () => {
  const ruleset: Ruleset = {
    ...defaultRuleset(),
    rules: { "budget/cpi": { severity: "off" }, "status/stale": { severity: "error" } },
    customRules: [{ id: "sponsor", description: "Sponsor named", entity: "projects", assert: "sponsor != ''", severity: "off", message: "No sponsor" }],
  };

  it("reads built-in and custom severities by the ids findings carry", () => {
    expect(ruleSeverity(ruleset, "status/stale")).toBe("error");
    expect(ruleSeverity(ruleset, "schedule/overdue")).toBe("warning");
    expect(ruleSeverity(ruleset, "custom/sponsor")).toBe("off");
    expect(ruleSeverity(ruleset, "no/such-rule")).toBeUndefined();
  });

  it("lists the rules switched off", () => {
    // Built-in rules first, then custom rules (by the ids findings carry), each sorted; a rule off by
    // default was not switched off.
    expect(rules.some((r) => r.meta.defaultSeverity === "off")).toBe(true);
    expect(rulesSwitchedOff(ruleset)).toEqual(["budget/cpi", "custom/sponsor"]);
    expect(rulesSwitchedOff({ ...ruleset, rules: { ...ruleset.rules, "strategy/low-value": { severity: "off" } } })).toEqual(["budget/cpi", "custom/sponsor"]);
  });

  it("puts error rules first among the rules that could not run", () => {
    const list = rulesNotRun(ruleset, { summary: summaryOnly(0, { "schedule/overdue": "no finish", "status/stale": "no last update" }) });
    expect(list.map((r) => [r.ruleId, r.severity])).toEqual([["status/stale", "error"], ["schedule/overdue", "warning"]]);
  });
});
