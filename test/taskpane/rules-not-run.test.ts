import { describe, expect, it } from "vitest";
import { registersAbsent } from "../../src/taskpane/check/RulesNotRun";
import { rulesNotRun } from "../../src/core/submission";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";

const skipped = {
  "gate/missing-approval": "no Gates sheet or table was found",
  "milestone/slipped": "no Milestones sheet or table was found",
  "milestone/overdue": "no Milestones sheet or table was found",
  "risk/no-mitigation": "no Risks sheet or table was found",
};

describe("rules that did not run, in the pane", () => {
  it("are grouped by the optional register the workbook does not keep, apart from the rules that could not run", () => {
    const portfolio = { projects: [], detections: [] };
    const notRun = rulesNotRun(defaultRuleset(), { summary: { skipped } as never }, portfolio);
    expect(notRun.filter((r) => r.absentRegister === undefined).map((r) => r.ruleId)).toEqual(["gate/missing-approval"]);
    expect(registersAbsent(notRun)).toEqual([
      ["Milestones", ["milestone/slipped", "milestone/overdue"]],
      ["Risks", ["risk/no-mitigation"]],
    ]);
  });

  it("count a rule the ruleset sets itself as not run, whatever register it reads", () => {
    const ruleset = { ...defaultRuleset(), rules: { "milestone/slipped": { severity: "error" as const } } };
    const notRun = rulesNotRun(ruleset, { summary: { skipped } as never }, { projects: [], detections: [] });
    expect(notRun.filter((r) => r.absentRegister === undefined).map((r) => r.ruleId)).toEqual(["gate/missing-approval", "milestone/slipped"]);
    // Error rules first.
    expect(registersAbsent(notRun)).toEqual([
      ["Risks", ["risk/no-mitigation"]],
      ["Milestones", ["milestone/overdue"]],
    ]);
  });
});
