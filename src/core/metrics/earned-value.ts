/**
 * Earned value per project (PMBOK): EV = % complete × BAC; PV from time-phased Financials when the
 * project has planned values, else BAC × the share of the planned duration elapsed at the as-of date;
 * AC = actual cost. EAC by the ruleset's formula, ETC = EAC − AC, VAC = BAC − EAC,
 * TCPI = (BAC − EV) / (BAC − AC).
 */
import type { DayNumber } from "../model/dates";
import type { FinancialPeriod, Project } from "../model/portfolio";
import type { Thresholds } from "../ruleset/types";
import type { PortfolioIndex } from "../lookup/portfolio-index";
import { matchKey } from "../lookup/keys";
import type { EarnedValueInput, PortfolioEarnedValue, PortfolioMetrics, ProjectEarnedValue } from "./types";

export const EAC_FORMULAS: Record<Thresholds["eacFormula"], string> = {
  cpi: "EAC = BAC / CPI",
  atypical: "EAC = AC + (BAC − EV)",
  "cpi-spi": "EAC = AC + (BAC − EV) / (CPI × SPI)",
};

/** Financial periods grouped by project (match key). */
export function financialsByProject(financials: FinancialPeriod[]): Map<string, FinancialPeriod[]> {
  const map = new Map<string, FinancialPeriod[]>();
  for (const f of financials) {
    const key = matchKey(f.projectId);
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}

/**
 * Planned value to the as-of date from time-phased rows. Rows normally hold each period's amount; a
 * column that never decreases and sums to over 1.5 × BAC is read as already cumulative (its latest
 * value up to the as-of date is the PV). Periods ending after the as-of date are not counted.
 */
export function plannedValueFromFinancials(rows: FinancialPeriod[], bac: number, asOf: DayNumber): number | undefined {
  const dated = rows.filter((r) => r.periodEnd !== undefined && r.plannedValue !== undefined).sort((a, b) => a.periodEnd! - b.periodEnd!);
  if (dated.length === 0) return undefined;
  let sum = 0;
  let monotone = true;
  for (let i = 0; i < dated.length; i++) {
    sum += dated[i].plannedValue!;
    if (i > 0 && dated[i].plannedValue! < dated[i - 1].plannedValue!) monotone = false;
  }
  const cumulative = monotone && dated.length > 1 && bac > 0 && sum > 1.5 * bac;
  let pv = 0;
  for (const row of dated) {
    if (row.periodEnd! > asOf) break;
    pv = cumulative ? row.plannedValue! : pv + row.plannedValue!;
  }
  return pv;
}

/** Planned value from the schedule: BAC × share of [start, finish] elapsed at the as-of date (inclusive days). */
export function plannedValueFromSchedule(project: Project, bac: number, asOf: DayNumber): number | undefined {
  const { start, finish } = project;
  if (start === undefined || finish === undefined || finish < start) return undefined;
  const share = Math.min(1, Math.max(0, (asOf - start + 1) / (finish - start + 1)));
  return bac * share;
}

/** Earned value of one project; undefined when it has no positive budget. */
export function projectEarnedValue(project: Project, financials: FinancialPeriod[] | undefined, asOf: DayNumber, formula: Thresholds["eacFormula"], stage?: string): ProjectEarnedValue | undefined {
  const bac = project.budget;
  if (bac === undefined || !(bac > 0)) return undefined;
  const row: ProjectEarnedValue = { projectId: project.id, name: project.name, program: project.program, stage, bac, pvSource: undefined };
  const fromFinancials = financials ? plannedValueFromFinancials(financials, bac, asOf) : undefined;
  if (fromFinancials !== undefined) {
    row.pv = fromFinancials;
    row.pvSource = "financials";
  } else {
    row.pv = plannedValueFromSchedule(project, bac, asOf);
    if (row.pv !== undefined) row.pvSource = "schedule";
  }
  if (project.percentComplete !== undefined) row.ev = Math.min(1, Math.max(0, project.percentComplete)) * bac;
  row.ac = project.actualCost;
  if (row.ev !== undefined && row.ac !== undefined && row.ac > 0) row.cpi = row.ev / row.ac;
  if (row.ev !== undefined && row.pv !== undefined && row.pv > 0) row.spi = row.ev / row.pv;
  const eac = estimateAtCompletion(formula, bac, row);
  if (eac !== undefined && Number.isFinite(eac)) {
    row.eac = eac;
    if (row.ac !== undefined) row.etc = eac - row.ac;
    row.vac = bac - eac;
  }
  if (row.ev !== undefined && row.ac !== undefined && bac !== row.ac) row.tcpi = (bac - row.ev) / (bac - row.ac);
  return row;
}

function estimateAtCompletion(formula: Thresholds["eacFormula"], bac: number, r: ProjectEarnedValue): number | undefined {
  if (formula === "cpi") return r.cpi !== undefined && r.cpi > 0 ? bac / r.cpi : undefined;
  if (r.ac === undefined || r.ev === undefined) return undefined;
  if (formula === "atypical") return r.ac + (bac - r.ev);
  return r.cpi !== undefined && r.spi !== undefined && r.cpi * r.spi > 0 ? r.ac + (bac - r.ev) / (r.cpi * r.spi) : undefined;
}

/** What an earned-value row lacks for the portfolio sums; empty when it has BAC, PV, EV and AC. */
export function missingInputs(row: ProjectEarnedValue | undefined): EarnedValueInput[] {
  if (!row) return ["budget"];
  const missing: EarnedValueInput[] = [];
  if (row.pv === undefined) missing.push("plannedValue");
  if (row.ev === undefined) missing.push("percentComplete");
  if (row.ac === undefined) missing.push("actualCost");
  return missing;
}

/**
 * Earned value of every project in an executing stage, and the portfolio totals. The totals cover
 * only the projects that have all four figures, so the portfolio CPI and SPI are exactly EV / AC and
 * EV / PV of the totals shown; the others are listed as excluded with what they lack. A project ID
 * used on several rows counts once, by its first row (as on every report sheet).
 */
export function computeEarnedValue(projects: Project[], financials: FinancialPeriod[], index: PortfolioIndex, executingStages: string[], asOf: DayNumber, formula: Thresholds["eacFormula"], keys?: string[]): Pick<PortfolioMetrics, "earnedValue" | "portfolioEv"> {
  const executing = new Set(executingStages.map(matchKey));
  // Projects share a few stage names: the last one's answer is kept.
  let lastStage: string | undefined;
  let lastExecuting = false;
  const byProject = financials.length > 0 ? financialsByProject(financials) : undefined;
  const earnedValue: ProjectEarnedValue[] = [];
  const seen = new Set<string>();
  const portfolioEv: PortfolioEarnedValue = { pv: 0, ev: 0, ac: 0, bac: 0, projects: [], excluded: [] };
  for (let i = 0; i < projects.length; i++) {
    const project = projects[i];
    const position = index.stageOf(project);
    if (position.kind !== "active") continue;
    if (position.name !== lastStage) {
      lastStage = position.name;
      lastExecuting = executing.has(matchKey(position.name!));
    }
    if (!lastExecuting) continue;
    const key = keys?.[i] ?? matchKey(project.id);
    if (seen.has(key)) continue;
    seen.add(key);
    const row = projectEarnedValue(project, byProject?.get(key), asOf, formula, position.name);
    if (row) earnedValue.push(row);
    const missing = missingInputs(row);
    if (missing.length > 0 || !row) {
      portfolioEv.excluded.push({ projectId: project.id, ...(project.name !== undefined ? { name: project.name } : {}), missing });
      continue;
    }
    portfolioEv.projects.push(project.id);
    portfolioEv.bac += row.bac;
    portfolioEv.pv += row.pv!;
    portfolioEv.ev += row.ev!;
    portfolioEv.ac += row.ac!;
  }
  if (portfolioEv.ac > 0) portfolioEv.cpi = portfolioEv.ev / portfolioEv.ac;
  if (portfolioEv.pv > 0) portfolioEv.spi = portfolioEv.ev / portfolioEv.pv;
  return { earnedValue, portfolioEv };
}
