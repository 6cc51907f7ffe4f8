/**
 * MSPDI dates and durations. Project writes local date-times without a zone ("2026-03-02T08:00:00"),
 * so a date is read and written as its calendar day by text alone, never through `Date` in the
 * machine's time zone: the same file gives the same days in Auckland and New York.
 */
import { dayFromParts, isoFromDay, type DayNumber } from "../model/dates";

/** The working day of the standard calendar: 08:00–12:00 and 13:00–17:00. */
export const DAY_START = "08:00:00";
export const DAY_FINISH = "17:00:00";

/** "2026-03-02T08:00:00" for a day's start of work. */
export function startOfDay(day: DayNumber): string {
  return `${isoFromDay(day)}T${DAY_START}`;
}

/** "2026-03-02T17:00:00" for a day's end of work. */
export function finishOfDay(day: DayNumber): string {
  return `${isoFromDay(day)}T${DAY_FINISH}`;
}

/**
 * The calendar day of an MSPDI date-time; NaN when it is not one. A trailing zone or offset (some
 * tools add one) is ignored: the day written is the day meant.
 * @example dayOfDateTime("2026-03-02T08:00:00") // dayFromIso("2026-03-02")
 */
export function dayOfDateTime(text: string | undefined): DayNumber {
  if (text === undefined) return NaN;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(text);
  return m ? dayFromParts(+m[1], +m[2], +m[3]) : NaN;
}

/**
 * The last day of work a finish date-time means: a finish at midnight ("2026-03-07T00:00:00", as
 * some tools write an end of day) is the day before, unless that would precede the start.
 */
export function finishDayOf(finish: string | undefined, startDay: DayNumber = NaN): DayNumber {
  const day = dayOfDateTime(finish);
  if (Number.isNaN(day) || finish === undefined) return day;
  const midnight = /T00:00(?::00)?\s*$/.test(finish.trim());
  return midnight && !(day - 1 < startDay) ? day - 1 : day;
}

/** "PT16H0M0S" for a number of hours (rounded to whole minutes). */
export function durationOfHours(hours: number): string {
  const minutes = Math.max(0, Math.round(hours * 60));
  return `PT${Math.floor(minutes / 60)}H${minutes % 60}M0S`;
}

/**
 * Hours in an ISO 8601 duration ("PT16H30M0S" → 16.5, "P2DT4H" → 52 with 24-hour days as ISO
 * means them); NaN when it is not one. Project writes hours only; days are read as 24 hours.
 */
export function hoursOfDuration(text: string | undefined): number {
  if (text === undefined) return NaN;
  const m = /^\s*-?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?\s*$/.exec(text);
  if (!m || text.trim() === "P" || text.trim() === "PT") return NaN;
  if (m[1] || m[2]) return NaN; // years and months have no fixed length
  const n = (s: string | undefined) => (s === undefined ? 0 : Number(s));
  return n(m[3]) * 168 + n(m[4]) * 24 + n(m[5]) + n(m[6]) / 60 + n(m[7]) / 3600;
}
