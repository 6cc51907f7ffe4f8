/**
 * Figures the engine computes once per run and shares with the rules and the report: earned value per
 * project and for the portfolio, resource load per period, and the gate matrix.
 */
import type { Finding, FindingSummary } from "../findings";
import type { DayNumber } from "../model/dates";
import type { CellLocation } from "../../workbook/port";

/** Everything one run of the ruleset over a portfolio produces. */
export interface CheckResult {
  findings: Finding[];
  summary: FindingSummary;
  metrics: PortfolioMetrics;
  asOf: DayNumber;
  period: "month" | "week";
}

export interface PortfolioMetrics {
  earnedValue: ProjectEarnedValue[];
  /** Sums over the projects with earned value (indices only when their denominators are positive). */
  portfolioEv: { pv: number; ev: number; ac: number; bac: number; cpi?: number; spi?: number };
  resourceLoad: ResourceLoad[];
  gateMatrix: GateMatrix;
  /** The EAC formula used, as reports name it, e.g. "EAC = BAC / CPI". */
  eacFormula: string;
}

/** Earned value of one project in an executing stage (PMBOK terms; see docs/rules/budget/cpi.md). */
export interface ProjectEarnedValue {
  projectId: string;
  name?: string;
  program?: string;
  stage?: string;
  /** Budget at completion. */
  bac: number;
  pv?: number;
  ev?: number;
  ac?: number;
  cpi?: number;
  spi?: number;
  eac?: number;
  etc?: number;
  vac?: number;
  tcpi?: number;
  /** Where PV came from: time-phased Financials, or the schedule (share of planned duration elapsed). */
  pvSource: "financials" | "schedule" | undefined;
}

/** Load of one resource, per period ("2026-03" or "2026-W11"); peak in FTE. */
export interface ResourceLoad {
  resource: string;
  capacity: number;
  periods: {
    period: string;
    /** Highest total FTE on any working day of the period (long form), or the period total (wide form). */
    peak: number;
    /** Working days in the period on which the load equals the peak. */
    peakDays: number;
    /** Wide form: the period's total FTE for the resource. */
    total?: number;
    /**
     * Projects contributing to the peak with their allocation (FTE), largest first. Long-form plans list
     * them for periods over capacity only (empty otherwise); wide plans always.
     */
    projects: { projectId: string; allocation: number }[];
  }[];
}

export type GateCellStatus = "passed" | "pending" | "rejected" | "missing" | "not-due";

/** Projects × gates: where each project stands at each gate of the lifecycle. */
export interface GateMatrix {
  gates: { id: string; name: string }[];
  rows: {
    projectId: string;
    name?: string;
    stage?: string;
    cells: { gateId: string; status: GateCellStatus; decision?: string; date?: DayNumber; location?: CellLocation }[];
  }[];
}
