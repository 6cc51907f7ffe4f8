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
  const keyed = findings.map((f) => ({ f, col: f.location ? columnNumber(f.location.cell) : Infinity }));
  keyed.sort((x, y) => {
    const a = x.f;
    const b = y.f;
    return (
      RANK[a.severity] - RANK[b.severity] ||
      cmp(a.location?.sheet, b.location?.sheet) ||
      (a.location?.row ?? Infinity) - (b.location?.row ?? Infinity) ||
      (x.col === y.col ? 0 : x.col - y.col) ||
      cmp(a.ruleId, b.ruleId) ||
      cmp(a.projectId, b.projectId) ||
      cmp(a.resource, b.resource) ||
      cmp(a.period, b.period) ||
      cmp(a.message, b.message)
    );
  });
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i].f;
  return findings;
}

/** Counts by severity and the number of distinct projects with findings. */
export function summarize(findings: Finding[], skipped: Record<string, string>): FindingSummary {
  const summary: FindingSummary = { error: 0, warning: 0, info: 0, total: findings.length, projects: 0, skipped };
  const projects = new Set<string>();
  let last: string | undefined;
  for (const f of findings) {
    summary[f.severity]++;
    if (f.projectId !== undefined && f.projectId !== last) {
      last = f.projectId;
      projects.add(matchKey(f.projectId));
    }
  }
  summary.projects = projects.size;
  return summary;
}
