/**
 * Column readers: each mapped column gets one reader, prepared once from the whole column (slash-date
 * order, 0–100 scale, hours or FTE), then asked for one value per row. A reader returns the value,
 * undefined for an empty or placeholder cell, or an Invalid carrying the raw text.
 */
import type { DayNumber } from "../model/dates";
import type { ValueKind } from "../model/fields";
import type { CellValue } from "../../workbook/grid";
import type { GridView } from "./a1";
import { headerWords, isPlaceholder, splitCamel } from "./normalize";
import { isDateFormat, isPercentFormat } from "./values/date-format";
import { dayFromCellNumber, dayFromDateColumnNumber, dayFromText, detectDateOrder } from "./values/dates";
import type { DateOrder } from "./values/dates";
import { fromFraction, onFivePoints, parseLevel } from "./values/levels";
import type { Level } from "./values/levels";
import { hasScaleSuffix, parseAmountText, parsePercentText, parsePlainNumber } from "./values/numbers";

/** A cell that holds something, but not a value of the expected kind. */
export class Invalid {
  /** `expected` when the value is of the right kind but out of its range ("150%", a negative budget). */
  constructor(
    readonly raw: string,
    readonly expected?: "percentInRange" | "nonNegativeAmount",
  ) {}
}

export type Read<T> = T | undefined | Invalid;

export interface ColumnReader<T> {
  read(row: number): Read<T>;
  /** Level columns: the top of the column's scale (3 or 5), decided from all its values. */
  scale?(): number;
}

export type { ValueKind } from "../model/fields";

export interface ReaderContext {
  view: GridView;
  col: number;
  /** Absolute data rows of the column, for column-level decisions. */
  rows: number[];
  header: string;
  date1904: boolean;
  /** Hours in a full-time working week, to turn hours per week into FTE. */
  hoursPerWeek: number;
  /** Amounts below this are invalid (FieldSpec.min: a negative budget). */
  min?: number;
}

/**
 * Whether a text has spaces to tidy: two whitespace characters in a row, or a tab, line break or
 * non-breaking space (as /\s\s|[\t\n\r\u00a0]/ tests, without a regex run per cell).
 */
export function hasMessySpace(text: string): boolean {
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Printable ASCII other than the space is never whitespace: most characters stop here.
    if (c > 32 && c < 127) {
      previous = false;
      continue;
    }
    if (c === 9 || c === 10 || c === 13 || c === 0xa0) return true;
    const space = c === 32 || isOtherSpace(c);
    if (space && previous) return true;
    previous = space;
  }
  return false;
}

/** What \s matches besides the space, tab, line feed, carriage return and no-break space. */
function isOtherSpace(c: number): boolean {
  return c === 11 || c === 12 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * A whole number as its format shows it when the format only pads or decorates digits: "0000" shows 12 as
 * "0012", "\"P-\"000" as "P-012". IDs are compared as text, so they must read as the PM sees them.
 */
function formattedInteger(n: number, format: string | null): string {
  if (!format || !Number.isInteger(n) || n < 0) return String(n);
  const m = /^((?:"[^"]*"|\\.)*)(0+)((?:"[^"]*"|\\.)*)$/.exec(format);
  if (!m) return String(n);
  const literal = (s: string) => s.replace(/"([^"]*)"|\\(.)/g, (_, q: string | undefined, e: string | undefined) => q ?? e ?? "");
  return literal(m[1]) + String(n).padStart(m[2].length, "0") + literal(m[3]);
}

/** Cell text with numbers kept exact ("84392", "1.5"); undefined when empty or a placeholder. */
export function cellText(view: GridView, row: number, col: number): string | undefined {
  return textOf(view.value(row, col), view, row, col);
}

function textOf(v: CellValue, view: GridView, row: number, col: number): string | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return undefined;
    // Only a whole number can be padded by its format.
    return Number.isInteger(v) && v >= 0 ? formattedInteger(v, view.format(row, col)) : String(v);
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  let t = v.trim();
  if (hasMessySpace(t)) t = t.replace(/\s+/g, " ");
  return t === "" || isPlaceholder(t) ? undefined : t;
}

