import { describe, expect, it } from "vitest";
import rule from "../../../../src/core/rules/strategy/low-value";
import { COLUMNS, portfolio, project } from "../../../factories";
import { ruleTester, runRule } from "../rule-tester";

const on = { ruleset: { rules: { "strategy/low-value": "warning" } } };
const one = (fields: Parameters<typeof project>[0]) => portfolio({ projects: [project({ stage: "Execution", ...fields })] });

ruleTester(rule, {
  valid: [
    { name: "a high score on a large budget", ...on, portfolio: one({ strategicScore: 80, budget: 5_000_000 }) },
    { name: "a low score on a small budget", ...on, portfolio: one({ strategicScore: 20, budget: 200_000 }) },
    { name: "no score", ...on, portfolio: one({ budget: 5_000_000 }) },
    { name: "a closed project", ...on, portfolio: one({ stage: "Closed", strategicScore: 10, budget: 5_000_000 }) },
  ],
  invalid: [
    {
      name: "a low score on a large budget",
      ...on,
      portfolio: one({ id: "P-3", strategicScore: 30, budget: 2_500_000 }),
      findings: [{ messageId: "lowValue", projectId: "P-3", at: `Projects!${COLUMNS.projects.strategicScore}2`, severity: "warning", data: { score: 30, minScore: 50, budget: 2_500_000 } }],
    },
    {
      name: "the PMO's own scale (1–5, floor 3, over 250k)",
      ruleset: { rules: { "strategy/low-value": { severity: "warning", options: { minScore: 3, budgetAbove: 250_000 } } } },
      portfolio: one({ strategicScore: 2, budget: 300_000 }),
      findings: [{ messageId: "lowValue", data: { minScore: 3, budgetAbove: 250_000 } }],
    },
  ],
});

describe("strategy/low-value by default", () => {
  it("is off", () => {
    expect(runRule(rule, { name: "default", portfolio: one({ strategicScore: 1, budget: 9_000_000 }) }).findings).toEqual([]);
  });
});
