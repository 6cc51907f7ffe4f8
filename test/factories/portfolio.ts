/**
 * Small factories for portfolios in tests (`project({ stage: "Execution" })`): every record gets a
 * realistic source (sheet, row, A1 cell per field) and dates may be written as ISO text.
 */
import { dayFromIso, type DayNumber } from "../../src/core/model/dates";
import { ENTITIES, ENTITY_SPECS, fieldLabelOf, fieldNames } from "../../src/core/model/fields";
import type { Assignment, EntityDetection, EntityName, FinancialPeriod, GateRecord, Milestone, Objective, Portfolio, Project, ReadIssue, RecordSource, Resource, Risk } from "../../src/core/model/portfolio";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";

type DateInput = DayNumber | string | undefined;
type WithDates<T, K extends keyof T> = Omit<Partial<T>, K> & { [P in K]?: DateInput };

/** Column letter per field, per entity sheet, in the order the fields are described (model/fields); artefact columns follow the last field. */
export const COLUMNS = Object.fromEntries(ENTITIES.map((e) => [e, Object.fromEntries(fieldNames(e).map((f, i) => [f, letter(i + 1)]))])) as Record<EntityName, Record<string, string>>;

export const SHEETS = Object.fromEntries(ENTITIES.map((e) => [e, ENTITY_SPECS[e].label])) as Record<EntityName, string>;

/** Artefact columns of the gate sheet: right after its fields. */
const ARTIFACT_COLUMNS = Array.from({ length: 6 }, (_, i) => letter(fieldNames("gates").length + 1 + i));

function letter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Converts "2026-03-01" to a day number; leaves numbers and undefined as they are. */
export function day(value: DateInput): DayNumber | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  const d = dayFromIso(value);
  if (Number.isNaN(d)) throw new Error(`factory: "${value}" is not an ISO date`);
  return d;
}

/** A source in the entity's sheet; row 0 means "to be numbered by portfolio()". */
export function sourceFor(entity: EntityName, row: number, extraColumns: string[] = []): RecordSource {
  const cells: Record<string, string> = {};
  for (const [field, col] of Object.entries(COLUMNS[entity])) cells[field] = `${col}${row}`;
  extraColumns.forEach((name, i) => (cells[name] = `${ARTIFACT_COLUMNS[i] ?? "Z"}${row}`));
  return { sheet: SHEETS[entity], row, cells };
}

const stages = defaultRuleset().lifecycle.stages;

export function project(fields: WithDates<Project, "start" | "finish" | "lastUpdate"> & { row?: number } = {}): Project {
  const { row = 0, start, finish, lastUpdate, ...rest } = fields;
  const stageIndex = rest.stageIndex ?? (rest.stage !== undefined && stages.includes(rest.stage) ? stages.indexOf(rest.stage) : undefined);
  return {
    id: "P-001",
    manager: "Ada Lovelace",
    extra: {},
    ...rest,
    stageIndex,
    start: day(start),
    finish: day(finish),
    lastUpdate: day(lastUpdate),
    source: rest.source ?? sourceFor("projects", row),
  };
}

export function gate(fields: WithDates<GateRecord, "date"> & { row?: number } = {}): GateRecord {
  const { row = 0, date, ...rest } = fields;
  const gateId = rest.gate ?? "G0";
  const match = /^G(\d+)$/i.exec(gateId);
  const artifacts = rest.artifacts ?? {};
  return {
    projectId: "P-001",
    gate: gateId,
    gateIndex: match ? Number(match[1]) : undefined,
    decision: "Approved",
    ...rest,
    artifacts,
    date: day(date),
    source: rest.source ?? sourceFor("gates", row, Object.keys(artifacts)),
  };
}

export function resource(fields: Partial<Resource> & { row?: number } = {}): Resource {
  const { row = 0, ...rest } = fields;
  return { name: "Grace Hopper", capacity: 1, capacityDefaulted: false, ...rest, source: rest.source ?? sourceFor("resources", row) };
}

export function assignment(fields: WithDates<Assignment, "start" | "finish"> & { row?: number } = {}): Assignment {
  const { row = 0, start, finish, ...rest } = fields;
  return { projectId: "P-001", resource: "Grace Hopper", layout: "long", allocation: 1, ...rest, start: day(start), finish: day(finish), source: rest.source ?? sourceFor("assignments", row) };
}

export function financial(fields: WithDates<FinancialPeriod, "periodEnd"> & { row?: number } = {}): FinancialPeriod {
  const { row = 0, periodEnd, ...rest } = fields;
  return { projectId: "P-001", periodLabel: "2026-01", ...rest, periodEnd: day(periodEnd), source: rest.source ?? sourceFor("financials", row) };
}

