/** Whether a portfolio has what a rule reads; a reason sentence when it does not. */
import { ENTITY_SPECS } from "../../model/fields";
import type { Portfolio } from "../../model/portfolio";
import type { RuleMeta } from "../rule";


/** Null when every required entity and field is there, else why the rule cannot run. */
export function missingRequirement(portfolio: Portfolio, requires: RuleMeta["requires"]): string | null {
  for (const { entity, fields } of requires ?? []) {
    const detection = portfolio.detections.find((d) => d.entity === entity);
    const records = portfolio[entity] as unknown as Record<string, unknown>[];
    if (!detection && records.length === 0) return `no ${ENTITY_SPECS[entity].label} sheet or table was found`;
    const sheet = detection?.sheet ?? ENTITY_SPECS[entity].label;
    const absent = (fields ?? []).filter(
      (field) =>
        // The reader said the column is missing (and may have filled in a guess, such as the sheet's name).
        portfolio.issues.some((i) => i.kind === "missing-column" && i.entity === entity && i.field === field) ||
        // No column maps the field and no record got it elsewhere (a key/value block, project heading rows).
        (detection !== undefined && !portfolio.detections.some((d) => d.entity === entity && field in d.columns) && !records.some((r) => carries(r[field]))),
    );
    if (absent.length > 0) return `the ${sheet} sheet has no ${absent.join(", ")} column${absent.length > 1 ? "s" : ""}`;
  }
  return null;
}

function carries(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}
