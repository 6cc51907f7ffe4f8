/**
 * Run snapshots: what one check found, kept inside the workbook so that the history travels with the
 * file and survives re-runs (issue 12 §3). A snapshot holds the as-of date, the ruleset (name, version,
 * fingerprint), the data fingerprint, the counts, each project's RAG with the indicators behind it,
 * and the keys of the findings. The Portfolio Summary compares the last two snapshots (new and fixed
 * findings, projects whose RAG changed) and charts the last 12; the task pane's History keeps the same
 * snapshot with each run it records.
 */
import type { CheckResult } from "../metrics/types";
import type { Finding } from "../findings";
import { isoFromDay, type DayNumber } from "../model/dates";
import type { Portfolio } from "../model/portfolio";
import { uniqueProjects } from "../metrics/unique-projects";
import { rulesetFingerprint } from "../ruleset/fingerprint";
import type { Ruleset } from "../ruleset/types";
import { RAG_CATEGORIES, ragOf, type RagCategory } from "../report/summary-figures";

export const SNAPSHOT_VERSION = 1;
/** Snapshots kept in a workbook; the oldest go first. */
export const SNAPSHOTS_KEPT = 24;
/** Snapshots that keep their finding keys (new and fixed need only the last two); older keep counts and RAG. */
export const SNAPSHOTS_WITH_FINDINGS = 3;
/** Finding keys kept per snapshot; the counts are always complete. */
export const FINDING_KEYS_KEPT = 20_000;

/** One project as a run saw it: its reported RAG and the indicators that explain a change of it. */
export interface ProjectSnapshot {
  rag: RagCategory;
  /** Errors and warnings of the project's findings. */
  errors: number;
  warnings: number;
  cpi?: number;
  spi?: number;
  /** Forecast variance as a share of budget ((forecast − budget) ÷ budget). */
  variance?: number;
}

export interface Snapshot {
  v: number;
  /** The as-of date of the run (ISO). Runs are told apart by it, not by the clock, so a re-run gives the same bytes. */
  asOf: string;
  ruleset: { name: string; version: string; fingerprint: string };
  /** sourceFingerprint of the data checked. */
  data: string;
  counts: { error: number; warning: number; info: number; total: number; projects: number; withFindings: number; rag: Record<RagCategory, number> };
  projects: Record<string, ProjectSnapshot>;
  /** findingKey of every finding (absent in older snapshots, whose keys were dropped to keep the file small). */
  findings?: string[];
  /** Set when the run had more findings than FINDING_KEYS_KEPT. */
  findingsTruncated?: boolean;
}

/**
 * The stable identity of a finding across runs: rule, subject (project, resource, period) and cell.
 * The message is left out on purpose: "over budget by 12%" and "by 14%" are the same problem.
 * @example findingKey({ ruleId: "gate/missing", projectId: "P-1", location: { sheet: "Projects", cell: "D4", row: 4 } })
 * // "gate/missing|P-1|||Projects!D4"
 */
export function findingKey(f: Pick<Finding, "ruleId" | "projectId" | "resource" | "period" | "location">): string {
  const cell = f.location ? `${f.location.sheet}!${f.location.cell}` : "";
  return [f.ruleId, f.projectId ?? "", f.resource ?? "", f.period ?? "", cell].join("|");
}

/** The parts of a finding key, for listing a fixed finding of which only the key is left. */
export function keyParts(key: string): { ruleId: string; projectId: string; resource: string; period: string; cell: string } {
  const [ruleId = "", projectId = "", resource = "", period = "", ...cell] = key.split("|");
  return { ruleId, projectId, resource, period, cell: cell.join("|") };
}

const finite = (x: number | undefined): x is number => typeof x === "number" && Number.isFinite(x);

export interface SnapshotInput {
  asOf: DayNumber;
  ruleset: Ruleset;
  portfolio: Portfolio;
  result: CheckResult;
  fingerprint: string;
}

/** The snapshot of one check. */
export function takeSnapshot(input: SnapshotInput): Snapshot {
  const { projects } = uniqueProjects(input.portfolio.projects);
  const ev = new Map(input.result.metrics.earnedValue.map((e) => [e.projectId, e]));
  const perProject: Record<string, ProjectSnapshot> = {};
  const rag = Object.fromEntries(RAG_CATEGORIES.map((c) => [c, 0])) as Record<RagCategory, number>;
  for (const p of projects) {
    const r = ragOf(p);
    rag[r]++;
    const e = ev.get(p.id);
    const snap: ProjectSnapshot = { rag: r, errors: 0, warnings: 0 };
    if (finite(e?.cpi)) snap.cpi = round(e.cpi);
    if (finite(e?.spi)) snap.spi = round(e.spi);
    if (finite(p.budget) && p.budget > 0 && finite(p.forecast)) snap.variance = round((p.forecast - p.budget) / p.budget);
    perProject[p.id] = snap;
  }
  for (const f of input.result.findings) {
    const snap = f.projectId === undefined ? undefined : perProject[f.projectId];
    if (!snap) continue;
    if (f.severity === "error") snap.errors++;
    else if (f.severity === "warning") snap.warnings++;
  }
  const s = input.result.summary;
  const keys = input.result.findings.slice(0, FINDING_KEYS_KEPT).map(findingKey);
  return {
    v: SNAPSHOT_VERSION,
    asOf: isoFromDay(input.asOf),
    ruleset: { name: input.ruleset.name, version: input.ruleset.version, fingerprint: rulesetFingerprint(input.ruleset) },
    data: input.fingerprint,
    counts: { error: s.error, warning: s.warning, info: s.info, total: s.total, projects: projects.length, withFindings: s.projects, rag },
    projects: perProject,
    findings: keys,
    ...(input.result.findings.length > FINDING_KEYS_KEPT ? { findingsTruncated: true } : {}),
  };
}

