/** Period keys ("2026-03", "2026-W11") of day numbers, cached because sweeps ask day after day. */
import { dayFromParts, isoWeekKey, periodBounds, weekday, type DayNumber } from "../model/dates";

export type PeriodKind = "month" | "week";

export interface PeriodSpan {
  key: string;
  start: DayNumber;
  end: DayNumber;
  /** A small number of its own (spans are made once per process), for tables indexed by span. */
  id: number;
  /** The span that follows, once a sweep has stepped into it. */
  next?: PeriodSpan;
}

/** Returns a function mapping a day to its period; consecutive calls in the same period cost nothing. */
export function periodLocator(kind: PeriodKind): (day: DayNumber) => PeriodSpan {
  let last: PeriodSpan | undefined;
  return (day) => {
    if (last && day >= last.start && day <= last.end) return last;
    // Sweeps move forward: the period after the last one is the usual answer, found without date arithmetic.
    const following = last && day > last.end ? last.next : undefined;
    const span = following && day <= following.end ? following : kind === "month" ? monthSpan(day) : weekSpan(day);
    if (last && last.next === undefined && span.start === last.end + 1) last.next = span;
    last = span;
    return span;
  };
}

// Spans are shared by every resource's sweep, so each month or week is computed once per process.
const months = new Map<number, PeriodSpan>();
const weeks = new Map<number, PeriodSpan>();
let spans = 0;

function monthSpan(day: DayNumber): PeriodSpan {
  const { year, month } = civilFromDays(day);
  const index = year * 12 + month - 1;
  let span = months.get(index);
  if (!span) {
    const start = dayFromParts(year, month, 1);
    const end = (month === 12 ? dayFromParts(year + 1, 1, 1) : dayFromParts(year, month + 1, 1)) - 1;
    months.set(index, (span = { key: `${year}-${String(month).padStart(2, "0")}`, start, end, id: spans++, next: undefined }));
  }
  return span;
}

function weekSpan(day: DayNumber): PeriodSpan {
  const start = day - weekday(day);
  let span = weeks.get(start);
  if (!span) weeks.set(start, (span = { key: isoWeekKey(day), start, end: start + 6, id: spans++, next: undefined }));
  return span;
}

/** Year and month of a day number by integer arithmetic (H. Hinnant's civil_from_days), no Date object. */
export function civilFromDays(day: DayNumber): { year: number; month: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month };
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
