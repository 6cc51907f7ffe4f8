import { isoFromDay } from "../../model/dates";
import { matchKey } from "../support/keys";
import { cellOf } from "../support/location";
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
  check({ metrics, index, ruleset, report }) {
    for (const row of metrics.gateMatrix.rows) {
      const project = index.projectsById.get(matchKey(row.projectId));
      if (!project) continue;
      const position = index.stageOf(project);
      if (position.kind !== "active") continue;
      for (let k = 0; k < position.index! && k < row.cells.length; k++) {
        const cell = row.cells[k];
        if (cell.status !== "rejected") continue;
        const gate = ruleset.lifecycle.gates[k];
        report({
          messageId: "rejected",
          data: {
            projectId: project.id,
            stage: position.name,
            gate: gate.id,
            gateName: gate.name,
            decision: cell.decision,
            date: cell.date !== undefined ? isoFromDay(cell.date) : undefined,
            onDate: cell.date !== undefined ? ` on ${isoFromDay(cell.date)}` : "",
          },
          projectId: project.id,
          location: cell.location ?? cellOf(project.source, "stage"),
        });
      }
    }
  },
});
