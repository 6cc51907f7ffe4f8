/**
 * Whether a workbook is a submission template nobody has filled in yet: `pmo-rulebook new` replaces
 * such a file and refuses every other (docs/template.md). Decided from what a reader sees: the guide
 * sheet is still the product's (its marker name and record hold, its text unedited), and every other
 * sheet — but the stored ruleset — is a table sheet with nothing below its header row.
 */
import { generatedSheetNames } from "../generated/sheets";
import { markerName, sheetOfFormula } from "../../workbook/markers";
import { EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";
import type { WorkbookSource } from "../../workbook/grid";
import { GUIDE_KEY } from "./guide";

export function isBlankTemplate(source: WorkbookSource): boolean {
  const marker = markerName(GUIDE_KEY).toLowerCase();
  const name = (source.names ?? []).find((n) => n.sheet === undefined && n.name.toLowerCase() === marker);
  const guide = name ? sheetOfFormula(name.formula)?.toLowerCase() : undefined;
  if (guide === undefined || !generatedSheetNames(source).has(guide)) return false;
  for (const sheet of source.sheets) {
    const lower = sheet.name.toLowerCase();
    if (lower === guide || lower === EMBEDDED_RULESET_SHEET.toLowerCase()) continue;
    const table = source.tables.find((t) => t.sheet.toLowerCase() === lower && /^\$?A\$?1:/i.test(t.ref));
    if (!table) return false;
    const filled = sheet.values.some((row, i) => sheet.top + i > 1 && row.some((v) => v !== null && !(typeof v === "string" && v.trim() === "")));
    if (filled) return false;
  }
  return true;
}
