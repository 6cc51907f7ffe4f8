import rule from "../../../../src/core/rules/budget/cpi";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const one = (fields: Parameters<typeof project>[0]) => portfolio({ projects: [project({ stage: "Execution", budget: 1000, ...fields })] });

ruleTester(rule, {
  valid: [
    { name: "CPI 1.0", portfolio: one({ percentComplete: 0.5, actualCost: 500 }) },
    { name: "CPI exactly 0.95", portfolio: one({ percentComplete: 0.475, actualCost: 500 }) },
    { name: "no actuals yet", portfolio: one({ percentComplete: 0.1, actualCost: 0 }) },
    { name: "a poor CPI in Planning (no earned value outside executing stages)", portfolio: one({ stage: "Planning", percentComplete: 0.1, actualCost: 900 }) },
    { name: "a poor CPI on hold", portfolio: one({ stage: "On Hold", percentComplete: 0.1, actualCost: 900 }) },
  ],
  invalid: [
    {
      name: "CPI 0.92 as a warning",
      portfolio: one({ id: "P-5", percentComplete: 0.46, actualCost: 500 }),
      findings: [{ messageId: "lowCpi", projectId: "P-5", at: "Projects!K2", severity: "warning", data: { cpi: "0.92", threshold: "0.95", eac: "1,086.96", eacFormula: "EAC = BAC / CPI" } }],
    },
    {
      name: "CPI 0.5 as an error",
      portfolio: one({ percentComplete: 0.25, actualCost: 500 }),
      findings: [{ messageId: "lowCpi", severity: "error", data: { value: 0.5, threshold: "0.90" } }],
    },
    {
      name: "a low CPI in Closing with the atypical EAC",
      ruleset: { thresholds: { eacFormula: "atypical" } },
      portfolio: one({ stage: "Closing", percentComplete: 0.8, actualCost: 1000 }),
      findings: [{ messageId: "lowCpi", data: { eac: "1,200", eacFormula: "EAC = AC + (BAC − EV)" } }],
    },
  ],
});
