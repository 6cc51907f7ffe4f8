/** Whether a portfolio has what a rule reads; a reason sentence when it does not. */
import { ENTITY_SPECS } from "../../model/fields";
import type { EntityName, Portfolio } from "../../model/portfolio";
import type { RuleMeta } from "../rule";


/** Null when every required entity and field is there, else why the rule cannot run. */
export function missingRequirement(portfolio: Portfolio, requires: RuleMeta["requires"]): string | null {
  for (const { entity, fields } of requires ?? []) {
    const detection = portfolio.detections.find((d) => d.entity === entity);
    const records = portfolio[entity] as unknown as Record<string, unknown>[];
    if (!detection && records.length === 0) return `no ${ENTITY_SPECS[entity].label} sheet or table was found`;
    const sheet = detection?.sheet ?? ENTITY_SPECS[entity].label;
    const absent = (fields ?? []).filter((field) => !fieldPresent(portfolio, entity, field));
    if (absent.length > 0) return `the ${sheet} sheet has no ${absent.join(", ")} column${absent.length > 1 ? "s" : ""}`;
  }
  return null;
}

/**
 * Whether an entity's field is there to read: the reader did not report its column missing, and a
 * column maps it or some record got it elsewhere (a key/value block, project heading rows). An entity
 * that was not found at all has none of its fields.
 */
export function fieldPresent(portfolio: Portfolio, entity: EntityName, field: string): boolean {
  const detected = portfolio.detections.some((d) => d.entity === entity);
  const records = portfolio[entity] as unknown as Record<string, unknown>[];
  if (!detected && records.length === 0) return false;
  // The reader said the column is missing (and may have filled in a guess, such as the sheet's name).
  if (portfolio.issues.some((i) => i.kind === "missing-column" && i.entity === entity && i.field === field)) return false;
  return !detected || portfolio.detections.some((d) => d.entity === entity && field in d.columns) || records.some((r) => carries(r[field]));
}

function carries(value: unknown): boolean {
  return value !== undefined && value !== null && value !== "";
}
