/**
 * What a custom rule expression sees for one row: the record's fields by name, as the entity's
 * description lists them (model/fields; dates as day numbers, fractions as fractions), its extra columns
 * under their keys, the names the description adds (`stageIndex`, `project`…), `asOf`, and `stageAt`,
 * which maps stage names to their lifecycle index.
 */
import type { DayNumber } from "../../model/dates";
import { ENTITY_SPECS, fieldNames } from "../../model/fields";
import type { CustomRuleEntity } from "../../model/fields";
import type { Portfolio, RecordSource } from "../../model/portfolio";
import type { CustomRule } from "../../ruleset/types";
import type { PortfolioIndex } from "../../lookup/portfolio-index";
import { matchKey } from "../../lookup/keys";

export interface Row {
  source: RecordSource;
  projectId?: string;
  resource?: string;
  context: Record<string, unknown>;
}

type AnyRecord = Record<string, unknown> & { source: RecordSource };
type Derive = (record: AnyRecord, lookups: Lookups) => Record<string, unknown>;

interface Lookups {
  index: PortfolioIndex;
  /** The project row of a gate, assignment, milestone or risk, as a project rule would see it. */
  project(id: unknown): Record<string, unknown> | undefined;
}

/** The names each entity's description adds besides its fields (ENTITY_SPECS[e].customRule), computed. */
export const DERIVED: Record<CustomRuleEntity, Derive> = {
  projects: (p, { index }) => {
    const position = index.stageOf(p as never);
    return { stage: position.name ?? p.stage, stageIndex: position.index, inactive: position.kind === "inactive", extra: p.extra, row: p.source.row };
  },
  gates: (g, { project }) => ({ gateIndex: g.gateIndex, project: project(g.projectId), artifacts: g.artifacts, row: g.source.row }),
  resources: (r) => ({ row: r.source.row }),
  assignments: (a, { project }) => ({ period: a.period, layout: a.layout, project: project(a.projectId), row: a.source.row }),
  milestones: (m, { project }) => ({ achieved: m.achieved, project: project(m.projectId), extra: m.extra, row: m.source.row }),
  risks: (r, { project }) => ({ scale: r.scale, project: project(r.projectId), extra: r.extra, row: r.source.row }),
  objectives: (o) => ({ extra: o.extra, row: o.source.row }),
};

/** A record's context: extra columns (and gate artefacts) first, then the fields, then the derived names. */
function contextOf(entity: CustomRuleEntity, record: AnyRecord, lookups: Lookups): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  if (record.extra) Object.assign(context, record.extra);
  if (record.artifacts) Object.assign(context, record.artifacts);
  // A value the reader could not normalise (a free-text status, an unknown decision) is seen as written.
  for (const field of fieldNames(entity)) context[field] = record[field] ?? record[`${field}Raw`];
  return Object.assign(context, DERIVED[entity](record, lookups));
}

/** The rows of the custom rule's entity, each with its expression context. */
export function rowsFor(rule: CustomRule, portfolio: Pick<Portfolio, CustomRuleEntity>, index: PortfolioIndex, asOf: DayNumber, stageAt: Record<string, number>): Row[] {
  // stageAt.Planning is the index of Planning, so `stageIndex >= stageAt.Planning` reads naturally.
  const common = { asOf, stageAt };
  const lookups: Lookups = {
    index,
    project: (id) => {
      const p = typeof id === "string" ? index.projectsById.get(matchKey(id)) : undefined;
      return p ? contextOf("projects", p as unknown as AnyRecord, lookups) : undefined;
    },
  };
  const entity = rule.entity;
  const records = portfolio[entity] as unknown as AnyRecord[];
  return records.map((record) => ({
    source: record.source,
    projectId: entity === "projects" ? (record.id as string) : typeof record.projectId === "string" ? record.projectId : undefined,
    resource: entity === "resources" ? (record.name as string) : entity === "assignments" ? (record.resource as string) : undefined,
    context: { ...common, ...contextOf(entity, record, lookups) },
  }));
}

/** Every name a row of the entity offers besides its extra columns: fields, then derived names. */
export function contextNames(entity: CustomRuleEntity): string[] {
  return [...fieldNames(entity), ...Object.keys(ENTITY_SPECS[entity].customRule ?? {})];
}
