/** The very hidden "_PMORulebook" sheet that carries the ruleset inside the workbook. */
import { embeddedRulesetRows } from "../../../core/ruleset/embedded";
import { EMBEDDED_RULESET_SHEET, type SheetSpec } from "../../../workbook/sheet-spec";

/** The ruleset sheet as a spec: rows as core/ruleset/embedded.ts lays them out (and reads them back). */
export function embeddedRulesetSpec(json: string): SheetSpec {
  return {
    key: EMBEDDED_RULESET_SHEET,
    name: EMBEDDED_RULESET_SHEET,
    columns: [{ width: 60 }],
    rows: embeddedRulesetRows(json).map((row) => row.map((text) => ({ value: text, type: "text" as const }))),
  };
}
