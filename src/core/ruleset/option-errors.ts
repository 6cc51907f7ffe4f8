/**
 * Validates a rule's options against its meta.options (type, enum, minimum, item type), by hand:
 * compiling a schema per rule at run time would need `new Function`, which the task pane forbids.
 */
import type { Rule, RuleOption } from "../rules/rule";
import { pointer, type RulesetError } from "./schema-errors";

const TYPE_TEXT: Record<RuleOption["type"], string> = { number: "a number", integer: "a whole number", string: "text", boolean: "true or false", array: "a list" };

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `"${value}"`;
  if (typeof value === "object") return "an object";
  return String(value);
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "integer":
      return Number.isInteger(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "array":
      return Array.isArray(value);
    default:
      return true;
  }
}

/** Errors in `options` for `rule`, each with its JSON path under `base`. */
export function optionErrors(rule: Rule, options: unknown, base: string): RulesetError[] {
  if (typeof options !== "object" || options === null || Array.isArray(options)) return [{ path: base, message: `expected an object, found ${describe(options)}` }];
  const errors: RulesetError[] = [];
  for (const [name, value] of Object.entries(options)) {
    const path = base + pointer(name);
    const spec = rule.meta.options[name];
    if (!spec) {
      const known = Object.keys(rule.meta.options);
      errors.push({ path, message: `is not a known property here${known.length ? ` (options of ${rule.id}: ${known.join(", ")})` : ` (${rule.id} has no options)`}` });
      continue;
    }
    if (!hasType(value, spec.type)) {
      errors.push({ path, message: `expected ${TYPE_TEXT[spec.type]}, found ${describe(value)}` });
      continue;
    }
    if (spec.enum && !spec.enum.includes(value)) {
      errors.push({ path, message: `expected one of ${spec.enum.map((v) => JSON.stringify(v)).join(", ")}, found ${describe(value)}` });
    }
    if (spec.minimum !== undefined && typeof value === "number" && value < spec.minimum) {
      errors.push({ path, message: `expected a number >= ${spec.minimum}, found ${value}` });
    }
    if (spec.items && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (!hasType(item, spec.items!.type)) errors.push({ path: `${path}/${i}`, message: `expected ${TYPE_TEXT[spec.items!.type as RuleOption["type"]] ?? spec.items!.type}, found ${describe(item)}` });
      });
    }
  }
  return errors;
}
