/**
 * Turns the ruleset's custom rules into rule modules reported as custom/<id>. Each row of the rule's
 * entity where `when` holds must satisfy `assert`. A rule naming a column the workbook lacks is skipped
 * with the reason (see columns-check.ts). An expression failing on a row (a jexl runtime
 * error) does not stop the run: failures are counted and reported once with the first row's cell.
 */
import type { CustomRule, Ruleset } from "../../ruleset/types";
import { isoFromDay } from "../../model/dates";
import { fieldEntries, isDateKind } from "../../model/fields";
import type { CustomRuleEntity } from "../../model/fields";
import { fillMessage } from "../support/format";
import { cellOf } from "../../lookup/location";
import { defineRule, type Rule } from "../rule";
import { missingColumns } from "./columns-check";
import { compileExpression } from "./expressions";
import { rowsFor } from "./row-context";

/** Finding rule id of a custom rule. */
export function customRuleId(id: string): string {
  return `custom/${id}`;
}

/** One rule module per custom rule that is not switched off. */
export function customRuleModules(ruleset: Ruleset): Rule[] {
  return ruleset.customRules.filter((c) => c.severity !== "off").map((c) => customRule(c));
}

function customRule(custom: CustomRule): Rule {
  return defineRule({
    id: customRuleId(custom.id),
    meta: {
      description: custom.description || custom.message,
      defaultSeverity: custom.severity === "off" ? "warning" : custom.severity,
      options: {},
      // The PMO's message is filled from the row itself, so it is pre-filled here (see check).
      messages: { failed: "{text}", evaluationFailed: "Custom rule {ruleId} could not be evaluated on {count} row(s), first at {firstCell}: {error}" },
    },
    check({ portfolio, index, ruleset, asOf, report, skip }) {
      const missing = missingColumns(custom, portfolio);
      if (missing) return skip(missing);
      const when = custom.when ? compileExpression(custom.when) : undefined;
      const assert = compileExpression(custom.assert);
      const stageAt = Object.fromEntries(ruleset.lifecycle.stages.map((s, k) => [s, k]));
      let failures = 0;
      let first: { cell: string; error: string } | undefined;
      for (const row of rowsFor(custom, portfolio, index, asOf, stageAt)) {
        let ok: boolean;
        try {
          if (when && !when.evalSync(row.context)) continue;
          ok = Boolean(assert.evalSync(row.context));
        } catch (error) {
          failures++;
          if (!first) {
            const at = cellOf(row.source);
            first = { cell: `${at.sheet}!${at.cell}`, error: error instanceof Error ? error.message : String(error) };
          }
          continue;
        }
        if (ok) continue;
        report({
          messageId: "failed",
          data: { text: fillMessage(custom.message, forDisplay(row.context, custom.entity)), ruleId: customRuleId(custom.id) },
          projectId: row.projectId,
          resource: row.resource,
          location: cellOf(row.source, custom.field),
        });
      }
      if (first) {
        report({ messageId: "evaluationFailed", data: { ruleId: customRuleId(custom.id), count: failures, firstCell: first.cell, error: first.error } });
      }
    },
  });
}

/** Dates are day numbers for comparisons but ISO text in messages. */
function forDisplay(context: Record<string, unknown>, entity: CustomRuleEntity): Record<string, unknown> {
  const copy = { ...context };
  for (const field of [...dateFields(entity), "asOf"]) {
    const value = copy[field];
    if (typeof value === "number" && Number.isFinite(value)) copy[field] = isoFromDay(value);
  }
  return copy;
}

const dates = new Map<CustomRuleEntity, string[]>();

/** The entity's date fields (model/fields). */
function dateFields(entity: CustomRuleEntity): string[] {
  let list = dates.get(entity);
  if (!list) dates.set(entity, (list = fieldEntries(entity).filter(([, spec]) => isDateKind(spec.kind)).map(([f]) => f)));
  return list;
}
