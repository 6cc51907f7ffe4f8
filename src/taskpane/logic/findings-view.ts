/**
 * How the Check screen slices findings: filter by severity and free text, group by rule or project,
 * worst first, and lay the open groups out as rows for a virtual list. Pure, so the ordering users
 * rely on is pinned by tests.
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
  /** Every word must appear in the message, rule id, project, resource, period or cell. */
  query: string;
}

export interface FindingGroup {
  key: string;
  /** What the group is about in words: the rule's description, or the project's name. */
  title: string;
  /** The rule id or project id beside the title; empty when the title is the key itself. */
  detail: string;
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

// Built once per finding: typing in the search box re-filters thousands of findings per keystroke.
const haystacks = new WeakMap<Finding, string>();

function haystack(f: Finding): string {
  let text = haystacks.get(f);
  if (text === undefined) {
    const cell = f.location ? `${f.location.sheet}!${f.location.cell}` : "";
    text = [f.message, f.ruleId, f.projectId, f.resource, f.period, cell].filter(Boolean).join(" ").toLowerCase();
    haystacks.set(f, text);
  }
  return text;
}

/** Whether a filter leaves anything out (some severity unchosen, or a query typed). */
export function isFiltering(filter: FindingFilter): boolean {
  return filter.query.trim() !== "" || SEVERITIES.some((s) => !filter.severities.has(s));
}

/** Keeps the findings of the chosen severities that match every word of the query. */
export function filterFindings(findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && SEVERITIES.every((s) => filter.severities.has(s))) return [...findings];
  return findings.filter((f) => filter.severities.has(f.severity) && (words.length === 0 || words.every((w) => haystack(f).includes(w))));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Worst severity first, then by sheet and row so a group reads top to bottom like the workbook. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    cmp(a.location?.sheet ?? "", b.location?.sheet ?? "") ||
    (a.location?.row ?? 0) - (b.location?.row ?? 0) ||
    cmp(a.ruleId, b.ruleId)
  );
}

/** The key a finding is grouped under. */
export function groupKey(f: Finding, by: GroupBy): string {
  return by === "rule" ? f.ruleId : (f.projectId ?? NO_PROJECT);
}

/**
 * Groups findings by rule id or by project. Groups with errors come first, then by number of
 * findings; findings not tied to a project form one last group. `describe` gives a key its words
 * (the rule's description, the project's name), which become the group's title.
 */
export function groupFindings(findings: readonly Finding[], by: GroupBy, describe?: (key: string) => string | undefined): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = groupKey(f, by);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const result: FindingGroup[] = [...groups].map(([key, list]) => {
    const counts = countBySeverity(list);
    const worst = SEVERITIES.find((s) => counts[s] > 0) ?? "info";
    const words = key === NO_PROJECT ? "Not tied to one project" : describe?.(key);
    return { key, title: words ?? key, detail: words && key !== NO_PROJECT ? key : "", findings: list.sort(compareFindings), counts, worst };
  });
  return result.sort(
    (a, b) =>
      Number(a.key === NO_PROJECT) - Number(b.key === NO_PROJECT) ||
      RANK[a.worst] - RANK[b.worst] ||
      b.findings.length - a.findings.length ||
      cmp(a.title, b.title),
  );
}

/** Findings per group key, before any filter (for "3 of 12" in a filtered group's header). */
export function totalsByKey(findings: readonly Finding[], by: GroupBy): Map<string, number> {
  const totals = new Map<string, number>();
  for (const f of findings) {
    const key = groupKey(f, by);
    totals.set(key, (totals.get(key) ?? 0) + 1);
  }
  return totals;
}

export type FindingRow = { kind: "group"; group: FindingGroup; open: boolean } | { kind: "finding"; finding: Finding; group: FindingGroup; index: number };

/** The rows a list shows: each group's header, and the findings of the open groups under it. */
export function findingRows(groups: readonly FindingGroup[], open: ReadonlySet<string>): FindingRow[] {
  const rows: FindingRow[] = [];
  for (const group of groups) {
    const isOpen = open.has(group.key);
    rows.push({ kind: "group", group, open: isOpen });
    if (isOpen) group.findings.forEach((finding, index) => rows.push({ kind: "finding", finding, group, index }));
  }
  return rows;
}