/** Indicators to 4 decimals: enough to tell a change, and the same on every machine. */
function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Whether two snapshots record the same run: same as-of date, data and ruleset. */
export function sameRun(a: Snapshot, b: Snapshot): boolean {
  return a.asOf === b.asOf && a.data === b.data && a.ruleset.fingerprint === b.ruleset.fingerprint && a.ruleset.version === b.ruleset.version;
}

/**
 * The history after this run: a re-run of the last recorded run replaces it (so running twice gives
 * the same workbook), any other run is appended; then the oldest beyond SNAPSHOTS_KEPT are dropped
 * and only the last SNAPSHOTS_WITH_FINDINGS keep their finding keys.
 */
export function appendSnapshot(history: readonly Snapshot[], current: Snapshot): Snapshot[] {
  const last = history[history.length - 1];
  const kept = last && sameRun(last, current) ? history.slice(0, -1) : [...history];
  kept.push(current);
  const recent = kept.slice(-SNAPSHOTS_KEPT);
  return recent.map((s, i) => {
    if (i >= recent.length - SNAPSHOTS_WITH_FINDINGS || s.findings === undefined) return s;
    const { findings: _dropped, findingsTruncated: _t, ...rest } = s;
    return rest;
  });
}

/** One indicator that moved between two runs, in words: "CPI 0.97 → 0.88". */
export interface IndicatorChange {
  indicator: string;
  was?: number;
  now?: number;
  text: string;
}

export interface RagChange {
  projectId: string;
  was: RagCategory;
  now: RagCategory;
  changed: IndicatorChange[];
}

export interface SnapshotDiff {
  /** Keys of findings in the current run and not the previous one (as multisets). */
  added: string[];
  fixed: string[];
  unchanged: number;
  /** Whether both runs kept their finding keys (else added/fixed are unknown). */
  comparable: boolean;
  ragChanges: RagChange[];
  /** Projects in the current run that the previous one did not have, and the other way round. */
  newProjects: string[];
  goneProjects: string[];
}

const INDICATORS: { key: keyof ProjectSnapshot; label: string; format: (x: number) => string }[] = [
  { key: "errors", label: "errors", format: (x) => String(x) },
  { key: "warnings", label: "warnings", format: (x) => String(x) },
  { key: "cpi", label: "CPI", format: (x) => x.toFixed(2) },
  { key: "spi", label: "SPI", format: (x) => x.toFixed(2) },
  { key: "variance", label: "forecast variance", format: (x) => `${(x * 100).toFixed(1)}%` },
];

/** The indicators that differ between two snapshots of a project. */
export function indicatorChanges(was: ProjectSnapshot, now: ProjectSnapshot): IndicatorChange[] {
  const out: IndicatorChange[] = [];
  for (const { key, label, format } of INDICATORS) {
    const a = was[key] as number | undefined;
    const b = now[key] as number | undefined;
    if (a === b) continue;
    const show = (x: number | undefined) => (x === undefined ? "n/a" : format(x));
    out.push({ indicator: label, ...(a !== undefined ? { was: a } : {}), ...(b !== undefined ? { now: b } : {}), text: `${label} ${show(a)} → ${show(b)}` });
  }
  return out;
}

/** What changed from `previous` to `current`: new and fixed findings, projects whose RAG changed and why. */
export function diffSnapshots(current: Snapshot, previous: Snapshot): SnapshotDiff {
  const comparable = current.findings !== undefined && previous.findings !== undefined;
  const added: string[] = [];
  const fixed: string[] = [];
  let unchanged = 0;
  if (comparable) {
    const remaining = new Map<string, number>();
    for (const k of previous.findings!) remaining.set(k, (remaining.get(k) ?? 0) + 1);
    for (const k of current.findings!) {
      const left = remaining.get(k) ?? 0;
      if (left > 0) {
        remaining.set(k, left - 1);
        unchanged++;
      } else added.push(k);
    }
    for (const k of previous.findings!) {
      const left = remaining.get(k) ?? 0;
      if (left > 0) {
        fixed.push(k);
        remaining.set(k, left - 1);
      }
    }
  }
  const ragChanges: RagChange[] = [];
  const newProjects: string[] = [];
  for (const [id, now] of Object.entries(current.projects)) {
    const was = previous.projects[id];
    if (!was) {
      newProjects.push(id);
      continue;
    }
    if (was.rag !== now.rag) ragChanges.push({ projectId: id, was: was.rag, now: now.rag, changed: indicatorChanges(was, now) });
  }
  const goneProjects = Object.keys(previous.projects).filter((id) => !(id in current.projects));
  const byId = (a: { projectId: string }, b: { projectId: string }) => (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0);
  return { added, fixed, unchanged, comparable, ragChanges: ragChanges.sort(byId), newProjects: newProjects.sort(), goneProjects: goneProjects.sort() };
}