export function milestone(fields: WithDates<Milestone, "baseline" | "forecast" | "actual"> & { row?: number } = {}): Milestone {
  const { row = 0, baseline, forecast, actual, ...rest } = fields;
  const name = rest.name ?? "Design signed off";
  return {
    projectId: "P-001",
    id: rest.id ?? name,
    achieved: rest.achieved ?? actual !== undefined,
    extra: {},
    ...rest,
    name,
    baseline: day(baseline),
    forecast: day(forecast),
    actual: day(actual),
    source: rest.source ?? sourceFor("milestones", row),
  };
}

export function risk(fields: WithDates<Risk, "raised" | "reviewDate"> & { row?: number } = {}): Risk {
  const { row = 0, raised, reviewDate, ...rest } = fields;
  return {
    id: "R-001",
    projectId: "P-001",
    type: "Risk",
    description: "Vendor may deliver late",
    status: "Open",
    extra: {},
    ...rest,
    raised: day(raised),
    reviewDate: day(reviewDate),
    source: rest.source ?? sourceFor("risks", row),
  };
}

export function objective(fields: Partial<Objective> & { row?: number } = {}): Objective {
  const { row = 0, ...rest } = fields;
  return { name: "Grow digital revenue", extra: {}, ...rest, source: rest.source ?? sourceFor("objectives", row) };
}

export interface PortfolioInput {
  projects?: Project[];
  gates?: GateRecord[];
  resources?: Resource[];
  assignments?: Assignment[];
  financials?: FinancialPeriod[];
  milestones?: Milestone[];
  risks?: Risk[];
  objectives?: Objective[];
  issues?: ReadIssue[];
  /** Columns the sheet lacks, per entity: removed from the detection and reported as missing-column issues. */
  missingColumns?: Partial<Record<EntityName, string[]>>;
  /** Entities with a detected (possibly empty) sheet even without records, e.g. an empty Resources sheet. */
  sheets?: EntityName[];
  /** Leave detections empty (a portfolio assembled in code rather than read). */
  noDetections?: boolean;
}

/** A portfolio; records without an explicit row are numbered 2, 3, … in their sheet (row 1 is the header). */
export function portfolio(input: PortfolioInput = {}): Portfolio {
  const number = <T extends { source: RecordSource }>(records: T[] | undefined, entity: EntityName): T[] =>
    (records ?? []).map((r, i) => {
      if (r.source.row !== 0) return r;
      const extra = Object.keys(r.source.cells ?? {}).filter((k) => !(k in COLUMNS[entity]));
      return { ...r, source: sourceFor(entity, i + 2, extra) };
    });
  const result: Portfolio = {
    label: "test.xlsx",
    projects: number(input.projects, "projects"),
    gates: number(input.gates, "gates"),
    resources: number(input.resources, "resources"),
    assignments: number(input.assignments, "assignments"),
    financials: number(input.financials, "financials"),
    milestones: number(input.milestones, "milestones"),
    risks: number(input.risks, "risks"),
    objectives: number(input.objectives, "objectives"),
    detections: [],
    issues: [...(input.issues ?? [])],
  };
  if (input.noDetections) return result;
  for (const entity of ENTITIES) {
    const present = entity === "projects" || (result[entity] as unknown[]).length > 0 || input.sheets?.includes(entity);
    if (!present) continue;
    const missing = input.missingColumns?.[entity] ?? [];
    result.detections.push(detection(entity, missing, result));
    for (const field of missing) result.issues.push({ kind: "missing-column", entity, field, sheet: SHEETS[entity] });
  }
  return result;
}

function detection(entity: EntityName, missing: string[], p: Portfolio): EntityDetection {
  const columns: EntityDetection["columns"] = {};
  for (const [field, column] of Object.entries(COLUMNS[entity])) {
    if (!missing.includes(field)) columns[field] = { header: fieldLabelOf(entity, field), column };
  }
  if (entity === "gates") {
    const artifacts = new Set(p.gates.flatMap((g) => Object.keys(g.artifacts)));
    [...artifacts].forEach((name, i) => (columns[name] = { header: name, column: ARTIFACT_COLUMNS[i] ?? "Z" }));
  }
  return { entity, how: "sheet-name", sheet: SHEETS[entity], headerRow: 1, columns, unmatched: [], layout: entity === "assignments" ? "long" : undefined, dataRows: (p[entity] as unknown[]).length };
}
