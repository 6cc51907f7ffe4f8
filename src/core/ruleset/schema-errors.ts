/** Ajv errors as sentences a PMO can act on: the JSON path, and what was expected there. */
import type { ErrorObject } from "ajv";

export interface RulesetError {
  /** JSON Pointer into the ruleset, e.g. "/thresholds/cpiWarning" ("" = the whole document). */
  path: string;
  message: string;
}

/** Escapes a key for a JSON Pointer ("budget/cpi" -> "budget~1cpi"). */
export function pointer(...keys: (string | number)[]): string {
  return keys.map((k) => "/" + String(k).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "…" : value}"`;
  if (typeof value === "object") return "an object";
  return String(value);
}

const TYPE_NAMES: Record<string, string> = { number: "a number", integer: "a whole number", string: "text", boolean: "true or false", array: "a list", object: "an object" };

/** Converts ajv errors, dropping the bookkeeping ones (if/then/else, anyOf) that only repeat a cause. */
export function schemaErrors(errors: ErrorObject[], valueAt: (path: string) => unknown): RulesetError[] {
  const out: RulesetError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === "if" || e.keyword === "anyOf" || e.keyword === "oneOf") continue;
    let path = e.instancePath;
    let message: string;
    const p = e.params as Record<string, unknown>;
    switch (e.keyword) {
      case "required":
        path = `${path}${pointer(String(p.missingProperty))}`;
        message = "is required";
        break;
      case "additionalProperties":
        path = `${path}${pointer(String(p.additionalProperty))}`;
        message = "is not a known property here";
        break;
      case "type":
        message = `expected ${String(p.type).split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ")}, found ${describe(valueAt(path))}`;
        break;
      case "enum":
        message = `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}, found ${describe(valueAt(path))}`;
        break;
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        message = `expected a number ${String(p.comparison)} ${String(p.limit)}, found ${describe(valueAt(path))}`;
        break;
      case "minItems":
        message = `expected at least ${String(p.limit)} item(s)`;
        break;
      case "minLength":
        message = "expected non-empty text";
        break;
      case "uniqueItems":
        message = `expected no duplicates (items ${String(p.j)} and ${String(p.i)} are equal)`;
        break;
      case "pattern":
        message = `expected text matching ${String(p.pattern)}, found ${describe(valueAt(path))}`;
        break;
      case "propertyNames":
        continue; // reported through the nested "pattern" error with the offending name
      default:
        message = `expected a value that ${e.message ?? "matches the schema"}`;
    }
    if (e.keyword === "pattern" && e.propertyName !== undefined) {
      path = `${path}${pointer(e.propertyName)}`;
      message = `"${e.propertyName}" is not a rule id (expected family/name, e.g. budget/cpi)`;
    }
    const key = `${path}|${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path, message });
    }
  }
  return out;
}
