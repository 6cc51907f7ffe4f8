import { isoFromDay } from "../../model/dates";
import { dueDay, isOverdue } from "../../lookup/milestones";
import { cellOf } from "../../lookup/location";
import { isFinished, isParked, projectOf } from "../../lookup/project-state";
import { fieldPresent } from "../support/requirements";
import { defineRule } from "../rule";

/**
 * A milestone whose date (its forecast, else its baseline) has passed and that is not achieved: no
 * actual date, and no status saying it was (Complete, Achieved, Done). Milestones of finished or
 * parked projects are not checked: nobody is working towards them.
 */
export default defineRule({
  id: "milestone/overdue",
  meta: {
    description: "A milestone's date has passed and it is not achieved.",
    defaultSeverity: "warning",
    options: {
      graceDays: { type: "integer", minimum: 0, default: 0, description: "Days after the milestone's date before it counts as overdue." },
    },
    messages: {
      overdue: "{projectId}: milestone \"{milestone}\" was due on {due} ({daysOverdue} days ago) and is not achieved.",
    },
    requires: [{ entity: "milestones" }],
  },
  check({ portfolio, index, ruleset, asOf, options, report, skip }) {
    if (!fieldPresent(portfolio, "milestones", "baseline") && !fieldPresent(portfolio, "milestones", "forecast")) {
      skip("the Milestones sheet has neither a Baseline Date nor a Forecast Date column");
      return;
    }
    const grace = Number(options.graceDays ?? 0);
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.milestones.length; i++) {
      const m = portfolio.milestones[i];
      if (!isOverdue(m, asOf - grace)) continue;
      const project = projectOf(index, m.projectId);
      if (project && (isFinished(project, index, ruleset) || isParked(project, index))) continue;
      const due = dueDay(m)!;
      report({
        messageId: "overdue",
        data: { projectId: m.projectId, milestoneId: m.id, milestone: m.name, due: isoFromDay(due), daysOverdue: asOf - due },
        projectId: m.projectId || undefined,
        location: cellOf(m.source, m.forecast !== undefined ? "forecast" : "baseline"),
      });
    }
  },
});
