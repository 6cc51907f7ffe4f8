import { isoFromDay } from "../../model/dates";
import { cellOf } from "../../lookup/location";
import { defineRule } from "../rule";

/** Finish before start, on a project or on a long-form assignment (whose load then cannot be computed). */
export default defineRule({
  id: "data/date-order",
  meta: {
    description: "A finish date is before its start date.",
    defaultSeverity: "error",
    options: {},
    messages: {
      projectFinishBeforeStart: "{projectId}: finish {finish} is before start {start}.",
      assignmentFinishBeforeStart: "{resource} on {projectId}: assignment finish {finish} is before start {start}.",
    },
    requires: [{ entity: "projects", fields: ["start", "finish"] }],
  },
  check({ portfolio, report }) {
    for (const p of portfolio.projects) {
      if (p.start === undefined || p.finish === undefined || p.finish >= p.start) continue;
      report({
        messageId: "projectFinishBeforeStart",
        data: { projectId: p.id, start: isoFromDay(p.start), finish: isoFromDay(p.finish) },
        projectId: p.id,
        location: cellOf(p.source, "finish"),
      });
    }
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.assignments.length; i++) {
      const a = portfolio.assignments[i];
      if (a.layout !== "long" || a.start === undefined || a.finish === undefined || a.finish >= a.start) continue;
      report({
        messageId: "assignmentFinishBeforeStart",
        data: { projectId: a.projectId, resource: a.resource, start: isoFromDay(a.start), finish: isoFromDay(a.finish) },
        projectId: a.projectId,
        resource: a.resource,
        location: cellOf(a.source, "finish"),
      });
    }
  },
});
