/**
 * Period columns of wide plans: headers that are real dates, or labels such as "Jan-26", "Jan 2026",
 * "2026-01", "2026-W05" or a bare "Jan" whose year comes from the group row, the neighbours or a title.
 */
import { dayFromParts, isoFromDay, isoWeekKey, monthKey, periodBounds } from "../model/dates";
import type { DayNumber } from "../model/dates";
import type { CellValue } from "../../workbook/grid";
import { isDateFormat } from "./values/date-format";
import { dayFromText, detectDateOrder, endOfMonth, fullYear, monthNumber } from "./values/dates";
import type { DateOrder } from "./values/dates";

export interface PeriodColumn {
  col: number;
  header: string;
  /** "YYYY-MM", "YYYY-Www" or "YYYY-MM-DD". */
  key: string;
  start: DayNumber;
  end: DayNumber;
  granularity: "month" | "week" | "day";
}

type Parsed =
  | { kind: "date"; day: DayNumber }
  | { kind: "month"; year: number; month: number }
  | { kind: "week"; year: number; week: number }
  | { kind: "monthOnly"; month: number }
  | { kind: "weekOnly"; week: number };

const YEAR_MONTH = /^(\d{4})[-/.](\d{1,2})$/;
const MONTH_YEAR = /^([a-z]{3,9})\.?[\s,/'-]*(\d{4}|\d{2})$/i;
const MONTH_NUM_YEAR = /^(\d{1,2})[/.-](\d{4})$/;
const WEEK_YEAR = /^(\d{4})[\s-]*w(?:ee)?k?\s*(\d{1,2})$/i;
const YEAR_WEEK_REV = /^w(?:ee)?k?\s*(\d{1,2})[\s,/-]+(\d{4})$/i;
const WEEK_ONLY = /^w(?:ee)?k?\s*(\d{1,2})$/i;
const WEEK_OF = /^(?:w\/?c|w\/?e|we|wc|week\s+(?:of|ending|commencing|starting|beginning)|w\.?e\.?|starting|ending)\s*:?\s*/i;
const SERIAL_MIN = 36_526; // 2000-01-01
const SERIAL_MAX = 73_051; // 2100-01-01

/** Parses one header cell as a period, or null. */
function parseHeader(value: CellValue, format: string | null, order: DateOrder, date1904: boolean, serialRow: boolean): Parsed | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) return null;
    if (isDateFormat(format) || (serialRow && value >= SERIAL_MIN && value <= SERIAL_MAX)) {
      const day = Math.floor(value) + (date1904 ? 1462 : 0) - 25_569;
      return { kind: "date", day };
    }
    return null;
  }
  if (typeof value !== "string") return null;
  const text = value.trim();
  if (text.length < 2 || text.length > 40) return null;
  let m = YEAR_MONTH.exec(text);
  if (m && +m[2] >= 1 && +m[2] <= 12) return { kind: "month", year: +m[1], month: +m[2] };
  m = MONTH_YEAR.exec(text);
  if (m && monthNumber(m[1])) return { kind: "month", year: fullYear(m[2]), month: monthNumber(m[1]) };
  m = MONTH_NUM_YEAR.exec(text);
  if (m && +m[1] >= 1 && +m[1] <= 12) return { kind: "month", year: +m[2], month: +m[1] };
  m = WEEK_YEAR.exec(text);
  if (m && +m[2] >= 1 && +m[2] <= 53) return { kind: "week", year: +m[1], week: +m[2] };
  m = YEAR_WEEK_REV.exec(text);
  if (m && +m[1] >= 1 && +m[1] <= 53) return { kind: "week", year: +m[2], week: +m[1] };
  m = WEEK_ONLY.exec(text);
  if (m && +m[1] >= 1 && +m[1] <= 53) return { kind: "weekOnly", week: +m[1] };
  if (monthNumber(text)) return { kind: "monthOnly", month: monthNumber(text) };
  const day = dayFromText(text.replace(WEEK_OF, ""), order);
  // Only full dates here: month-year forms were handled above, so a day-1 result is a real day.
  if (!Number.isNaN(day) && /\d{1,2}\D+\S+\D+\d{2,4}|\d{4}\D\d{1,2}\D\d{1,2}/.test(text)) return { kind: "date", day };
  return null;
}

/** Finds a year in group labels or titles ("2026", "FY 2026", "Plan 2026"); NaN when none. */
export function yearIn(text: string): number {
  const m = /\b(19\d{2}|20\d{2})\b/.exec(text);
  return m ? +m[1] : NaN;
}

export interface PeriodInput {
  col: number;
  value: CellValue;
  format: string | null;
  /** Group label above (two-row headers), may hold the year. */
  group: string;
}

/**
 * Reads the period columns of a header row. Columns that are not periods are left out; bare months take
 * the year from their group label, then from the nearest dated neighbour, then from `contextYear`.
 */
