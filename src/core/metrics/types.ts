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
  /**
   * Sums over the executing projects that have all of BAC, PV, EV and AC (the `projects` basis), so
   * CPI = EV / AC and SPI = EV / PV follow from the sums shown beside them; indices only when their
   * denominators are positive. Executing projects missing a figure are in `excluded`, with what is missing.
   */
  portfolioEv: PortfolioEarnedValue;
  resourceLoad: ResourceLoad[];
  gateMatrix: GateMatrix;
  /** The EAC formula used, as reports name it, e.g. "EAC = BAC / CPI". */
  eacFormula: string;
}

export interface PortfolioEarnedValue {
  pv: number;
  ev: number;
  ac: number;
  bac: number;
  cpi?: number;
  spi?: number;
  /** Ids of the projects the sums cover. */
  projects: string[];
  /** Executing projects left out of the sums, with the figures they lack. */
  excluded: EarnedValueExclusion[];
}

/** The inputs of earned value: a budget (BAC), planned value, % complete (for EV) and actual cost. */
export type EarnedValueInput = "budget" | "plannedValue" | "percentComplete" | "actualCost";

export interface EarnedValueExclusion {
  projectId: string;
  name?: string;
  missing: EarnedValueInput[];
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
  /** Capacity in FTE: the resource list's, or the ruleset's default (see capacityDefaulted). */
  capacity: number;
  /** False for a person the plan books who is not in the resource list (data/unknown-reference). */
  listed: boolean;
  /** True when the capacity is the ruleset's default: the person is unlisted or their capacity is blank. */
  capacityDefaulted: boolean;
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
