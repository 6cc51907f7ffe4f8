/**
 * The portfolio-level figures behind the Portfolio Summary sheet, computed once as plain data. Every
 * figure counts each project ID once (metrics/unique-projects.ts) and says what it covers: a total
 * over the projects that have the figure, undefined ("n/a" on the sheet) when none has it, never 0.
 */
import type { CheckResult } from "../metrics/types";
import { portfolioCapacity, type PortfolioCapacity } from "../metrics/capacity";
import { uniqueProjects, type UniqueProjects } from "../metrics/unique-projects";
import type { Portfolio, Project } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import { appendAll } from "../arrays";

/** A sum over the projects that have the figure: `of` projects considered, `count` of them with it. */
export interface Total {
  /** Undefined when no project has the figure. */
  value?: number;
  count: number;
  of: number;
}

export interface ProgramFigures {
  program: string;
  projects: number;
  budget: Total;
  forecast: Total;
  actual: Total;
  rag: Record<RagCategory, number>;
}

export interface RuleFigures {
  ruleId: string;
  error: number;
  warning: number;
  info: number;
  total: number;
}

export interface AttentionFigures {
  projectId: string;
  name?: string;
  status?: string;
  error: number;
  warning: number;
}

/** RAG as reported; "Other" is a status word that is not a RAG, "Not reported" a blank. */
export type RagCategory = "Green" | "Amber" | "Red" | "Other" | "Not reported";
export const RAG_CATEGORIES: readonly RagCategory[] = ["Green", "Amber", "Red", "Other", "Not reported"];

export interface SummaryFigures {
  /** Distinct project IDs. */
  projects: number;
  duplicates: UniqueProjects["duplicates"];
  byStage: { stage: string; count: number }[];
  byRag: { status: RagCategory; count: number }[];
  /** Status words counted as "Other", as typed, with their counts. */
  otherStatuses: { text: string; count: number }[];
  byProgram: ProgramFigures[];
  totals: { budget: Total; actual: Total; forecast: Total; variance: Total; variancePct?: number };
  byRule: RuleFigures[];
  capacity: PortfolioCapacity;
  /** Projects with the most errors (then warnings), at most ATTENTION_LIMIT. */
  attention: AttentionFigures[];
}

export const ATTENTION_LIMIT = 10;

export const NO_STAGE = "(no stage)";
export const NO_PROGRAM = "(no program)";

const finite = (x: number | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/** Sums `pick` over the projects that have it. */
export function total(projects: readonly Project[], pick: (p: Project) => number | undefined): Total {
  let value = 0;
  let count = 0;
  for (const p of projects) {
    const v = pick(p);
    if (!finite(v)) continue;
    value += v;
    count++;
  }
  return count > 0 ? { value, count, of: projects.length } : { count, of: projects.length };
}

export function ragOf(p: Project): RagCategory {
  if (p.status) return p.status;
  return p.statusRaw !== undefined && p.statusRaw.trim() !== "" ? "Other" : "Not reported";
}

function stageCounts(projects: readonly Project[], ruleset: Ruleset): SummaryFigures["byStage"] {
  const counts = new Map<string, number>();
  for (const p of projects) {
    const stage = p.stage?.trim() || NO_STAGE;
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  // The lifecycle's stages always show (an empty stage is information); others only when used.
  const ordered = [...ruleset.lifecycle.stages];
  for (const s of ruleset.lifecycle.inactiveStages) if (counts.has(s)) ordered.push(s);
  const rest = [...counts.keys()].filter((s) => !ordered.includes(s) && s !== NO_STAGE).sort();
  appendAll(ordered, rest);
  if (counts.has(NO_STAGE)) ordered.push(NO_STAGE);
  return ordered.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}

function emptyRag(): Record<RagCategory, number> {
  return { Green: 0, Amber: 0, Red: 0, Other: 0, "Not reported": 0 };
}

function programFigures(projects: readonly Project[]): ProgramFigures[] {
  const byProgram = new Map<string, Project[]>();
  for (const p of projects) {
    const program = p.program?.trim() || NO_PROGRAM;
    const list = byProgram.get(program);
    if (list) list.push(p);
    else byProgram.set(program, [p]);
  }
  const out = [...byProgram].map(([program, list]): ProgramFigures => {
    const rag = emptyRag();
    for (const p of list) rag[ragOf(p)]++;
    return { program, projects: list.length, budget: total(list, (p) => p.budget), forecast: total(list, (p) => p.forecast), actual: total(list, (p) => p.actualCost), rag };
  });
  // Largest budgets first, so a chart of the first rows shows the programs that matter most.
  return out.sort((a, b) => (b.budget.value ?? 0) - (a.budget.value ?? 0) || a.program.localeCompare(b.program));
}

function ruleFigures(result: CheckResult): RuleFigures[] {
  const byRule = new Map<string, RuleFigures>();
  for (const f of result.findings) {
    const r = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, error: 0, warning: 0, info: 0, total: 0 };
    r[f.severity]++;
    r.total++;
    byRule.set(f.ruleId, r);
  }
  return [...byRule.values()].sort((a, b) => b.total - a.total || (a.ruleId < b.ruleId ? -1 : 1));
}

function needingAttention(projects: readonly Project[], result: CheckResult): AttentionFigures[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const byProject = new Map<string, AttentionFigures>();
  for (const f of result.findings) {
    if (!f.projectId || f.severity === "info") continue;
    const p = byId.get(f.projectId);
    const a = byProject.get(f.projectId) ?? { projectId: f.projectId, name: p?.name, status: p?.status ?? p?.statusRaw, error: 0, warning: 0 };
    a[f.severity]++;
    byProject.set(f.projectId, a);
  }
  return [...byProject.values()]
    .sort((a, b) => b.error - a.error || b.warning - a.warning || (a.projectId < b.projectId ? -1 : 1))
    .slice(0, ATTENTION_LIMIT);
}

export function summaryFigures(portfolio: Portfolio, ruleset: Ruleset, result: CheckResult): SummaryFigures {
  const { projects, duplicates } = uniqueProjects(portfolio.projects);
  const rag = emptyRag();
  const other = new Map<string, number>();
  for (const p of projects) {
    const r = ragOf(p);
    rag[r]++;
    if (r === "Other") other.set(p.statusRaw!.trim(), (other.get(p.statusRaw!.trim()) ?? 0) + 1);
  }
  // Variance only where both figures exist: a missing forecast is not an underspend.
  const both = projects.filter((p) => finite(p.budget) && finite(p.forecast));
  const variance = total(both, (p) => p.forecast! - p.budget!);
  const varianceBase = total(both, (p) => p.budget).value;
  return {
    projects: projects.length,
    duplicates,
    byStage: stageCounts(projects, ruleset),
    byRag: RAG_CATEGORIES.map((status) => ({ status, count: rag[status] })),
    otherStatuses: [...other].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
    byProgram: programFigures(projects),
    totals: {
      budget: total(projects, (p) => p.budget),
      actual: total(projects, (p) => p.actualCost),
      forecast: total(projects, (p) => p.forecast),
      variance: { ...variance, of: projects.length },
      ...(variance.value !== undefined && varianceBase ? { variancePct: variance.value / varianceBase } : {}),
    },
    byRule: ruleFigures(result),
    capacity: portfolioCapacity(portfolio.resources, result.metrics.resourceLoad, ruleset.thresholds.defaultCapacity),
    attention: needingAttention(projects, result),
  };
}
