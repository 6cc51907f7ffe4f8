import { forEachGateBeforeStage } from "../support/gates-before-stage";
import { cellOf } from "../../lookup/location";
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
  check(context) {
    forEachGateBeforeStage(context, (project, stage, gate, cell) => {
      if (cell.status !== "missing" && cell.status !== "pending") return;
      context.report({
        messageId: cell.status === "missing" ? "missing" : "notPassed",
        data: { projectId: project.id, stage, gate: gate.id, gateName: gate.name, decision: cell.decision ?? "" },
        projectId: project.id,
        location: cellOf(project.source, "stage"),
      });
    });
  },
});
