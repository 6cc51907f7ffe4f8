import { isoFromDay } from "../../model/dates";
import { forEachGateBeforeStage } from "../support/gates-before-stage";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * A gate before the project's stage whose latest decision is Rejected (or Kill) and that was never
 * passed afterwards: the project moved on without approval. Inactive projects are not checked, since
 * parking a project after a rejection is the expected outcome.
 */
export default defineRule({
  id: "gate/rejected",
  meta: {
    description: "A gate before the project's current stage was rejected.",
    defaultSeverity: "error",
    options: {},
    messages: {
      rejected: "{projectId} is in {stage} but gate {gate} ({gateName}) was rejected{onDate}.",
    },
    requires: [{ entity: "projects", fields: ["stage"] }, { entity: "gates" }],
  },
  check(context) {
    forEachGateBeforeStage(context, (project, stage, gate, cell) => {
      if (cell.status !== "rejected") return;
      context.report({
        messageId: "rejected",
        data: {
          projectId: project.id,
          stage,
          gate: gate.id,
          gateName: gate.name,
          decision: cell.decision,
          date: cell.date !== undefined ? isoFromDay(cell.date) : undefined,
          onDate: cell.date !== undefined ? ` on ${isoFromDay(cell.date)}` : "",
        },
        projectId: project.id,
        location: cell.location ?? cellOf(project.source, "stage"),
      });
    });
  },
});
