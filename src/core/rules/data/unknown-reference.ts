import type { RecordSource } from "../../model/portfolio";
import { isBlank } from "../../lookup/keys";
import { cellOf } from "../../lookup/location";
import { defineRule, type RuleReport } from "../rule";

/**
 * Gate, assignment, financial, milestone and RAID log rows must name a project of the Projects sheet
 * (a RAID entry may name none: a portfolio-level risk), assignments a
 * resource of the Resources sheet (only when the workbook has one), and gate rows a gate of the
 * lifecycle. A wide plan row spans many periods but is reported once.
 */
export default defineRule({
  id: "data/unknown-reference",
  meta: {
    description: "A gate, assignment, financial, milestone or RAID row names an unknown project, resource or gate.",
    defaultSeverity: "error",
    options: {},
    messages: {
      unknownProject: "{sheet} row {row} names project {projectId}, which is not in the project list.",
      unknownResource: "{sheet} row {row} names resource {resource}, who is not in the resource list.",
      unknownGate: "{sheet} row {row} names gate \"{gate}\", which the lifecycle does not have ({gates}).",
    },
    requires: [{ entity: "projects", fields: ["id"] }],
  },
  check({ portfolio, index, ruleset, report }) {
    const reported = new Set<string>();
    const once = (source: RecordSource, field: string, finding: Omit<RuleReport, "location">) => {
      const location = cellOf(source, field);
      const key = `${finding.messageId}|${location.sheet}|${location.cell}`;
      if (reported.has(key)) return;
      reported.add(key);
      report({ ...finding, location });
    };
    const knownProject = (id: string) => isBlank(id) || index.projectNamed(id) !== undefined;
    // Indexed, not for-of: a rule runs once per check, often before it is optimised, and each for-of step then allocates a result object.
    for (let i = 0; i < portfolio.gates.length; i++) {
      const g = portfolio.gates[i];
      if (!knownProject(g.projectId)) once(g.source, "projectId", { messageId: "unknownProject", data: where(g.source, { projectId: g.projectId }), projectId: g.projectId });
      if (g.gateIndex === undefined && !isBlank(g.gate)) {
        once(g.source, "gate", { messageId: "unknownGate", data: where(g.source, { gate: g.gate, gates: ruleset.lifecycle.gates.map((x) => x.id).join(", ") }), projectId: g.projectId });
      }
    }
    // Assignments: known or not is decided once per distinct project and resource (numbering.ts).
    const numbers = index.assignmentNumbers();
    const projectKnown = numbers.projectNames.map((id, k) => isBlank(id) || index.projectsById.has(numbers.projectKeys[k]));
    const resourceKnown = numbers.resourceNames.map((name, k) => !index.hasResources || isBlank(name) || index.resourcesByName.has(numbers.resourceKeys[k]));
    // Only a row with an unknown reference is looked at: the rest is two array reads per row.
    const assignments = index.assignments;
    for (let i = 0; i < assignments.length; i++) {
      if (projectKnown[numbers.project[i]] && resourceKnown[numbers.resource[i]]) continue;
      const a = assignments[i];
      if (!projectKnown[numbers.project[i]]) once(a.source, "projectId", { messageId: "unknownProject", data: where(a.source, { projectId: a.projectId }), projectId: a.projectId });
      if (!resourceKnown[numbers.resource[i]]) once(a.source, "resource", { messageId: "unknownResource", data: where(a.source, { resource: a.resource }), resource: a.resource });
    }
    for (let i = 0; i < portfolio.financials.length; i++) {
      const f = portfolio.financials[i];
      if (!knownProject(f.projectId)) once(f.source, "projectId", { messageId: "unknownProject", data: where(f.source, { projectId: f.projectId }), projectId: f.projectId });
    }
    for (let i = 0; i < portfolio.milestones.length; i++) {
      const m = portfolio.milestones[i];
      if (!knownProject(m.projectId)) once(m.source, "projectId", { messageId: "unknownProject", data: where(m.source, { projectId: m.projectId }), projectId: m.projectId });
    }
    for (let i = 0; i < portfolio.risks.length; i++) {
      const r = portfolio.risks[i];
      if (r.projectId !== undefined && !knownProject(r.projectId)) once(r.source, "projectId", { messageId: "unknownProject", data: where(r.source, { projectId: r.projectId }), projectId: r.projectId });
    }
  },
});

function where(source: RecordSource, data: Record<string, unknown>): Record<string, unknown> {
  return { sheet: source.sheet, row: source.row, ...data };
}
