/**
 * The ruleset JSON stored in the very hidden "_PMORulebook" sheet: A1 holds a title, A2 onwards the JSON
 * in chunks (Excel caps a cell at 32,767 characters). Null when the workbook carries none.
 */
import type { WorkbookSource } from "../../workbook/grid";
import { EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";

export function embeddedRulesetFrom(source: WorkbookSource): string | null {
  const sheet = source.sheets.find((s) => s.name === EMBEDDED_RULESET_SHEET);
  if (!sheet) return null;
  const chunks: string[] = [];
  sheet.values.forEach((row, i) => {
    const r = sheet.top + i;
    const v = sheet.left === 1 ? row[0] : null;
    if (r >= 2 && typeof v === "string") chunks.push(v);
  });
  const json = chunks.join("");
  return json.trim() === "" ? null : json;
}