/** Builds the reader for one column and kind. */
export function columnReader(kind: ValueKind, ctx: ReaderContext): ColumnReader<string> | ColumnReader<number> {
  switch (kind) {
    case "text":
      return textReader(ctx);
    case "date":
    case "endDate":
      return dateReader(ctx, kind === "endDate");
    case "amount":
      return amountReader(ctx);
    case "number":
      return numericReader(ctx, (t) => parsePlainNumber(t));
    case "percent":
      return percentReader(ctx, 1, true);
    case "fte":
      return percentReader(ctx, 5);
    case "capacity":
      return capacityReader(ctx);
    case "level":
      return levelReader(ctx);
  }
}

/**
 * Texts repeat down a column (a project's ID on each of its gate, milestone and plan rows): the last
 * text's reading is kept, so a repeat costs one comparison instead of a trim and two scans.
 */
function textReader(ctx: ReaderContext): ColumnReader<string> {
  const { view, col } = ctx;
  let lastRaw: string | undefined;
  let lastText: string | undefined;
  return {
    read(row) {
      const v = view.value(row, col);
      if (typeof v !== "string") return textOf(v, view, row, col);
      if (v !== lastRaw) {
        lastRaw = v;
        lastText = textOf(v, view, row, col);
      }
      return lastText;
    },
  };
}

function dateReader(ctx: ReaderContext, end: boolean): ColumnReader<DayNumber> {
  const { view, col, date1904 } = ctx;
  let order: DateOrder | undefined;
  const seen = new Map<string, DayNumber>();
  const columnOrder = (): DateOrder => {
    if (order) return order;
    const texts: string[] = [];
    for (const r of ctx.rows) {
      const v = view.value(r, col);
      if (typeof v === "string") texts.push(v);
    }
    return (order = detectDateOrder(texts));
  };
  return {
    read(row) {
      const v = view.value(row, col);
      if (v === null || v === undefined) return undefined;
      if (typeof v === "number") {
        // In a date column a number is a serial whatever its format (or a typed year); outside Excel's range it is junk.
        // Only a number that could be a typed year (1990–2100) needs its format looked up.
        const yearLike = Number.isInteger(v) && v >= 1990 && v <= 2100;
        const d = dayFromDateColumnNumber(v, date1904, yearLike && isDateFormat(view.format(row, col)), end);
        return Number.isNaN(d) ? new Invalid(String(v)) : d;
      }
      if (typeof v === "boolean") return new Invalid(String(v));
      const t = v.trim();
      if (isPlaceholder(t)) return undefined;
      // Text dates repeat down a column (the same status date, the same month); parse each once.
      const hit = seen.get(t);
      if (hit !== undefined) return Number.isNaN(hit) ? new Invalid(t) : hit;
      const d = dayFromText(t, columnOrder(), end);
      if (seen.size < 5000) seen.set(t, Number.isNaN(d) && /^\d{5}(\.\d+)?$/.test(t) ? dayFromCellNumber(+t, date1904) : d);
      if (!Number.isNaN(d)) return d;
      // A serial stored as text ("46100") still is a date.
      const n = /^\d{5}(\.\d+)?$/.test(t) ? dayFromCellNumber(+t, date1904) : NaN;
      return Number.isNaN(n) ? new Invalid(t) : n;
    },
  };
}

/**
 * The multiplier a header's unit implies: "Budget (k$)", "Cost ('000)", "Budget (£m)", "Spend in thousands",
 * or a unit written beside the name: "Budget_kEUR", "Budget £k", "Cost k€".
 * @example amountScale("Budget (RM '000)") // 1000
 * @example amountScale("Budget_kEUR") // 1000
 */
export function amountScale(header: string): number {
  // Each amount column of each file asks; submissions repeat the same few headers.
  let scale = scales.get(header);
  if (scale === undefined) {
    scale = headerScale(header);
    if (scales.size < 10_000) scales.set(header, scale);
  }
  return scale;
}

const scales = new Map<string, number>();

