import { matchKey } from "../support/keys";
import { cellOf } from "../support/location";
import { defineRule } from "../rule";

/**
 * A project in stage S needs a passing decision for every gate before S (G0..G(S-1)). Projects in
 * inactive stages (On Hold, Cancelled) are not checked: the stage they were parked in is unknown.
 * Rejected gates are gate/rejected's finding, not this one's.
 */
export default defineRule({
  id: "gate/missing-approval",
  meta: {
    description: "A project has no passing decision for a gate before its current stage.",
    defaultSeverity: "error",
    options: {},
    messages: {
      missing: "{projectId} is in {stage} but has no decision for gate {gate} ({gateName}).",
      notPassed: "{projectId} is in {stage} but gate {gate} ({gateName}) is \"{decision}\", not passed.",
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
        if (cell.status !== "missing" && cell.status !== "pending") continue;
        const gate = ruleset.lifecycle.gates[k];
        const data = { projectId: project.id, stage: position.name, gate: gate.id, gateName: gate.name, decision: cell.decision ?? "" };
        report({
          messageId: cell.status === "missing" ? "missing" : "notPassed",
          data,
          projectId: project.id,
          location: cellOf(project.source, "stage"),
        });
      }
    }
  },
});
