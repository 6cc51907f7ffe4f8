/**
 * Whether a sheet holds a project register, judged by its content: how many rows, how many distinct
 * IDs, which register fields it has, and the signs of something else (a RAID log, a status history, a
 * task list, an allocation plan). Sheets named like a register compete on this evidence too, so that a
 * task list called "Projects" does not win over the real register on "Portfolio".
 */
import { fieldLabelOf } from "../model/fields";
import { matchKey } from "../lookup/keys";
import { cellText } from "./cells";
import { matchColumns, type FieldColumn, type HeaderCell } from "./columns";
import { entityNameSet } from "./synonyms";
import type { Located } from "./locate";
import { normalizeHeader } from "./normalize";
import { dataRows } from "./rows";
import { sourceColumn, sourceFile } from "../consolidate/regroup";

export interface RegisterEvidence {
  /** Data rows that name a project (an ID, or a name without an ID column). */
  rows: number;
  /** Distinct IDs (or names) among them. */
  distinct: number;
  /** Register fields the header has, besides the ID and name. */
  fields: string[];
  /** Why the sheet is not a register; undefined when nothing says so. */
  not?: string;
  /** Higher is more like a register (only compared between candidates). */
  score: number;
}

/** Rows looked at: enough to judge repetition, few enough to stay cheap on huge sheets. */
const SAMPLE_ROWS = 5000;
const RISK_FIELDS = ["probability", "impact", "mitigation", "rating"];
/** Fields a register has and a task list, a log or a plan has not. */
const REGISTER_FIELDS = new Set(["budget", "actualCost", "forecast", "sponsor", "stage", "program", "objective", "strategicScore"]);
const TASK_HEADER = /^(?:tasks?|taskname|subtasks?|activity|activities|workitem|todo|predecessors?|duration|assignedto|assignee|bucket|plannerbucket)$/;
const HISTORY_HEADER = /^(?:week|weekending|weekof|weekcommencing|reportdate|reportingdate|statusdate|asof|asofdate|date|period|month|reportingperiod|updatedon|updatedate|snapshotdate)$/;

/** The evidence for a located projects candidate. @example registerEvidence(loc).not // "a status history: …" */
export function registerEvidence(loc: Located, named: boolean): RegisterEvidence {
  const { view, header, region } = loc;
  const f = header.match.fields;
  const keyCol = (f.get("id") ?? f.get("name"))?.col;
  const fields = [...f.keys()].filter((k) => k !== "id" && k !== "name");
  let rows = 0;
  const keys = new Set<string>();
  // A consolidated workbook's Source column names each row's submission: an id repeated by another
  // submission is a duplicate id (data/duplicate-id's), not a history, so repeats count per submission.
  const sourceCol = sourceColumn(header);
  const perSubmission = sourceCol === undefined ? undefined : new Set<string>();
  if (keyCol !== undefined) {
    const cols = [...f.values()].map((c) => c.col);
    const bottom = Math.min(region.bottom, header.row + SAMPLE_ROWS);
    for (const r of dataRows(view, header.row, bottom, cols, [keyCol], new Map())) {
      const key = cellText(view, r, keyCol);
      if (key === undefined) continue;
      rows++;
      const k = matchKey(key);
      keys.add(k);
      if (perSubmission) perSubmission.add(`${sourceFile(view.value(r, sourceCol!)) ?? ""}\u0000${k}`);
    }
  }
  const distinct = keys.size;
  const unrepeated = perSubmission ? perSubmission.size : distinct;
  const register = fields.filter((k) => REGISTER_FIELDS.has(k));
  const not = negativeSignal(loc, rows, unrepeated, register, named);
  const score = fields.length * 2 + register.length * 2 + (rows > 0 ? (4 * unrepeated) / rows : 0) + (named ? 4 : 0) + (loc.table ? 4 : 0) + Math.min(rows, 200) / 100;
  return { rows, distinct, fields, not, score };
}

/** What negativeSignal reads of a header's texts alone: the same for every sheet with that header. */
interface HeaderTraits {
  texts: string[];
  risk: Map<string, FieldColumn>;
  riskCols: string[];
  plan: Map<string, FieldColumn>;
}

/** By header cells: a consolidation's submissions share their header rows' results (header.ts), so each is judged once a run. */
const traitsOf = new WeakMap<HeaderCell[], HeaderTraits>();

function headerTraits(cells: HeaderCell[]): HeaderTraits {
  let t = traitsOf.get(cells);
  if (!t) {
    const risk = matchColumns("risks", cells).fields;
    t = {
      texts: cells.map((c) => normalizeHeader(c.text.split(" / ").pop() ?? c.text)),
      risk,
      riskCols: RISK_FIELDS.filter((k) => risk.has(k)),
      plan: matchColumns("assignments", cells).fields,
    };
    traitsOf.set(cells, t);
  }
  return t;
}

function negativeSignal(loc: Located, rows: number, distinct: number, register: string[], named: boolean): string | undefined {
  const cells = loc.header.cells;
  const { texts, risk, riskCols, plan } = headerTraits(cells);
  const riskNamed = entityNameSet("risks").has(normalizeHeader(loc.view.name));
  if ((riskCols.length >= 2 || riskNamed) && !register.includes("budget") && !register.includes("stage")) {
    const shown = riskCols.map((k) => risk.get(k)!.header);
    return `a RAID log${shown.length > 0 ? ` (${shown.join(", ")} columns)` : ` (the sheet is named ${loc.view.name})`}, not a project register`;
  }
  if (plan.has("resource") && plan.has("allocation") && register.length === 0) {
    return `an allocation plan (${plan.get("resource")!.header}, ${plan.get("allocation")!.header} columns), not a project register`;
  }
  if (rows >= 6 && distinct <= rows * 0.6) {
    const when = cells.find((c, i) => HISTORY_HEADER.test(texts[i]) || loc.header.match.fields.get("lastUpdate")?.col === c.col);
    if (when) return `a status history: ${rows} rows for ${distinct} projects, one per ${when.text}`;
    return `a task list or log: ${rows - distinct} of ${rows} rows repeat an ID already listed`;
  }
  const task = cells.find((_, i) => TASK_HEADER.test(texts[i]));
  if (task && register.length === 0 && !named) return `a task list (a ${task.text} column, and no ${["budget", "sponsor", "stage"].map((k) => fieldLabelOf("projects", k)).join(", ")} column)`;
  return undefined;
}

/** "34 rows, 34 distinct IDs; Budget, Actual Cost, Stage" for the reasons a register was chosen. */
export function describeEvidence(e: RegisterEvidence, loc: Located): string {
  const key = loc.header.match.fields.has("id") ? "ID" : "name";
  const cols = e.fields.map((k) => loc.header.match.fields.get(k)!.header);
  const rows = e.rows === 1 ? "1 row" : `${e.rows} rows`;
  const distinct = e.distinct === 1 ? `1 ${key}` : `${e.distinct} distinct ${key}s`;
  return `${rows} with ${distinct}${cols.length > 0 ? `; ${cols.slice(0, 8).join(", ")}${cols.length > 8 ? "…" : ""}` : ""}`;
}
