/** Deterministic order and totals of findings. */
import type { Finding, FindingSummary } from "../../findings";
import { matchKey } from "../../lookup/keys";
import { columnNumber } from "../../lookup/location";

const RANK = { error: 0, warning: 1, info: 2 } as const;

function cmp(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a < b ? -1 : 1;
}

/**
 * Sorts in place: severity, then sheet, row and column (findings without a cell after those with
 * one), then rule id, project, resource, period and message, so two runs print the same list.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const keyed = positionKeys(findings) ?? findings.map((f) => ({ f, position: 0, col: f.location ? columnNumber(f.location.cell) : Infinity }));
  keyed.sort((x, y) => x.position - y.position || compareFindings(x.f, y.f, x.col, y.col));
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i].f;
  return findings;
}

interface Keyed {
  f: Finding;
  /** Severity, sheet, row and column packed into one exact number (0 for all when they do not fit). */
  position: number;
  col: number;
}

function compareFindings(a: Finding, b: Finding, colA: number, colB: number): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    cmp(a.location?.sheet, b.location?.sheet) ||
    (a.location?.row ?? Infinity) - (b.location?.row ?? Infinity) ||
    (colA === colB ? 0 : colA - colB) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.projectId, b.projectId) ||
    cmp(a.resource, b.resource) ||
    cmp(a.period, b.period) ||
    cmp(a.message, b.message)
  );
}

const ROW_BITS = 2 ** 24;
const COL_BITS = 2 ** 15;
const SHEET_BITS = 2 ** 10;

/**
 * Each finding's severity, sheet (by its rank among the findings' sheets, none last), row and column
 * packed into one number that orders as those four compare: most comparisons of a large list then end
 * on one subtraction instead of four property chains. Null when some row or column does not fit (the
 * caller then compares field by field, with the same result).
 */
function positionKeys(findings: Finding[]): Keyed[] | null {
  const sheets = new Map<string, number>();
  for (const f of findings) if (f.location) sheets.set(f.location.sheet, 0);
  if (sheets.size >= SHEET_BITS - 1) return null;
  [...sheets.keys()].sort(cmp).forEach((sheet, k) => sheets.set(sheet, k));
  const keyed: Keyed[] = new Array(findings.length);
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const at = f.location;
    const col = at ? columnNumber(at.cell) : Infinity;
    // Without a cell: after every sheet, row and column (Infinity in the field-by-field comparison).
    const sheet = at ? sheets.get(at.sheet)! : sheets.size;
    const row = at ? at.row : ROW_BITS - 1;
    const rank: number | undefined = RANK[f.severity];
    if (rank === undefined || (at && !(Number.isInteger(row) && row >= 0 && row < ROW_BITS - 1))) return null;
    if (col !== Infinity && !(Number.isInteger(col) && col >= 0 && col < COL_BITS - 1)) return null;
    const column = col === Infinity ? COL_BITS - 1 : col;
    keyed[i] = { f, position: ((rank * SHEET_BITS + sheet) * ROW_BITS + row) * COL_BITS + column, col };
  }
  return keyed;
}

/**
 * Counts by severity, and the projects with findings. `isProject` (a match key) leaves out ids that name
 * no project of the portfolio (a gate row naming PRJ-999 is not a project with findings).
 */
export function summarize(findings: Finding[], skipped: Record<string, string>, isProject: (key: string) => boolean = () => true): FindingSummary {
  const summary: FindingSummary = { error: 0, warning: 0, info: 0, total: findings.length, projects: 0, skipped };
  const projects = new Set<string>();
  let last: string | undefined;
  for (const f of findings) {
    summary[f.severity]++;
    if (f.projectId !== undefined && f.projectId !== last) {
      last = f.projectId;
      const key = matchKey(f.projectId);
      if (isProject(key)) projects.add(key);
    }
  }
  summary.projects = projects.size;
  return summary;
}
