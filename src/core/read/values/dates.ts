/**
 * Date parsing for cells: Excel serials (in the workbook's date system) and the text forms PMs type.
 * Everything returns a DayNumber (UTC days), never a local-time Date.
 */
import { dayFromParts, dayFromSerial, isoWeekKey, periodBounds } from "../../model/dates";
import type { DayNumber } from "../../model/dates";

/** Whether slash/dot dates in a column are day-first (15/03/2026) or month-first (3/15/2026). */
export type DateOrder = "dmy" | "mdy";

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Month number of a month name or abbreviation; 0 when not a month. */
export function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, "");
  // Own keys only: "constructor" is not a month.
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : 0;
}

/** Excel's two-digit-year rule: 00–29 are 2000s, 30–99 are 1900s. */
export function fullYear(y: string): number {
  const n = +y;
  if (y.length >= 3) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

/** Last day of a month. */
export function endOfMonth(year: number, month: number): DayNumber {
  return month === 12 ? dayFromParts(year + 1, 1, 1) - 1 : dayFromParts(year, month + 1, 1) - 1;
}

const MIN_SERIAL = 1;
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** A serial in Excel's date range to a day number; NaN outside it. */
export function dayFromCellNumber(n: number, date1904: boolean): DayNumber {
  if (!Number.isFinite(n) || n < MIN_SERIAL || n > MAX_SERIAL) return NaN;
  return dayFromSerial(n, date1904);
}

/**
 * A number in a date column: a serial, except a whole number 1990–2100 in a cell not formatted as a date,
 * which is a year someone typed (as a serial it would be a day in 1905).
 */
export function dayFromDateColumnNumber(n: number, date1904: boolean, dateFormatted: boolean, endOfPeriod: boolean): DayNumber {
  if (!dateFormatted && Number.isInteger(n) && n >= 1990 && n <= 2100) return endOfPeriod ? dayFromParts(n, 12, 31) : dayFromParts(n, 1, 1);
  return dayFromCellNumber(n, date1904);
}

const WEEKDAY_PREFIX = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}.*)?$/;
const TIME = "(?:,?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?)?";
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s./-]*([a-z]{3,9})\\.?[\\s.,/-]*(\\d{2}|\\d{4})${TIME}$`, "i");
const MONTH_DAY_YEAR = new RegExp(`^([a-z]{3,9})\\.?[\\s.-]*(\\d{1,2})(?:st|nd|rd|th)?,?[\\s.,/-]+(\\d{4})${TIME}$`, "i");
const MONTH_YEAR = /^([a-z]{3,9})\.?[\s,/'-]*(\d{4}|\d{2})$/i;
const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const NUMERIC_MONTH_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const QUARTER = /^(?:q([1-4])[\s/-]*(\d{4}|\d{2})|(\d{4})[\s/-]*q([1-4]))$/i;
const HALF = /^(?:h([12])[\s/-]*(\d{4}|\d{2})|(\d{4})[\s/-]*h([12]))$/i;
const ISO_WEEK = /^(?:(\d{4})[\s-]*w(?:k|eek)?\s*(\d{1,2})|w(?:k|eek)?\s*(\d{1,2})[\s/,-]+(\d{4}))$/i;
const YEAR_ONLY = /^(19\d{2}|20\d{2})$/;

/**
 * Parses a date typed as text. Period forms (a month "Mar 2026" or "2026-03", a quarter "Q3 2026", a half
 * "H2 2026", an ISO week "2026-W49", a year) give the period's first day, or its last when `endOfPeriod` is
 * set (a finish column). A fiscal quarter ("FY27 Q1") is not read: the fiscal year's start is unknown. NaN when the text is not a date.
 * @example dayFromText("2026-03-15", "dmy") // dayFromIso("2026-03-15")
 * @example dayFromText("3/15/2026", "mdy") // dayFromIso("2026-03-15")
 */
export function dayFromText(raw: string, order: DateOrder, endOfPeriod = false): DayNumber {
  const text = raw.trim().replace(WEEKDAY_PREFIX, "");
  let m = ISO.exec(text);
  if (m) return dayFromParts(+m[1], +m[2], +m[3]);
  m = NUMERIC.exec(text);
  if (m) {
    const a = +m[1];
    const b = +m[2];
    const y = fullYear(m[3]);
    // The column decides the order; a value that only makes sense the other way round is still read.
    if (order === "dmy") return b <= 12 ? dayFromParts(y, b, a) : dayFromParts(y, a, b);
    return a <= 12 ? dayFromParts(y, a, b) : dayFromParts(y, b, a);
  }
  m = DAY_MONTH_YEAR.exec(text);
  if (m && monthNumber(m[2])) return dayFromParts(fullYear(m[3]), monthNumber(m[2]), +m[1]);
  m = MONTH_DAY_YEAR.exec(text);
  if (m && monthNumber(m[1])) return dayFromParts(+m[3], monthNumber(m[1]), +m[2]);
  m = MONTH_YEAR.exec(text);
  if (m && monthNumber(m[1])) return monthDay(fullYear(m[2]), monthNumber(m[1]), endOfPeriod);
  m = YEAR_MONTH.exec(text);
  if (m) return monthDay(+m[1], +m[2], endOfPeriod);
  m = NUMERIC_MONTH_YEAR.exec(text);
  if (m) return monthDay(+m[2], +m[1], endOfPeriod);
  m = QUARTER.exec(text);
  if (m) {
    const q = +(m[1] ?? m[4]);
    const year = m[2] ? fullYear(m[2]) : +m[3];
    return endOfPeriod ? endOfMonth(year, q * 3) : dayFromParts(year, q * 3 - 2, 1);
  }
  m = HALF.exec(text);
  if (m) {
    const h = +(m[1] ?? m[4]);
    const year = m[2] ? fullYear(m[2]) : +m[3];
    return endOfPeriod ? endOfMonth(year, h * 6) : dayFromParts(year, h * 6 - 5, 1);
  }
  m = ISO_WEEK.exec(text);
  if (m) {
    // An ISO week ("2026-W49", "W49 2026"): its Monday, or its Sunday in a finish column.
    const week = +(m[2] ?? m[3]);
    const key = `${m[1] ?? m[4]}-W${String(week).padStart(2, "0")}`;
    const bounds = week >= 1 && week <= 53 ? periodBounds(key) : null;
    // Week 53 only in a year that has one (2026 does, 2027 does not).
    if (bounds && isoWeekKey(bounds.start) === key) return endOfPeriod ? bounds.end : bounds.start;
    return NaN;
  }
  m = YEAR_ONLY.exec(text);
  if (m) return endOfPeriod ? dayFromParts(+m[1], 12, 31) : dayFromParts(+m[1], 1, 1);
  return NaN;
}

function monthDay(year: number, month: number, end: boolean): DayNumber {
  if (month < 1 || month > 12) return NaN;
  return end ? endOfMonth(year, month) : dayFromParts(year, month, 1);
}

/**
 * Decides a column's slash-date order from its texts: a first part over 12 means day-first, a second part
 * over 12 month-first; undecided columns are day-first (the form used outside North America).
 */
export function detectDateOrder(texts: Iterable<string>): DateOrder {
  let dmy = 0;
  let mdy = 0;
  for (const t of texts) {
    const m = NUMERIC.exec(t.trim().replace(WEEKDAY_PREFIX, ""));
    if (!m) continue;
    if (+m[1] > 12 && +m[2] <= 12) dmy++;
    else if (+m[2] > 12 && +m[1] <= 12) mdy++;
  }
  return mdy > dmy ? "mdy" : "dmy";
}
