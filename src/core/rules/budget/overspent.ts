import { formatAmount, formatPercent } from "../support/format";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * Actual cost already above the approved budget ("anything over budget is red"). Checked in every
 * stage, closed and inactive ones included: money spent stays spent.
 */
export default defineRule({
  id: "budget/overspent",
  meta: {
    description: "Actual cost to date is over the budget.",
    defaultSeverity: "error",
    options: {
      tolerance: { type: "number", minimum: 0, default: 0, description: "Fraction of the budget tolerated before flagging (0.02 = 2%)." },
    },
    messages: {
      overspent: "{projectId}: actual cost {actualCost} is {overPercent} over the budget of {budget}.",
    },
    requires: [{ entity: "projects", fields: ["budget", "actualCost"] }],
  },
  check({ portfolio, options, report }) {
    const tolerance = Number(options.tolerance ?? 0);
    for (const p of portfolio.projects) {
      if (p.budget === undefined || !(p.budget > 0) || p.actualCost === undefined) continue;
      const over = (p.actualCost - p.budget) / p.budget;
      if (!(over > tolerance)) continue;
      report({
        messageId: "overspent",
        data: {
          projectId: p.id,
          budget: formatAmount(p.budget),
          actualCost: formatAmount(p.actualCost),
          overspend: p.actualCost - p.budget,
          over,
          overPercent: formatPercent(over),
        },
        projectId: p.id,
        location: cellOf(p.source, "actualCost"),
      });
    }
  },
});
