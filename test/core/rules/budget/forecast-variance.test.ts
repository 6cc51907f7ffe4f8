import rule from "../../../../src/core/rules/budget/forecast-variance";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const one = (fields: Parameters<typeof project>[0]) => portfolio({ projects: [project({ stage: "Execution", ...fields })] });

ruleTester(rule, {
  valid: [
    { name: "a forecast at budget", portfolio: one({ budget: 1000, forecast: 1000 }) },
    { name: "a forecast exactly 5% over", portfolio: one({ budget: 1000, forecast: 1050 }) },
    { name: "a forecast under budget", portfolio: one({ budget: 1000, forecast: 600 }) },
    { name: "no budget", portfolio: one({ forecast: 600 }) },
    { name: "a zero budget (variance undefined)", portfolio: one({ budget: 0, forecast: 600 }) },
    { name: "a 7% overrun under a 10% warning threshold", ruleset: { thresholds: { forecastVarianceWarning: 0.1, forecastVarianceError: 0.2 } }, portfolio: one({ budget: 1000, forecast: 1070 }) },
  ],
  invalid: [
    {
      name: "a forecast 8% over as a warning",
      portfolio: one({ id: "P-1", budget: 1_000_000, forecast: 1_080_000 }),
      findings: [{ messageId: "overBudget", projectId: "P-1", at: "Projects!L2", severity: "warning", data: { variancePercent: "8%", thresholdPercent: "5%", forecast: "1,080,000" } }],
    },
    {
      name: "a forecast 12.5% over as an error",
      portfolio: one({ budget: 800, forecast: 900 }),
      findings: [{ messageId: "overBudget", severity: "error", data: { variance: 0.125, threshold: 0.1 } }],
    },
    {
      name: "an error-band overrun capped at the configured warning",
      ruleset: { rules: { "budget/forecast-variance": "warning" } },
      portfolio: one({ budget: 800, forecast: 1000 }),
      findings: [{ messageId: "overBudget", severity: "warning" }],
    },
    {
      name: "a closed project's overrun too",
      portfolio: one({ stage: "Closed", budget: 100, forecast: 200 }),
      findings: [{ messageId: "overBudget", severity: "error" }],
    },
  ],
});
