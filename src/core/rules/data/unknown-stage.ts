import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/**
 * A stage the lifecycle does not know (neither a stage, an inactive stage nor an alias): gate and
 * earned-value rules cannot place the project. Add the spelling to lifecycle.stageAliases to accept it.
 */
export default defineRule({
  id: "data/unknown-stage",
  meta: {
    description: "A project's stage is not one of the lifecycle's stages.",
    defaultSeverity: "error",
    options: {},
    messages: {
      unknownStage: "{projectId}: stage \"{stage}\" is not in the lifecycle ({stages}).",
    },
    requires: [{ entity: "projects", fields: ["stage"] }],
  },
  check({ portfolio, index, ruleset, report }) {
    const known = [...ruleset.lifecycle.stages, ...ruleset.lifecycle.inactiveStages].join(", ");
    for (const p of portfolio.projects) {
      const position = index.stageOf(p);
      if (position.kind !== "unknown") continue;
      report({ messageId: "unknownStage", data: { projectId: p.id, stage: p.stage, stages: known }, projectId: p.id, location: cellOf(p.source, "stage") });
    }
  },
});
