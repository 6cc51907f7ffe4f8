/**
 * Load from wide plans (one column per month, week or day holding FTE). A column's value is the
 * resource's average load over that column, so totals are compared per column: the period's peak is
 * its highest column total. A plan coarser than the requested period (monthly columns, weekly check)
 * is kept at its own granularity, since a monthly figure says nothing about individual weeks.
 */
import type { Assignment } from "../model/portfolio";
import { columnBounds, columnGranularity, periodLocator, type PeriodKind } from "./periods";
import { roundFte, type PeriodLoad } from "./fte";
import type { WorkWeek } from "./working-days";

const EPS = 1e-9;

export function wideLoad(assignments: Assignment[], kind: PeriodKind, week: WorkWeek): Map<string, PeriodLoad> {
  const columns = new Map<string, { total: number; projects: Map<string, number> }>();
  for (const a of assignments) {
    if (a.period === undefined || a.allocation === undefined || !(a.allocation > 0)) continue;
    let column = columns.get(a.period);
    if (!column) columns.set(a.period, (column = { total: 0, projects: new Map() }));
    column.total = roundFte(column.total + a.allocation);
    column.projects.set(a.projectId, roundFte((column.projects.get(a.projectId) ?? 0) + a.allocation));
  }
  const locate = periodLocator(kind);
  const target = kind === "week" ? 1 : 2;
  const periods = new Map<string, PeriodLoad>();
  for (const [key, column] of columns) {
    const granularity = columnGranularity(key);
    const bounds = columnBounds(key);
    if (granularity === undefined || !bounds) continue;
    const periodKey = granularity > target ? key : locate(granularity === 1 ? bounds.start + 3 : bounds.start).key;
    const days = week.count(bounds.start, bounds.end);
    const entry = periods.get(periodKey);
    const projects = [...column.projects].map(([projectId, allocation]) => ({ projectId, allocation }));
    if (!entry || column.total > entry.peak + EPS) {
      periods.set(periodKey, { period: periodKey, peak: column.total, peakDays: days, total: column.total, projects });
    } else if (Math.abs(column.total - entry.peak) <= EPS) {
      entry.peakDays += days;
    }
  }
  return periods;
}
