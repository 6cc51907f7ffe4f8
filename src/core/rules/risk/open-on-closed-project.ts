import { isOpen } from "../../lookup/raid";
import { cellOf } from "../../lookup/location";
import { isFinished, projectOf } from "../../lookup/project-state";
import { entryData } from "../support/raid-entry";
import { defineRule } from "../rule";

/**
 * An open entry on a finished project: in the lifecycle's last stage (Closed), or with a status that
 * says Complete or Cancelled, or a Cancelled stage. Closing out the RAID log is part of closure;
 * projects in Closing are not reported yet.
 */
export default defineRule({
  id: "risk/open-on-closed-project",
  meta: {
    description: "A risk or issue is still open on a closed or cancelled project.",
    defaultSeverity: "warning",
    options: {},
    messages: {
      openOnClosed: "{type} {riskId} \"{summary}\" is still open but {projectId} is {projectState}.",
    },
    requires: [{ entity: "risks", fields: ["projectId", "status"] }],
  },
  check({ portfolio, index, ruleset, report }) {
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.risks.length; i++) {
      const r = portfolio.risks[i];
      if (!isOpen(r)) continue;
      const project = projectOf(index, r.projectId);
      if (!project || !isFinished(project, index, ruleset)) continue;
      const state = project.state ?? index.stageOf(project).name ?? "closed";
      report({
        messageId: "openOnClosed",
        data: { ...entryData(r), projectId: project.id, projectState: state },
        projectId: project.id,
        location: cellOf(r.source, "status"),
      });
    }
  },
});
