/** ExcelJS cell values to grid values: dates back to serials, formulas to cached results, rich text to text. */
import type { CellValue } from "../../workbook/grid";

const MS_PER_DAY = 86_400_000;

/**
 * Converts a JS Date (ExcelJS gives UTC-based dates) to an Excel serial in the workbook's date system,
 * using UTC arithmetic only so the machine's time zone never shifts a day.
 */
export function serialFromDate(d: Date, date1904: boolean): number {
  const serial = d.getTime() / MS_PER_DAY + 25_569 - (date1904 ? 1462 : 0);
  // ExcelJS rounds through milliseconds; snap values within a millisecond of a whole day.
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-8 ? whole : serial;
}

/** One ExcelJS cell value as a grid value. */
export function gridValue(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : serialFromDate(v, date1904);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if ("formula" in o || "sharedFormula" in o || "result" in o) return gridValue(o.result, date1904);
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? "").join("");
    if ("error" in o) return String(o.error);
    if ("text" in o) return gridValue(o.text, date1904);
    if ("hyperlink" in o) return String(o.hyperlink);
  }
  return null;
}
