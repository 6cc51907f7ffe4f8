/** All portfolio figures of a run, computed once and shared by the rules and the report. */
import type { DayNumber } from "../model/dates";
import type { Portfolio } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { PortfolioIndex } from "../lookup/portfolio-index";
import { computeEarnedValue, EAC_FORMULAS } from "./earned-value";
import { buildGateMatrix } from "./gate-matrix";
import { computeResourceLoad, excludedStages, excludeProjectsIn } from "./resource-load";
import type { PortfolioMetrics } from "./types";
import { WorkWeek } from "./working-days";

export { EAC_FORMULAS } from "./earned-value";

/** Figures for a portfolio at the as-of date; resource load per month or ISO week. */
export function computeMetrics(portfolio: Portfolio, ruleset: Ruleset, index: PortfolioIndex, asOf: DayNumber, period: "month" | "week"): PortfolioMetrics {
  const { thresholds, lifecycle } = ruleset;
  const excluded = excludedStages(ruleset);
  const ev = computeEarnedValue(portfolio.projects, portfolio.financials, index, lifecycle.executingStages, asOf, thresholds.eacFormula, index.projectKeys);
  const resourceLoad = computeResourceLoad(portfolio.assignments, index, {
    period,
    week: new WorkWeek(thresholds.workingDays),
    defaultCapacity: thresholds.defaultCapacity,
    excludeProject: excluded.length > 0 ? excludeProjectsIn(excluded, index) : undefined,
  });
  return {
    ...ev,
    resourceLoad,
    gateMatrix: buildGateMatrix(portfolio.projects, index, ruleset, index.projectKeys),
    eacFormula: EAC_FORMULAS[thresholds.eacFormula],
  };
}
