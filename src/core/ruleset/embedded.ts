/**
 * A ruleset stored inside a workbook, so it travels with the PMO's template: a very hidden sheet
 * "_PMORulebook" with A1 = "PMO Rulebook ruleset" and the JSON text in A2, A3, … in chunks (an Excel
 * cell holds at most 32,767 characters).
 */
import type { WorkbookSource } from "../../workbook/grid";
import { EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";

export const EMBEDDED_RULESET_TITLE = "PMO Rulebook ruleset";
const CHUNK = 30_000;

/** The ruleset JSON stored in the workbook, or null when there is no (well-formed) ruleset sheet. */
export function findEmbeddedRuleset(source: WorkbookSource): string | null {
  const sheet = source.sheets.find((s) => s.name.toLowerCase() === EMBEDDED_RULESET_SHEET.toLowerCase());
  if (!sheet || sheet.left > 1) return null;
  // Column A, from row 1 on, wherever the grid's used range starts.
  const cellA = (row: number) => {
    const r = sheet.values[row - sheet.top];
    const v = r ? r[1 - sheet.left] : null;
    return v === null || v === undefined ? "" : String(v);
  };
  if (cellA(1).trim() !== EMBEDDED_RULESET_TITLE) return null;
  let json = "";
  for (let row = 2; row < sheet.top + sheet.values.length; row++) json += cellA(row);
  return json.trim() === "" ? null : json;
}

/** Rows for the ruleset sheet: the title, then the JSON in chunks of at most 30,000 characters. */
export function embeddedRulesetRows(json: string): string[][] {
  const rows: string[][] = [[EMBEDDED_RULESET_TITLE]];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + CHUNK);
    // Never split a surrogate pair across two cells.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end--;
    rows.push([json.slice(i, end)]);
    i = end;
  }
  return rows;
}
