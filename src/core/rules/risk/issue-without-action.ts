import { isOpen } from "../../lookup/raid";
import { cellOf } from "../../lookup/location";
import { isBlank } from "../../lookup/keys";
import { fieldPresent } from "../support/requirements";
import { entryData } from "../support/raid-entry";
import { defineRule } from "../rule";

/**
 * An open issue (a risk that happened) needs an action or at least a target date to resolve it by.
 * Reported when it has neither.
 */
export default defineRule({
  id: "risk/issue-without-action",
  meta: {
    description: "An open issue has no action and no target date.",
    defaultSeverity: "warning",
    options: {},
    messages: {
      noAction: "Issue {riskId} \"{summary}\" {project} is open with no action and no target date.",
    },
    requires: [{ entity: "risks" }],
  },
  check({ portfolio, report, skip }) {
    const hasAction = fieldPresent(portfolio, "risks", "mitigation");
    const hasTarget = fieldPresent(portfolio, "risks", "reviewDate");
    if (!hasAction && !hasTarget) {
      skip("the RAID log has neither an Action (Mitigation) nor a Target Date column");
      return;
    }
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.risks.length; i++) {
      const r = portfolio.risks[i];
      if (r.type !== "Issue" || !isOpen(r)) continue;
      if (!isBlank(r.mitigation) || r.reviewDate !== undefined) continue;
      report({ messageId: "noAction", data: entryData(r), projectId: r.projectId || undefined, location: cellOf(r.source, hasAction ? "mitigation" : "reviewDate") });
    }
  },
});
