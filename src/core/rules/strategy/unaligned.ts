import { cellOf } from "../../lookup/location";
import { isBlank, matchKey } from "../../lookup/keys";
import { isFinished, isParked } from "../../lookup/project-state";
import { defineRule } from "../rule";

/**
 * Every live project serves a strategic objective: it names one, and when the workbook has an
 * Objectives list, one of that list (by name or ID, in any case). Finished and parked projects are
 * not checked.
 */
export default defineRule({
  id: "strategy/unaligned",
  meta: {
    description: "An active project names no objective, or one that is not in the Objectives list.",
    defaultSeverity: "warning",
    options: {},
    messages: {
      noObjective: "{projectId} names no strategic objective.",
      unknownObjective: "{projectId} names objective \"{objective}\", which is not in the Objectives list ({objectives}).",
    },
    requires: [{ entity: "projects", fields: ["objective"] }],
  },
  check({ portfolio, index, ruleset, report }) {
    const known = new Set<string>();
    for (const o of portfolio.objectives) {
      known.add(matchKey(o.name));
      if (!isBlank(o.id)) known.add(matchKey(String(o.id)));
    }
    const listed = portfolio.objectives.map((o) => o.name);
    const shown = listed.length > 6 ? `${listed.slice(0, 6).join(", ")}, …` : listed.join(", ");
    for (const p of portfolio.projects) {
      if (isFinished(p, index, ruleset) || isParked(p, index)) continue;
      if (isBlank(p.objective)) {
        report({ messageId: "noObjective", data: { projectId: p.id }, projectId: p.id, location: cellOf(p.source, "objective") });
      } else if (known.size > 0 && !known.has(matchKey(String(p.objective)))) {
        report({ messageId: "unknownObjective", data: { projectId: p.id, objective: p.objective, objectives: shown }, projectId: p.id, location: cellOf(p.source, "objective") });
      }
    }
  },
});
