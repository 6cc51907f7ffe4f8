/**
 * Dates in the core are whole days since 1970-01-01 (UTC), so date arithmetic never depends on the
 * machine's time zone. Excel serials are converted once, at the reader, with the workbook's date system.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
/** Serial 25569 is 1970-01-01 in the 1900 date system (which counts the fictitious 1900-02-29). */
const EPOCH_1900 = 25_569;
/** In the 1904 date system serial 0 is 1904-01-01, which is 1462 days after 1900-system serial 0. */
const OFFSET_1904 = 1_462;

/** Converts an Excel serial to a day number; the fraction (time of day) is dropped. */
export function dayFromSerial(serial: number, date1904 = false): DayNumber {
  const s = Math.floor(serial) + (date1904 ? OFFSET_1904 : 0);
  return s - EPOCH_1900;
}

/** Converts a day number to an Excel serial in the given date system. */
export function serialFromDay(day: DayNumber, date1904 = false): number {
  return day + EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
}

/** Day number of a calendar date; NaN when the date does not exist (2026-02-30). */
export function dayFromParts(year: number, month: number, day: number): DayNumber {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return NaN;
  return Math.round(ms / MS_PER_DAY);
}

/** Parses "YYYY-MM-DD"; NaN for anything else. @example dayFromIso("1970-01-02") // 1 */
export function dayFromIso(iso: string): DayNumber {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? dayFromParts(+m[1], +m[2], +m[3]) : NaN;
}

/** Formats a day number as "YYYY-MM-DD". @example isoFromDay(0) // "1970-01-01" */
export function isoFromDay(day: DayNumber): string {
  // Findings and extras format the same few thousand days again and again: each is formatted once.
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoDays.size >= 100_000) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
}

const isoDays = new Map<number, string>();

/** Year, month (1-12) and day of month. */
export function partsFromDay(day: DayNumber): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Monday … 6 = Sunday. @example weekday(0) // 3 (1970-01-01 was a Thursday) */
export function weekday(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** Today in UTC as a day number. */
export function today(now: Date = new Date()): DayNumber {
  return Math.floor(now.getTime() / MS_PER_DAY);
}

/** The "YYYY-MM" key of the month containing day. */
export function monthKey(day: DayNumber): string {
  return isoFromDay(day).slice(0, 7);
}

/** The ISO-8601 "YYYY-Www" key of the week containing day. @example isoWeekKey(dayFromIso("2026-01-01")) // "2026-W01" */
export function isoWeekKey(day: DayNumber): string {
  const thursday = day - weekday(day) + 3;
  const year = partsFromDay(thursday).year;
  const firstThursday = dayFromParts(year, 1, 4) - weekday(dayFromParts(year, 1, 4)) + 3;
  const week = 1 + Math.floor((thursday - firstThursday) / 7);
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/** First and last day of the month "YYYY-MM" or ISO week "YYYY-Www"; null if the key is malformed. */
export function periodBounds(key: string): { start: DayNumber; end: DayNumber } | null {
  let m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    const start = dayFromParts(+m[1], +m[2], 1);
    if (Number.isNaN(start)) return null;
    const next = +m[2] === 12 ? dayFromParts(+m[1] + 1, 1, 1) : dayFromParts(+m[1], +m[2] + 1, 1);
    return { start, end: next - 1 };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(key);
  if (m) {
    const jan4 = dayFromParts(+m[1], 1, 4);
    const start = jan4 - weekday(jan4) + (+m[2] - 1) * 7;
    return { start, end: start + 6 };
  }
  return null;
}
