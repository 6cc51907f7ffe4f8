/**
 * How the Check screen slices findings: filter by severity and free text, group by rule or project,
 * worst first. Pure, so the ordering users rely on is pinned by tests.
 */
import type { Finding, FindingSeverity } from "../../core/findings";

export type GroupBy = "rule" | "project";

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface FindingFilter {
  severities: ReadonlySet<FindingSeverity>;
  /** Free text; every word must appear in the message, rule id, project, resource, period or cell. */
  query: string;
}

export interface FindingGroup {
  key: string;
  label: string;
  findings: Finding[];
  counts: SeverityCounts;
  worst: FindingSeverity;
}

export const SEVERITIES: readonly FindingSeverity[] = ["error", "warning", "info"];
const RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };
/** Group key of findings that concern no single project (a resource, the whole portfolio). */
export const NO_PROJECT = "\u0000none";

export function countBySeverity(findings: readonly Pick<Finding, "severity">[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

function haystack(f: Finding): string {
  const cell = f.location ? `${f.location.sheet}!${f.location.cell}` : "";
  return [f.message, f.ruleId, f.projectId, f.resource, f.period, cell].filter(Boolean).join(" ").toLowerCase();
}

/** Keeps the findings of the chosen severities that match every word of the query. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter((f) => filter.severities.has(f.severity) && (words.length === 0 || words.every((w) => haystack(f).includes(w))));
}

/** Worst severity first, then by sheet and row so a group reads top to bottom like the workbook. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    (a.location?.sheet ?? "").localeCompare(b.location?.sheet ?? "") ||
    (a.location?.row ?? 0) - (b.location?.row ?? 0) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/**
 * Groups findings by rule id or by project. Groups with errors come first, then by number of
 * findings; findings not tied to a project form one last group. `describe` adds a name to a group's
 * key in its label (the project's name, the rule's description).
 */
export function groupFindings(findings: readonly Finding[], by: GroupBy, describe?: (key: string) => string | undefined): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = by === "rule" ? f.ruleId : (f.projectId ?? NO_PROJECT);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const result: FindingGroup[] = [...groups].map(([key, list]) => {
    const counts = countBySeverity(list);
    const worst = SEVERITIES.find((s) => counts[s] > 0) ?? "info";
    const description = key === NO_PROJECT ? undefined : describe?.(key);
    const label = key === NO_PROJECT ? "Not tied to one project" : description ? `${key} · ${description}` : key;
    return { key, label, findings: [...list].sort(compareFindings), counts, worst };
  });
  return result.sort(
    (a, b) =>
      Number(a.key === NO_PROJECT) - Number(b.key === NO_PROJECT) ||
      RANK[a.worst] - RANK[b.worst] ||
      b.findings.length - a.findings.length ||
      a.label.localeCompare(b.label),
  );
}
