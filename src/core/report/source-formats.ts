/**
 * The currency the report shows amounts in: the number format of the source's budget cells, so a
 * portfolio kept in euros reads "€ 250,000" on the summary as it does in the register. Only a format
 * that is an amount counts (not General, a percentage, a date or text); the most used one wins.
 */
import type { WorkbookSource } from "../../workbook/grid";
import { fieldCell } from "../model/record-source";
import type { Portfolio } from "../model/portfolio";
import { isDateFormat } from "../read/values/date-format";

/** A1 "BC12" -> zero-based column and 1-based row. */
function parseCell(a1: string): { col: number; row: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(a1);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col, row: Number(m[2]) };
}

/** Whether a format code shows an amount: has a digit placeholder, is no percentage, date or text format. */
export function isAmountFormat(code: string | null | undefined): code is string {
  if (!code) return false;
  const c = code.trim();
  if (c === "" || /^general$/i.test(c) || c === "@") return false;
  // Quoted text and bracketed parts ([$€-407], [Red]) may hold anything; look at the rest.
  const bare = c.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  if (bare.includes("%")) return false;
  if (isDateFormat(c)) return false;
  return /[0#?]/.test(bare);
}

/** The most used amount format of the projects' budget cells, or undefined (the report's own #,##0 then). */
export function currencyFormatOf(source: WorkbookSource, portfolio: Portfolio): string | undefined {
  const sheets = new Map(source.sheets.map((s) => [s.name, s]));
  const counts = new Map<string, number>();
  for (const p of portfolio.projects) {
    if (typeof p.budget !== "number") continue;
    const sheetName = p.source.sheets?.budget ?? p.source.sheet;
    const a1 = fieldCell(p.source, "budget");
    const grid = sheets.get(sheetName);
    const at = a1 ? parseCell(a1) : null;
    if (!grid || !at) continue;
    const code = grid.formats?.[at.row - grid.top]?.[at.col - grid.left];
    if (isAmountFormat(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | undefined;
  let most = 0;
  for (const [code, n] of counts) if (n > most) [best, most] = [code, n];
  return best;
}
