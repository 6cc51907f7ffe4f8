/**
 * How one SpecCell becomes what Office.js writes: a value, a number format and a look (font and fill).
 * The looks and number formats match the file writer's styles, so a report looks the same either way.
 */
import type { SpecCell, SpecStyle, SpecValue } from "../../workbook/sheet-spec";
import { dayFromIso, serialFromDay } from "../../core/model/dates";
import { STATUS_COLORS, type StatusStyle } from "../../workbook/styles";

export interface Look {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  align?: "left" | "center" | "right";
}

/** A status style's colours as Office.js takes them ("#RRGGBB"), the same as the file writer's. */
export function statusColors(style: StatusStyle): { font: string; fill: string } {
  return { font: `#${STATUS_COLORS[style].font}`, fill: `#${STATUS_COLORS[style].fill}` };
}

const statusLook = (style: StatusStyle): Look => ({ color: statusColors(style).font, fill: statusColors(style).fill });

export const NUMBER_FORMATS: Partial<Record<SpecStyle, string>> = {
  currency: "#,##0",
  percent: "0%",
  percent1: "0.0%",
  date: "yyyy-mm-dd",
  integer: "#,##0",
  decimal2: "0.00",
};

const LOOKS: Partial<Record<SpecStyle, Look>> = {
  title: { bold: true, size: 16, color: "#1F4E79" },
  subtitle: { bold: true, size: 12, color: "#1F4E79" },
  note: { italic: true, size: 9, color: "#7F7F7F" },
  header: { bold: true, color: "#FFFFFF", fill: "#1F4E79" },
  bold: { bold: true },
  link: { underline: true, color: "#0563C1" },
  good: statusLook("good"),
  warn: statusLook("warn"),
  bad: statusLook("bad"),
  neutral: statusLook("neutral"),
  info: statusLook("info"),
};

export function lookOf(style: SpecStyle | undefined): Look | undefined {
  return style ? LOOKS[style] : undefined;
}

const ALIGNED = new Map<string, Look>();

/** A cell's look: its style's, with its alignment; the same object for the same look, so runs group. */
export function cellLook(cell: SpecCell | null | undefined): Look | undefined {
  const base = lookOf(cell?.style ?? undefined);
  if (!cell?.align) return base;
  const key = `${cell.style ?? ""}|${cell.align}`;
  let look = ALIGNED.get(key);
  if (!look) ALIGNED.set(key, (look = { ...base, align: cell.align }));
  return look;
}

/** The Text number format: Excel stores what is written as it is. */
export const TEXT_FORMAT = "@";

/**
 * Whether Excel would turn this text into something else when written through Range.values (which
 * behaves like typing): a formula (= + - @), a number, percentage, date, time, fraction, boolean or error.
 * Such text is written into cells formatted as Text, so it stays the text the report meant.
 */
export function excelWouldConvert(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  if (/^[=+\-@]/.test(t)) return true;
  if (/^[$€£¥(]?\s*[\d.,]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#/.test(t)) return true;
  // "Jan 5", "5-Mar", "March 2026": Excel reads these as dates.
  return /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s\-/.,]*\d/i.test(t) || /^\d+[\s\-/]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(t);
}

/** Serial number of an ISO date in the workbook's date system (as the file writer computes it), or null. */
export function isoToSerial(iso: string, date1904: boolean): number | null {
  const day = dayFromIso(iso);
  return Number.isNaN(day) ? null : serialFromDay(day, date1904);
}

export interface CellOutput {
  /** What goes into Range.values ("" for an empty cell). */
  value: string | number | boolean;
  numberFormat: string;
}

/** The value and number format Office.js should write for a spec cell. */
export function cellOutput(cell: SpecCell | null, date1904: boolean): CellOutput {
  if (!cell || cell.value === null) return { value: "", numberFormat: (cell && (cell.numberFormat ?? NUMBER_FORMATS[cell.style!])) || "General" };
  const styled = cell.numberFormat ?? NUMBER_FORMATS[cell.style!] ?? "General";
  const value: SpecValue = cell.value;
  if (cell.type === "date" && typeof value === "string") {
    const serial = isoToSerial(value, date1904);
    if (serial !== null) return { value: serial, numberFormat: cell.style === "date" || styled === "General" ? "yyyy-mm-dd" : styled };
  }
  if (typeof value === "string") {
    // A leading apostrophe is Excel's text prefix and would be dropped (in a Text cell too): one more
    // keeps the text as it is.
    const written = value.startsWith("'") ? `'${value}` : value;
    return { value: written, numberFormat: excelWouldConvert(value) ? TEXT_FORMAT : styled };
  }
  return { value, numberFormat: styled };
}
