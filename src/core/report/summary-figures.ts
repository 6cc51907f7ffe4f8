/** The portfolio-level figures behind the Portfolio Summary sheet, computed once as plain data. */
import type { CheckResult } from "../metrics/types";
import type { Portfolio } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";

export interface ProgramFigures {
  program: string;
  projects: number;
  budget: number;
  forecast: number;
  actual: number;
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

export interface SummaryFigures {
  projects: number;
  byStage: { stage: string; count: number }[];
  byRag: { status: "Green" | "Amber" | "Red" | "Not reported"; count: number }[];
  byProgram: ProgramFigures[];
  totals: { budget: number; actual: number; forecast: number; variance: number; variancePct?: number };
  byRule: RuleFigures[];
  demand: { period: string; demand: number; capacity: number }[];
  /** Projects with the most errors (then warnings), at most ATTENTION_LIMIT. */
  attention: AttentionFigures[];
}

export const ATTENTION_LIMIT = 10;

export const NO_STAGE = "(no stage)";
export const NO_PROGRAM = "(no program)";

const add = (a: number, b: number | undefined) => (typeof b === "number" && Number.isFinite(b) ? a + b : a);

function stageCounts(portfolio: Portfolio, ruleset: Ruleset): SummaryFigures["byStage"] {
  const counts = new Map<string, number>();
  for (const p of portfolio.projects) {
    const stage = p.stage?.trim() || NO_STAGE;
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  // The lifecycle's stages always show (an empty stage is information); others only when used.
  const ordered = [...ruleset.lifecycle.stages];
  for (const s of ruleset.lifecycle.inactiveStages) if (counts.has(s)) ordered.push(s);
  const rest = [...counts.keys()].filter((s) => !ordered.includes(s) && s !== NO_STAGE).sort();
  ordered.push(...rest);
  if (counts.has(NO_STAGE)) ordered.push(NO_STAGE);
  return ordered.map((stage) => ({ stage, count: counts.get(stage) ?? 0 }));
}

function programFigures(portfolio: Portfolio): ProgramFigures[] {
  const byProgram = new Map<string, ProgramFigures>();
  for (const p of portfolio.projects) {
    const program = p.program?.trim() || NO_PROGRAM;
    const f = byProgram.get(program) ?? { program, projects: 0, budget: 0, forecast: 0, actual: 0 };
    f.projects++;
    f.budget = add(f.budget, p.budget);
    f.forecast = add(f.forecast, p.forecast);
    f.actual = add(f.actual, p.actualCost);
    byProgram.set(program, f);
  }
  // Largest budgets first, so a chart of the first rows shows the programs that matter most.
  return [...byProgram.values()].sort((a, b) => b.budget - a.budget || a.program.localeCompare(b.program));
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

function demandByPeriod(result: CheckResult): SummaryFigures["demand"] {
  const loads = result.metrics.resourceLoad;
  const capacity = loads.reduce((s, r) => add(s, r.capacity), 0);
  const demand = new Map<string, number>();
  for (const r of loads) for (const p of r.periods) demand.set(p.period, add(demand.get(p.period) ?? 0, p.peak));
  return [...demand.keys()].sort().map((period) => ({ period, demand: demand.get(period)!, capacity }));
}

function needingAttention(portfolio: Portfolio, result: CheckResult): AttentionFigures[] {
  const projects = new Map(portfolio.projects.map((p) => [p.id, p]));
  const byProject = new Map<string, AttentionFigures>();
  for (const f of result.findings) {
    if (!f.projectId || f.severity === "info") continue;
    const p = projects.get(f.projectId);
    const a = byProject.get(f.projectId) ?? { projectId: f.projectId, name: p?.name, status: p?.status ?? p?.statusRaw, error: 0, warning: 0 };
    a[f.severity]++;
    byProject.set(f.projectId, a);
  }
  return [...byProject.values()]
    .sort((a, b) => b.error - a.error || b.warning - a.warning || (a.projectId < b.projectId ? -1 : 1))
    .slice(0, ATTENTION_LIMIT);
}

export function summaryFigures(portfolio: Portfolio, ruleset: Ruleset, result: CheckResult): SummaryFigures {
  const rag = { Green: 0, Amber: 0, Red: 0, "Not reported": 0 };
  let budget = 0, actual = 0, forecast = 0, variance = 0, varianceBase = 0;
  for (const p of portfolio.projects) {
    rag[p.status ?? "Not reported"]++;
    budget = add(budget, p.budget);
    actual = add(actual, p.actualCost);
    forecast = add(forecast, p.forecast);
    // Variance only where both figures exist: a missing forecast is not an underspend.
    if (typeof p.budget === "number" && typeof p.forecast === "number") {
      variance += p.forecast - p.budget;
      varianceBase += p.budget;
    }
  }
  return {
    projects: portfolio.projects.length,
    byStage: stageCounts(portfolio, ruleset),
    byRag: (["Green", "Amber", "Red", "Not reported"] as const).map((status) => ({ status, count: rag[status] })),
    byProgram: programFigures(portfolio),
    totals: { budget, actual, forecast, variance, variancePct: varianceBase > 0 ? variance / varianceBase : undefined },
    byRule: ruleFigures(result),
    demand: demandByPeriod(result),
    attention: needingAttention(portfolio, result),
  };
}
