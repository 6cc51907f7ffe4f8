import { isoFromDay } from "../../model/dates";
import { latestDay, slipBand, slipDays } from "../../lookup/milestones";
import { cellOf } from "../../lookup/location";
import { fieldPresent } from "../support/requirements";
import { defineRule } from "../rule";

/**
 * A milestone forecast (or achieved) later than its baseline by more than the tolerance:
 * thresholds.milestoneSlipWarningDays (14) a warning, milestoneSlipErrorDays (30) an error. A milestone
 * already achieved late is reported as a warning at most: the slip is history, kept visible for the
 * record, not a decision to take.
 */
export default defineRule({
  id: "milestone/slipped",
  meta: {
    description: "A milestone's forecast or actual date is later than its baseline by more than the tolerance.",
    defaultSeverity: "error",
    options: {},
    messages: {
      slipped: "{projectId}: milestone \"{milestone}\" is forecast for {latest}, {slipDays} days after its baseline {baseline} (tolerance {limitDays} days).",
      slippedAchieved: "{projectId}: milestone \"{milestone}\" was achieved on {latest}, {slipDays} days after its baseline {baseline} (tolerance {limitDays} days).",
    },
    requires: [{ entity: "milestones", fields: ["baseline"] }],
  },
  check({ portfolio, ruleset, report, skip }) {
    if (!fieldPresent(portfolio, "milestones", "forecast") && !fieldPresent(portfolio, "milestones", "actual")) {
      skip("the Milestones sheet has neither a Forecast Date nor an Actual Date column");
      return;
    }
    const t = ruleset.thresholds;
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.milestones.length; i++) {
      const m = portfolio.milestones[i];
      const days = slipDays(m);
      const band = slipBand(days, t);
      if (band === undefined) continue;
      const achieved = m.actual !== undefined;
      report({
        messageId: achieved ? "slippedAchieved" : "slipped",
        data: {
          projectId: m.projectId,
          milestoneId: m.id,
          milestone: m.name,
          baseline: isoFromDay(m.baseline!),
          latest: isoFromDay(latestDay(m)!),
          slipDays: days,
          limitDays: band === "error" ? t.milestoneSlipErrorDays : t.milestoneSlipWarningDays,
        },
        projectId: m.projectId || undefined,
        location: cellOf(m.source, achieved ? "actual" : "forecast"),
        band: achieved ? "warning" : band,
      });
    }
  },
});
