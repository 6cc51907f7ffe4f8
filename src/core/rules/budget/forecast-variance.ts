import { formatAmount, formatPercent } from "../support/format";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * Forecast (EAC) over budget by more than the thresholds: above forecastVarianceError the finding
 * keeps the rule's severity, between the warning and error thresholds it is capped at warning.
 * Checked in every stage, inactive ones included: a parked project still carries its forecast.
 */
export default defineRule({
  id: "budget/forecast-variance",
  meta: {
    description: "The forecast exceeds the budget by more than the variance thresholds.",
    defaultSeverity: "error",
    options: {},
    messages: {
      overBudget: "{projectId}: forecast {forecast} is {variancePercent} over the budget of {budget} (threshold {thresholdPercent}).",
    },
    requires: [{ entity: "projects", fields: ["budget", "forecast"] }],
  },
  check({ portfolio, ruleset, report }) {
    const { forecastVarianceWarning: warning, forecastVarianceError: error } = ruleset.thresholds;
    for (const p of portfolio.projects) {
      if (p.budget === undefined || !(p.budget > 0) || p.forecast === undefined) continue;
      const variance = (p.forecast - p.budget) / p.budget;
      const band = variance > error ? "error" : variance > warning ? "warning" : undefined;
      if (!band) continue;
      const threshold = band === "error" ? error : warning;
      report({
        messageId: "overBudget",
        band,
        data: {
          projectId: p.id,
          budget: formatAmount(p.budget),
          forecast: formatAmount(p.forecast),
          variance,
          variancePercent: formatPercent(variance),
          threshold,
          thresholdPercent: formatPercent(threshold, 0),
        },
        projectId: p.id,
        location: cellOf(p.source, "forecast"),
      });
    }
  },
});
