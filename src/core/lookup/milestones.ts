/**
 * What rules and report sheets ask of a milestone: when it is due, how far it slipped against its
 * baseline and in which band (thresholds.milestoneSlipWarningDays / milestoneSlipErrorDays), and
 * whether it is overdue. One place, so the milestone/* rules and the Milestones sheet agree.
 */
import type { DayNumber } from "../model/dates";
import type { Milestone } from "../model/portfolio";
import type { Thresholds } from "../ruleset/types";

/** The date it is expected: the forecast when there is one, else the baseline. */
export function dueDay(m: Milestone): DayNumber | undefined {
  return m.forecast ?? m.baseline;
}

/**
 * The date slip is measured on: the actual date once achieved, else the forecast. Undefined when
 * neither is given (nothing says it moved).
 */
export function latestDay(m: Milestone): DayNumber | undefined {
  return m.actual ?? m.forecast;
}

/** Days later than the baseline (negative: early); undefined without a baseline or a later date. */
export function slipDays(m: Milestone): number | undefined {
  const latest = latestDay(m);
  return m.baseline === undefined || latest === undefined ? undefined : latest - m.baseline;
}

export type SlipBand = "error" | "warning";

/** "error" beyond milestoneSlipErrorDays, "warning" beyond milestoneSlipWarningDays, else undefined. */
export function slipBand(days: number | undefined, thresholds: Thresholds): SlipBand | undefined {
  if (days === undefined) return undefined;
  if (days > thresholds.milestoneSlipErrorDays) return "error";
  if (days > thresholds.milestoneSlipWarningDays) return "warning";
  return undefined;
}

/** Not achieved and its due date (forecast, else baseline) is before the as-of date. */
export function isOverdue(m: Milestone, asOf: DayNumber): boolean {
  const due = dueDay(m);
  return !m.achieved && due !== undefined && due < asOf;
}

/** Days until it is due (negative: past); undefined without a date. */
export function daysUntilDue(m: Milestone, asOf: DayNumber): number | undefined {
  const due = dueDay(m);
  return due === undefined ? undefined : due - asOf;
}
