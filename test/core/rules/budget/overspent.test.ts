import rule from "../../../../src/core/rules/budget/overspent";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const one = (fields: Parameters<typeof project>[0]) => portfolio({ projects: [project({ stage: "Execution", ...fields })] });

ruleTester(rule, {
  valid: [
    { name: "actuals under budget", portfolio: one({ budget: 1000, actualCost: 999.99 }) },
    { name: "actuals equal to the budget", portfolio: one({ budget: 1000, actualCost: 1000 }) },
    { name: "no actuals", portfolio: one({ budget: 1000 }) },
    { name: "an overspend within the tolerance", options: { tolerance: 0.02 }, portfolio: one({ budget: 1000, actualCost: 1015 }) },
  ],
  invalid: [
    {
      name: "actuals over budget",
      portfolio: one({ id: "P-3", budget: 1000, actualCost: 1250 }),
      findings: [{ messageId: "overspent", projectId: "P-3", at: "Projects!K2", severity: "error", data: { overspend: 250, overPercent: "25%" } }],
    },
    {
      name: "an overspend on a cancelled project",
      portfolio: one({ stage: "Cancelled", budget: 10, actualCost: 11 }),
      findings: [{ messageId: "overspent", data: { overPercent: "10%" } }],
    },
  ],
});
