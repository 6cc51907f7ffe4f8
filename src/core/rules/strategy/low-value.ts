import { cellOf } from "../../lookup/location";
import { isFinished } from "../../lookup/project-state";
import { defineRule } from "../rule";

/**
 * A project whose strategic score is below a floor while its budget is above a threshold: much money
 * for little strategic value. Off by default, because scores are on each PMO's own scale: set
 * `minScore` and `budgetAbove` to yours and switch it on.
 */
export default defineRule({
  id: "strategy/low-value",
  meta: {
    description: "A project's strategic score is below the floor while its budget is above the threshold.",
    defaultSeverity: "off",
    options: {
      minScore: { type: "number", default: 50, description: "Strategic scores below this are low (on the PMO's scale)." },
      budgetAbove: { type: "number", minimum: 0, default: 1000000, description: "Only projects with a budget above this are checked." },
    },
    messages: {
      lowValue: "{projectId} has a strategic score of {score} (floor {minScore}) for a budget of {budget} (threshold {budgetAbove}).",
    },
    requires: [{ entity: "projects", fields: ["strategicScore", "budget"] }],
  },
  check({ portfolio, index, ruleset, options, report }) {
    const minScore = Number(options.minScore ?? 50);
    const budgetAbove = Number(options.budgetAbove ?? 1000000);
    for (const p of portfolio.projects) {
      if (p.strategicScore === undefined || p.budget === undefined) continue;
      if (!(p.strategicScore < minScore) || !(p.budget > budgetAbove) || isFinished(p, index, ruleset)) continue;
      report({
        messageId: "lowValue",
        data: { projectId: p.id, score: p.strategicScore, minScore, budget: p.budget, budgetAbove },
        projectId: p.id,
        location: cellOf(p.source, "strategicScore"),
      });
    }
  },
});
