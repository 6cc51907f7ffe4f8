/**
 * What a custom rule expression sees for one row: the record's fields by name (dates as day numbers,
 * fractions as fractions), extra columns under their keys, `asOf`, and for gate and assignment rows
 * the referenced `project`; `stageAt` maps stage names to their lifecycle index.
 */
import type { DayNumber } from "../../model/dates";
import type { Assignment, GateRecord, Project, RecordSource, Resource } from "../../model/portfolio";
import type { CustomRule } from "../../ruleset/types";
import type { PortfolioIndex } from "../support/portfolio-index";
import { matchKey } from "../support/keys";

export interface Row {
  source: RecordSource;
  projectId?: string;
  resource?: string;
  context: Record<string, unknown>;
}

function projectView(p: Project, index: PortfolioIndex): Record<string, unknown> {
  const position = index.stageOf(p);
  return {
    ...p.extra,
    id: p.id, name: p.name, program: p.program, manager: p.manager, sponsor: p.sponsor,
    stage: position.name ?? p.stage, stageIndex: position.index, inactive: position.kind === "inactive",
    status: p.status ?? p.statusRaw, start: p.start, finish: p.finish, budget: p.budget, actualCost: p.actualCost,
    forecast: p.forecast, percentComplete: p.percentComplete, lastUpdate: p.lastUpdate, extra: p.extra, row: p.source.row,
  };
}

/** The rows of the custom rule's entity, each with its expression context. */
export function rowsFor(rule: CustomRule, records: { projects: Project[]; gates: GateRecord[]; resources: Resource[]; assignments: Assignment[] }, index: PortfolioIndex, asOf: DayNumber, stageAt: Record<string, number>): Row[] {
  // stageAt.Planning is the index of Planning, so `stageIndex >= stageAt.Planning` reads naturally.
  const common = { asOf, stageAt };
  const projectOf = (id: string) => {
    const p = index.projectsById.get(matchKey(id));
    return p ? projectView(p, index) : undefined;
  };
  switch (rule.entity) {
    case "gates":
      return records.gates.map((g) => ({
        source: g.source,
        projectId: g.projectId,
        context: { ...common, ...g.artifacts, artifacts: g.artifacts, projectId: g.projectId, gate: g.gate, gateIndex: g.gateIndex, decision: g.decision ?? g.decisionRaw, date: g.date, approver: g.approver, project: projectOf(g.projectId), row: g.source.row },
      }));
    case "resources":
      return records.resources.map((r) => ({
        source: r.source,
        resource: r.name,
        context: { ...common, name: r.name, role: r.role, team: r.team, capacity: r.capacity, row: r.source.row },
      }));
    case "assignments":
      return records.assignments.map((a) => ({
        source: a.source,
        projectId: a.projectId,
        resource: a.resource,
        context: { ...common, projectId: a.projectId, resource: a.resource, start: a.start, finish: a.finish, allocation: a.allocation, period: a.period, layout: a.layout, project: projectOf(a.projectId), row: a.source.row },
      }));
    default:
      return records.projects.map((p) => ({ source: p.source, projectId: p.id, context: { ...common, ...projectView(p, index) } }));
  }
}