function headerScale(header: string): number {
  const bracketed = [...header.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)].map((m) => m[1] ?? m[2]).join(" ");
  const inWords = /\bin\s+(thousands|millions)\b/i.exec(header)?.[1] ?? "";
  // Outside brackets only a unit standing apart counts ("Budget k", "Budget_kEUR"), never the first word.
  const beside = headerWords(header.replace(/\([^)]*\)|\[[^\]]*\]/g, " ")).slice(1).join(" ");
  const tokens = `${bracketed} ${inWords}`.toLowerCase().split(/[^a-z0-9]+/).concat(beside.split(" "));
  if (tokens.some((t) => t === "k" || t === "000" || t === "000s" || t === "thousand" || t === "thousands")) return 1e3;
  if (tokens.some((t) => t === "m" || t === "mn" || t === "mm" || t === "million" || t === "millions")) return 1e6;
  return 1;
}

function amountReader(ctx: ReaderContext): ColumnReader<number> {
  const scale = amountScale(ctx.header);
  const plain = numericReader(ctx, (t) => parseAmountText(t));
  const { min } = ctx;
  const inner: ColumnReader<number> =
    min === undefined
      ? plain
      : {
          read(row) {
            const v = plain.read(row);
            return typeof v === "number" && v < min ? new Invalid(cellText(ctx.view, row, ctx.col) ?? String(v), "nonNegativeAmount") : v;
          },
        };
  if (scale === 1) return inner;
  return {
    read(row) {
      const v = inner.read(row);
      if (typeof v !== "number") return v;
      // "1.2M" in a column headed "(k$)" already says its scale.
      const raw = ctx.view.value(row, ctx.col);
      return typeof raw === "string" && hasScaleSuffix(raw) ? v : v * scale;
    },
  };
}

function numericReader(ctx: ReaderContext, parse: (t: string) => number): ColumnReader<number> {
  const { view, col } = ctx;
  return {
    read(row) {
      const v = view.value(row, col);
      if (v === null || v === undefined) return undefined;
      if (typeof v === "number") return Number.isFinite(v) ? v : new Invalid(String(v));
      if (typeof v === "boolean") return new Invalid(String(v));
      const t = v.trim();
      if (isPlaceholder(t)) return undefined;
      const n = parse(t);
      return Number.isNaN(n) ? new Invalid(t) : n;
    },
  };
}

/**
 * Percentages: text typed with "%" is a fraction; numbers are on a 0–100 scale when the column says so:
 * bare numbers when any bare number is above `fractionMax` (1 for progress, 5 for FTE allocations), and
 * numbers formatted as percentages when any of them is above 1.5 (a "0%" cell holding 68 is 68%, as
 * exports write them). With `bounded` (progress, weights) a value below 0% or above 100% is invalid.
 */
function percentReader(ctx: ReaderContext, fractionMax: number, bounded = false): ColumnReader<number> {
  const { view, col } = ctx;
  let scale100 = /percent|%/i.test(ctx.header) && !/fte/i.test(ctx.header) ? undefined : false;
  let formatted100 = false;
  let decided = false;
  const decide = (): boolean => {
    if (decided) return scale100 ?? false;
    decided = true;
    let max = 0;
    let formattedMax = 0;
    for (const r of ctx.rows) {
      const v = view.value(r, col);
      if (typeof v === "number") {
        if (isPercentFormat(view.format(r, col))) formattedMax = Math.max(formattedMax, Math.abs(v));
        else max = Math.max(max, Math.abs(v));
      } else if (typeof v === "string" && !v.includes("%")) {
        const n = parsePlainNumber(v);
        if (!Number.isNaN(n)) max = Math.max(max, Math.abs(n));
      }
    }
    formatted100 = formattedMax > 1.5;
    scale100 = scale100 === false ? max > fractionMax : max > 1.5;
    return scale100;
  };
  // `raw` is the cell itself (a number or its text): only an out-of-range value turns it into a string.
  const check = (value: number, raw: number | string): number | Invalid => (bounded && (value < 0 || value > 1 + 1e-9) ? new Invalid(String(raw), "percentInRange") : value);
  return {
    read(row) {
      const v = view.value(row, col);
      if (v === null || v === undefined) return undefined;
      if (typeof v === "number") {
        if (!Number.isFinite(v)) return new Invalid(String(v));
        if (isPercentFormat(view.format(row, col))) {
          decide();
          return check(formatted100 ? v / 100 : v, v);
        }
        return check(decide() ? v / 100 : v, v);
      }
      if (typeof v === "boolean") return new Invalid(String(v));
      const t = v.trim();
      if (isPlaceholder(t)) return undefined;
      const p = parsePercentText(t);
      if (Number.isNaN(p.value)) return new Invalid(t);
      return check(p.percentSign ? p.value : decide() ? p.value / 100 : p.value, t);
    },
  };
}

