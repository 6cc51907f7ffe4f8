import { isoFromDay } from "../../model/dates";
import { matchKey } from "../../lookup/keys";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * A status update older than thresholds.staleStatusDays. Projects in skipStages (Closed and
 * Cancelled by default) need no more updates, nor do projects whose status says they are complete or
 * cancelled; On Hold projects still do. A blank date is
 * data/required-field's business when the PMO requires it.
 */
export default defineRule({
  id: "status/stale",
  meta: {
    description: "The last status update is older than the staleness threshold.",
    defaultSeverity: "warning",
    options: {
      skipStages: { type: "array", items: { type: "string" }, default: ["Closed", "Cancelled"], description: "Stages whose projects need no status updates." },
    },
    messages: {
      stale: "{projectId}: last status update {lastUpdate} is {ageDays} days old (limit {limitDays}).",
    },
    requires: [{ entity: "projects", fields: ["lastUpdate"] }],
  },
  check({ portfolio, index, ruleset, asOf, options, report }) {
    const limit = ruleset.thresholds.staleStatusDays;
    const skip = new Set(((options.skipStages as string[] | undefined) ?? []).map(matchKey));
    for (const p of portfolio.projects) {
      if (p.lastUpdate === undefined || !(asOf - p.lastUpdate > limit)) continue;
      if (p.state === "Complete" || p.state === "Cancelled") continue;
      const position = index.stageOf(p);
      if (position.name !== undefined && skip.has(matchKey(position.name))) continue;
      report({
        messageId: "stale",
        data: { projectId: p.id, lastUpdate: isoFromDay(p.lastUpdate), ageDays: asOf - p.lastUpdate, limitDays: limit },
        projectId: p.id,
        location: cellOf(p.source, "lastUpdate"),
      });
    }
  },
});
