import { cellOf } from "../../lookup/location";
import { isExecuting, projectOf } from "../../lookup/project-state";
import { defineRule } from "../rule";

/**
 * Once a project executes (lifecycle.executingStages), each of its milestones needs a baseline date:
 * without one, slip cannot be measured. Milestones already achieved are not asked for one.
 */
export default defineRule({
  id: "milestone/missing-baseline",
  meta: {
    description: "A milestone of a project in an executing stage has no baseline date.",
    defaultSeverity: "warning",
    options: {},
    messages: {
      missingBaseline: "{projectId} is in {stage} but its milestone \"{milestone}\" has no baseline date.",
    },
    requires: [{ entity: "milestones", fields: ["baseline"] }],
  },
  check({ portfolio, index, ruleset, report }) {
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.milestones.length; i++) {
      const m = portfolio.milestones[i];
      if (m.baseline !== undefined || m.achieved) continue;
      const project = projectOf(index, m.projectId);
      if (!project || !isExecuting(project, index, ruleset)) continue;
      report({
        messageId: "missingBaseline",
        data: { projectId: project.id, milestoneId: m.id, milestone: m.name, stage: index.stageOf(project).name },
        projectId: project.id,
        location: cellOf(m.source, "baseline"),
      });
    }
  },
});