/**
 * Capacity in FTE: 1.0 and 100% and "50%" as written; a header naming hours, or bare numbers between 5 and
 * 60, are hours per week (40 h = 1.0 FTE on 8-hour days); bare numbers above 60 are percentages.
 */
function capacityReader(ctx: ReaderContext): ColumnReader<number> {
  const { view, col } = ctx;
  const hoursHeader = /\bhours?\b|\bhrs?\b|h\/w|per week/i.test(splitCamel(ctx.header));
  let unit: "fte" | "hours" | "percent" | undefined = hoursHeader ? "hours" : undefined;
  const decide = () => {
    if (unit) return unit;
    let max = 0;
    for (const r of ctx.rows) {
      const v = view.value(r, col);
      if (typeof v === "number" && !isPercentFormat(view.format(r, col))) max = Math.max(max, v);
      else if (typeof v === "string" && !v.includes("%")) {
        const n = parsePlainNumber(v);
        if (!Number.isNaN(n)) max = Math.max(max, n);
      }
    }
    unit = max > 60 ? "percent" : max > 5 ? "hours" : /%|percent/i.test(ctx.header) && max > 1.5 ? "percent" : "fte";
    return unit;
  };
  const convert = (n: number) => {
    const u = decide();
    return u === "hours" ? n / ctx.hoursPerWeek : u === "percent" ? n / 100 : n;
  };
  return {
    read(row) {
      const v = view.value(row, col);
      if (v === null || v === undefined) return undefined;
      if (typeof v === "number") {
        if (!Number.isFinite(v) || v < 0) return new Invalid(String(v));
        return isPercentFormat(view.format(row, col)) ? v : convert(v);
      }
      if (typeof v === "boolean") return new Invalid(String(v));
      const t = v.trim();
      if (isPlaceholder(t)) return undefined;
      const p = parsePercentText(t.replace(/\s*(fte|h|hrs?|hours?)(\s*\/\s*(wk|week))?$/i, ""));
      if (Number.isNaN(p.value) || p.value < 0) return new Invalid(t);
      if (p.percentSign) return p.value;
      return /h|hrs?|hours?/i.test(t) ? p.value / ctx.hoursPerWeek : convert(p.value);
    },
  };
}

/**
 * Levels (probability, impact): numbers 1–5 and words; the column is on a five-point scale when any value
 * says so (a 4, "Very High", "Likely"), and then its Low / Medium / High read as 2, 3, 4. A fraction or a
 * percentage-formatted number is a probability in 20% bands.
 */
function levelReader(ctx: ReaderContext): ColumnReader<number> {
  const { view, col } = ctx;
  const levelAt = (row: number): Level | null | undefined => {
    const v = view.value(row, col);
    if (v === null || v === undefined) return undefined;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return null;
      if (isPercentFormat(view.format(row, col)) || (v > 0 && v < 1)) return fromFraction(v);
      return v > 0 && v <= 10 ? { value: v, five: v > 3, numeric: true } : null;
    }
    if (typeof v === "boolean") return null;
    const t = v.trim();
    return isPlaceholder(t) ? undefined : parseLevel(t);
  };
  let five: boolean | undefined;
  const isFive = () => (five ??= ctx.rows.some((r) => levelAt(r)?.five === true));
  return {
    read(row) {
      const v = view.value(row, col);
      // A plain number on the scale is itself on either scale: no Level per cell.
      if (typeof v === "number" && v >= 1 && v <= 10 && !isPercentFormat(view.format(row, col))) return v;
      const level = levelAt(row);
      if (level === undefined) return undefined;
      if (level === null) return new Invalid(String(view.value(row, col)).trim());
      return isFive() ? onFivePoints(level) : level.value;
    },
    scale: () => (isFive() ? 5 : 3),
  };
}

/** True when a cell is formatted as a date, for header cells that hold real dates. */
export function isDateCell(view: GridView, row: number, col: number): boolean {
  return isDateFormat(view.format(row, col));
}
