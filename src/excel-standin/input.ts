/**
 * How Excel interprets a value written through Range.values: like typing it. Text that looks like a
 * number, percentage, boolean or ISO date becomes one; text starting with = + - @ becomes a formula;
 * a leading apostrophe or a Text ("@") number format keeps it as text. The stand-in reproduces this so a
 * writer that forgets to protect text is caught by its tests.
 */
import type { StoredValue } from "./state";

export interface Interpreted {
  value: StoredValue;
  formula?: string;
  /** A number format Excel picks for typed input (e.g. "0%"), applied when the cell is General. */
  impliedFormat?: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Serial number of a calendar date in the 1900 (default) or 1904 date system. The 1900 system counts
 * the fictitious 1900-02-29 (Lotus's leap-year bug), so dates before 1900-03-01 are one lower.
 */
export function dateSerial(year: number, month: number, day: number, date1904: boolean): number {
  const days = Date.UTC(year, month - 1, day) / 86_400_000;
  if (date1904) return days - Date.UTC(1904, 0, 1) / 86_400_000;
  const serial = days - Date.UTC(1899, 11, 30) / 86_400_000;
  return serial < 61 ? serial - 1 : serial;
}

export function interpretInput(input: unknown, cellFormat: string, date1904: boolean): Interpreted {
  if (typeof input === "number" || typeof input === "boolean") return { value: input };
  if (input === null || input === undefined) return { value: "" };
  const text = String(input);
  // A leading apostrophe is Excel's text prefix, whatever the cell's format: it is not part of the value
  // (office-js issue #6687: range.formulas drops it the same way).
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (cellFormat === "@" || text === "") return { value: text };
  if (NUMBER.test(text)) return { value: Number(text) };
  if (GROUPED.test(text)) return { value: Number(text.replace(/,/g, "")), impliedFormat: "#,##0" };
  if (PERCENT.test(text)) return { value: Number(text.slice(0, -1)) / 100, impliedFormat: "0%" };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(text);
  if (iso) return { value: dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]), date1904), impliedFormat: "yyyy-mm-dd" };
  if (/^[=+\-@]/.test(text) && text.length > 1) {
    // The stand-in has no calculation engine: the formula is kept, its value is the #NAME? a bad one shows.
    return { value: "#NAME?", formula: text.startsWith("=") ? text : `=${text}` };
  }
  return { value: text };
}
