/** Period keys ("2026-03", "2026-W11") of day numbers, cached because sweeps ask day after day. */
import { dayFromParts, isoWeekKey, partsFromDay, periodBounds, weekday, type DayNumber } from "../model/dates";

export type PeriodKind = "month" | "week";

export interface PeriodSpan {
  key: string;
  start: DayNumber;
  end: DayNumber;
}

/** Returns a function mapping a day to its period; consecutive calls in the same period cost nothing. */
export function periodLocator(kind: PeriodKind): (day: DayNumber) => PeriodSpan {
  let last: PeriodSpan | undefined;
  return (day) => {
    if (last && day >= last.start && day <= last.end) return last;
    last = kind === "month" ? monthSpan(day) : weekSpan(day);
    return last;
  };
}

function monthSpan(day: DayNumber): PeriodSpan {
  const { year, month } = partsFromDay(day);
  const start = dayFromParts(year, month, 1);
  const end = (month === 12 ? dayFromParts(year + 1, 1, 1) : dayFromParts(year, month + 1, 1)) - 1;
  return { key: `${year}-${String(month).padStart(2, "0")}`, start, end };
}

function weekSpan(day: DayNumber): PeriodSpan {
  const start = day - weekday(day);
  return { key: isoWeekKey(day), start, end: start + 6 };
}

/** Granularity of a wide-plan column key: 0 day, 1 ISO week, 2 month; undefined when unreadable. */
export function columnGranularity(key: string): 0 | 1 | 2 | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return 0;
  if (/^\d{4}-W\d{2}$/.test(key)) return 1;
  if (/^\d{4}-\d{2}$/.test(key)) return 2;
  return undefined;
}

/** First and last day of a wide-plan column ("2026-03", "2026-W11" or "2026-03-02"). */
export function columnBounds(key: string): { start: DayNumber; end: DayNumber } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (m) {
    const day = dayFromParts(+m[1], +m[2], +m[3]);
    return Number.isNaN(day) ? null : { start: day, end: day };
  }
  return periodBounds(key);
}