export function periodColumns(cells: PeriodInput[], date1904: boolean, contextYear: number): PeriodColumn[] {
  const order = detectDateOrder(cells.flatMap((c) => (typeof c.value === "string" ? [c.value] : [])));
  const serialCount = cells.filter((c) => typeof c.value === "number" && c.value >= SERIAL_MIN && c.value <= SERIAL_MAX).length;
  const parsed = cells.map((c) => ({ cell: c, p: parseHeader(c.value, c.format, order, date1904, serialCount >= 3) }));
  const found = parsed.filter((x): x is { cell: PeriodInput; p: Parsed } => x.p !== null);
  if (found.length === 0) return [];
  const months = resolveMonthsOnly(found, contextYear);
  const dates = found.filter((x) => x.p.kind === "date").map((x) => (x.p as { day: DayNumber }).day);
  const step = medianStep(dates);
  const out: PeriodColumn[] = [];
  found.forEach((x, i) => {
    const header = typeof x.cell.value === "string" ? x.cell.value.trim() : String(x.cell.value);
    const p = x.p;
    if (p.kind === "month" || (p.kind === "monthOnly" && months[i])) {
      const year = p.kind === "month" ? p.year : months[i];
      const start = dayFromParts(year, p.month, 1);
      if (Number.isNaN(start)) return;
      out.push({ col: x.cell.col, header, key: monthKey(start), start, end: endOfMonth(year, p.month), granularity: "month" });
    } else if (p.kind === "week" || p.kind === "weekOnly") {
      const year = p.kind === "week" ? p.year : yearIn(x.cell.group) || contextYear;
      if (!year) return;
      const key = `${year}-W${String(p.week).padStart(2, "0")}`;
      const b = periodBounds(key);
      if (b) out.push({ col: x.cell.col, header, key, start: b.start, end: b.end, granularity: "week" });
    } else if (p.kind === "date") {
      out.push(dateColumn(x.cell.col, p.day, step, dates));
    }
  });
  return out;
}

function dateColumn(col: number, day: DayNumber, step: number, all: DayNumber[]): PeriodColumn {
  if (step >= 27) {
    const k = monthKey(day);
    const b = periodBounds(k);
    if (b) return { col, header: isoFromDay(day), key: k, start: b.start, end: b.end, granularity: "month" };
  }
  if (step >= 6 && step <= 8) {
    const k = isoWeekKey(day);
    const b = periodBounds(k);
    if (b) return { col, header: isoFromDay(day), key: k, start: b.start, end: b.end, granularity: "week" };
  }
  // Day columns, or uneven spans (half-months): the column covers until the next column's date.
  const next = all.filter((d) => d > day).reduce((a, b) => Math.min(a, b), Infinity);
  const end = step <= 1.5 || !Number.isFinite(next) ? day + Math.max(0, Math.round(step) - 1) : next - 1;
  return { col, header: isoFromDay(day), key: isoFromDay(day), start: day, end: Math.max(day, end), granularity: "day" };
}

function medianStep(days: DayNumber[]): number {
  if (days.length < 2) return days.length === 1 && isoFromDay(days[0]).endsWith("-01") ? 30 : 1;
  const sorted = [...days].sort((a, b) => a - b);
  const steps: number[] = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i] > sorted[i - 1]) steps.push(sorted[i] - sorted[i - 1]);
  if (steps.length === 0) return 1;
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 2)];
}

/** Years for bare month headers ("Jan", "Feb"…), by index in `found`; 0 where none can be inferred. */
function resolveMonthsOnly(found: { cell: PeriodInput; p: Parsed }[], contextYear: number): number[] {
  const years = found.map((x) => (x.p.kind === "month" ? x.p.year : x.p.kind === "monthOnly" ? yearIn(x.cell.group) || 0 : 0));
  const monthOf = (i: number) => (found[i].p.kind === "month" || found[i].p.kind === "monthOnly" ? (found[i].p as { month: number }).month : 0);
  // Forward: carry the year from the left, rolling over when the month goes back (Dec -> Jan).
  for (let i = 1; i < found.length; i++) {
    if (years[i] || !monthOf(i) || !years[i - 1] || !monthOf(i - 1)) continue;
    years[i] = monthOf(i) <= monthOf(i - 1) ? years[i - 1] + 1 : years[i - 1];
  }
  for (let i = found.length - 2; i >= 0; i--) {
    if (years[i] || !monthOf(i) || !years[i + 1] || !monthOf(i + 1)) continue;
    years[i] = monthOf(i) >= monthOf(i + 1) ? years[i + 1] - 1 : years[i + 1];
  }
  if (contextYear && years.every((y, i) => y === 0 || !monthOf(i))) {
    let year = contextYear;
    for (let i = 0; i < found.length; i++) {
      if (!monthOf(i)) continue;
      if (i > 0 && monthOf(i - 1) && monthOf(i) <= monthOf(i - 1)) year++;
      years[i] = year;
    }
  }
  return years;
}
