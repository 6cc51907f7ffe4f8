/** The very hidden "_PMORulebook" sheet that carries the ruleset inside the workbook. */
import { EMBEDDED_RULESET_SHEET, type SheetSpec } from "../../../workbook/sheet-spec";

/** First cell of the ruleset sheet, as core/ruleset/embedded.ts reads it. */
export const EMBEDDED_RULESET_TITLE = "PMO Rulebook ruleset";
/** Cells hold at most 32,767 characters; chunks stay well below. */
const CHUNK = 30_000;

/** Rows of the ruleset sheet: A1 = title, A2.. = the JSON in chunks of at most 30,000 characters. */
export function rulesetRows(json: string): string[][] {
  const rows: string[][] = [[EMBEDDED_RULESET_TITLE]];
  for (let i = 0; i < json.length; i += CHUNK) rows.push([json.slice(i, i + CHUNK)]);
  return rows;
}

export function embeddedRulesetSpec(json: string): SheetSpec {
  return {
    key: EMBEDDED_RULESET_SHEET,
    name: EMBEDDED_RULESET_SHEET,
    columns: [{ width: 60 }],
    rows: rulesetRows(json).map((row) => row.map((text) => ({ value: text, type: "text" as const }))),
  };
}
