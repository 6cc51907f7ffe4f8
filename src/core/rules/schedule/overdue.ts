import { isoFromDay } from "../../model/dates";
import { matchKey } from "../../lookup/keys";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * Finish date before the as-of date while the project is not in a closing or closed stage.
 * Inactive projects (On Hold, Cancelled) are not checked: their schedule is frozen until re-planned.
 * A project whose stage is blank or unknown is checked (nothing says it is finished), unless its status
 * says it is complete, on hold or cancelled ("Done", "Completed": lifecycle.statusAliases).
 */
export default defineRule({
  id: "schedule/overdue",
  meta: {
    description: "The finish date has passed and the project is not closing or closed.",
    defaultSeverity: "warning",
    options: {
      graceDays: { type: "integer", minimum: 0, default: 0, description: "Days after the finish date before a project counts as overdue." },
    },
    messages: {
      overdue: "{projectId} was due to finish on {finish} ({daysOverdue} days ago) but is still in {stage}.",
      overdueNoStage: "{projectId} was due to finish on {finish} ({daysOverdue} days ago) and has no stage that says it is closing or closed.",
    },
    requires: [{ entity: "projects", fields: ["finish"] }],
  },
  check({ portfolio, index, ruleset, asOf, options, report }) {
    const closed = new Set(ruleset.lifecycle.closedStages.map(matchKey));
    const grace = Number(options.graceDays ?? 0);
    for (const p of portfolio.projects) {
      if (p.finish === undefined || !(asOf - p.finish > grace)) continue;
      if (p.state !== undefined) continue;
      const position = index.stageOf(p);
      if (position.kind === "inactive") continue;
      if (position.kind === "active" && closed.has(matchKey(position.name!))) continue;
      // A blank stage is not a stage to be "still in".
      report({
        messageId: position.name === undefined ? "overdueNoStage" : "overdue",
        data: { projectId: p.id, finish: isoFromDay(p.finish), daysOverdue: asOf - p.finish, ...(position.name === undefined ? {} : { stage: position.name }) },
        projectId: p.id,
        location: cellOf(p.source, "finish"),
      });
    }
  },
});
