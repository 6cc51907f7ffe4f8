import { isoFromDay } from "../../model/dates";
import { isOpen } from "../../lookup/raid";
import { cellOf } from "../../lookup/location";
import { entryData } from "../support/raid-entry";
import { defineRule } from "../rule";

/** An open entry whose review (or target) date has passed: the log says it is watched, and it is not. */
export default defineRule({
  id: "risk/review-overdue",
  meta: {
    description: "An open entry's review date has passed.",
    defaultSeverity: "warning",
    options: {
      graceDays: { type: "integer", minimum: 0, default: 0, description: "Days after the review date before it counts as overdue." },
    },
    messages: {
      reviewOverdue: "{type} {riskId} \"{summary}\" {project} was due for review on {reviewDate} ({daysOverdue} days ago) and is still open.",
    },
    requires: [{ entity: "risks", fields: ["reviewDate"] }],
  },
  check({ portfolio, asOf, options, report }) {
    const grace = Number(options.graceDays ?? 0);
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.risks.length; i++) {
      const r = portfolio.risks[i];
      if (r.reviewDate === undefined || !(asOf - r.reviewDate > grace) || !isOpen(r)) continue;
      report({
        messageId: "reviewOverdue",
        data: { ...entryData(r), reviewDate: isoFromDay(r.reviewDate), daysOverdue: asOf - r.reviewDate },
        projectId: r.projectId || undefined,
        location: cellOf(r.source, "reviewDate"),
      });
    }
  },
});
