/**
 * The consolidated portfolio as sheets: one per entity the reader knows (Projects, Gates, Resources,
 * Assignments, Financials, Milestones, Risks, Objectives), with the fields' own headers, the values
 * as read (raw text where the reader kept it, dates as dates, fractions as percentages), the extra
 * columns kept for custom rules, and a Source column naming the submission and cell each row came
 * from. Read back by the reader, they give the same portfolio, so checking the consolidated workbook on
 * its own gives the same findings. Described as SheetSpecs, so the CLI (a new .xlsx) and the add-in
 * (sheets of the open workbook) write the same thing.
 */
import type { SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { ENTITY_SPECS, fieldEntries, type EntityName } from "../model/fields";
import type { Portfolio, RecordSource } from "../model/portfolio";
import { isoFromDay, periodBounds } from "../model/dates";
import { cellOf } from "../lookup/location";
import { recordFields } from "../model/record-source";

/** Header of the column naming where each row came from. */
export const SOURCE_HEADER = "Source";

/** The entities, in tab order, and the key of each one's sheet spec. */
export const CONSOLIDATED_ENTITIES: EntityName[] = ["projects", "gates", "resources", "assignments", "financials", "milestones", "risks", "objectives"];

export const consolidatedKey = (entity: EntityName) => `consolidated-${entity}`;

type AnyRecord = Record<string, unknown> & { source: RecordSource; extra?: Record<string, unknown>; artifacts?: Record<string, unknown> };

/** `[team-a.xlsx]Projects!A5`: the submission and the cell of the row's key field. */
export function sourceText(source: RecordSource, field: string): string {
  const at = cellOf(source, field);
  return `${at.sheet}!${at.cell}`;
}

const header = (text: string): SpecCell => ({ value: text, type: "text", style: "header" });

/**
 * One sheet per entity that has records (Projects always). `namePrefix` ("Consolidated ") keeps the
 * tabs apart from the open workbook's own sheets when the add-in writes them there.
 */
export function consolidatedSheets(portfolio: Portfolio, options: { namePrefix?: string } = {}): SheetSpec[] {
  const specs: SheetSpec[] = [];
  for (const entity of CONSOLIDATED_ENTITIES) {
    let records = portfolio[entity] as unknown as AnyRecord[];
    // The people merged away are listed after the merged ones, each naming its submission: the workbook
    // read alone merges them again (regroup.ts) and finds the same capacity conflicts.
    if (entity === "resources" && portfolio.mergedResources?.length) records = [...records, ...(portfolio.mergedResources as unknown as AnyRecord[])];
    if (records.length === 0 && entity !== "projects") continue;
    specs.push(entitySheet(entity, records, options.namePrefix ?? ""));
  }
  return specs;
}

function entitySheet(entity: EntityName, records: AnyRecord[], namePrefix: string): SheetSpec {
  const spec = ENTITY_SPECS[entity];
  // The fields some submission has a column for (or a value of): a rule skipped for a missing column stays skipped.
  const present = new Set<string>();
  for (const r of records) {
    for (const f of recordFields(r.source)) present.add(f);
    if (entity === "assignments" && r.period !== undefined) present.add("start").add("finish");
  }
  const fields = fieldEntries(entity)
    .filter(([name]) => present.has(name) || name === spec.recordKey || records.some((r) => r[name] !== undefined && r[name] !== null && r[name] !== ""))
    .map(([name, f]) => ({ name, label: f.label, kind: f.kind }));
  // Assignments are written in long form: a wide plan's period becomes its start and finish.
  const extras = new Set<string>();
  const artifacts = new Set<string>();
  for (const r of records) {
    if (r.extra) for (const k of Object.keys(r.extra)) extras.add(k);
    if (r.artifacts) for (const k of Object.keys(r.artifacts)) artifacts.add(k);
  }
  extras.delete("source");
  const extraList = [...extras];
  const artifactList = [...artifacts];
  const rows: (SpecCell | null)[][] = [[...fields.map((f) => header(f.label)), ...artifactList.map(header), ...extraList.map(header), header(SOURCE_HEADER)]];
  for (const r of records) {
    const row: (SpecCell | null)[] = fields.map((f) => cellFor(entity, r, f.name, f.kind));
    for (const a of artifactList) row.push(plain(r.artifacts?.[a]));
    for (const e of extraList) row.push(plain(r.extra?.[e]));
    row.push({ value: sourceText(r.source, spec.recordKey), type: "text" });
    rows.push(row);
  }
  const width = rows[0].length;
  return {
    key: consolidatedKey(entity),
    name: `${namePrefix}${spec.label}`,
    columns: Array.from({ length: width }, (_, i) => ({ width: i === width - 1 ? 40 : 16 })),
    rows,
    freeze: { rows: 1, cols: 0 },
  };
}

function plain(value: unknown): SpecCell | null {
  if (value === undefined || value === null || value === "") return null;
  if (typeof value === "number" || typeof value === "boolean") return { value };
  return { value: String(value), type: "text" };
}

function cellFor(entity: EntityName, r: AnyRecord, field: string, kind: string): SpecCell | null {
  // The text as written wins over what the reader made of it (a status "Delayed", a decision "Go").
  const raw = r[`${field}Raw`];
  if (typeof raw === "string" && raw !== "") return { value: raw, type: "text" };
  // A capacity the submission left blank stays blank (the default is the ruleset's, not the file's).
  if (entity === "resources" && field === "capacity" && r.capacityDefaulted === true) return null;
  let value = r[field];
  if (entity === "projects" && field === "status" && value === undefined) value = r.state;
  if (entity === "financials" && field === "period") value = r.periodLabel;
  if (entity === "assignments" && (field === "start" || field === "finish") && value === undefined && typeof r.period === "string") {
    const bounds = periodBounds(r.period);
    if (bounds) value = field === "start" ? bounds.start : bounds.end;
  }
  if (value === undefined || value === null || value === "") return null;
  if ((kind === "date" || kind === "endDate") && typeof value === "number") return { value: isoFromDay(value), type: "date", style: "date" };
  if (kind === "percent" && typeof value === "number") return { value, style: "percent1" };
  if (typeof value === "number" || typeof value === "boolean") return { value };
  return { value: String(value), type: "text" };
}
