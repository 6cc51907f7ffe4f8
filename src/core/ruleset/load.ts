/**
 * Loads a PMO's ruleset: parses JSON text, fills what is missing from the default ruleset, validates
 * against ruleset.schema.json (with the validator generated from it ahead of time: no code is compiled at
 * run time, so it works under the task pane's Content-Security-Policy) and the semantic checks, and returns either the ruleset or every error
 * with its JSON path (nothing runs on an invalid ruleset).
 */
import { rulesById } from "../rules/registry";
import { defaultRuleset } from "./default-ruleset";
import { isObject, withDefaults } from "./merge";
import validateSchema from "./ruleset-validator.generated.js";
import { schemaErrors, type RulesetError } from "./schema-errors";
import { semanticErrors } from "./semantics";
import type { RuleSetting, Ruleset } from "./types";

export type { RulesetError } from "./schema-errors";

export type LoadResult = { ok: true; ruleset: Ruleset } | { ok: false; errors: RulesetError[] };

/**
 * Validates a ruleset given as parsed JSON or JSON text.
 * @example loadRuleset('{"thresholds":{"cpiWarning":"x"}}') // { ok: false, errors: [{ path: "/thresholds/cpiWarning", message: "expected a number, found \"x\"" }] }
 */
export function loadRuleset(input: unknown): LoadResult {
  let parsed = input;
  if (typeof input === "string") {
    try {
      parsed = JSON.parse(input);
    } catch (error) {
      return { ok: false, errors: [{ path: "", message: `expected JSON text: ${error instanceof Error ? error.message : String(error)}` }] };
    }
  }
  if (!isObject(parsed)) return { ok: false, errors: [{ path: "", message: "expected a JSON object (the ruleset)" }] };
  const merged = withDefaults(parsed, defaultRuleset());
  if (!validateSchema(merged)) {
    const valueAt = (path: string) => path.split("/").slice(1).reduce<unknown>((v, k) => (isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[k.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined), merged);
    return { ok: false, errors: schemaErrors(validateSchema.errors ?? [], valueAt) };
  }
  const ruleset = normalise(merged);
  const errors = semanticErrors(ruleset);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, ruleset };
}

/** Shorthand severities become settings; custom rules get their defaults; "$schema" is dropped. */
function normalise(merged: Record<string, unknown>): Ruleset {
  const { $schema: _schema, ...rest } = merged;
  const ruleset = rest as unknown as Ruleset;
  const rules: Record<string, RuleSetting> = {};
  const customSeverity = new Map(ruleset.customRules.map((c) => [`custom/${c.id}`, c.severity ?? "warning"]));
  for (const [id, setting] of Object.entries(ruleset.rules as Record<string, Partial<RuleSetting> | RuleSetting["severity"]>)) {
    if (typeof setting === "string") rules[id] = { severity: setting };
    else rules[id] = { ...setting, severity: setting.severity ?? rulesById.get(id)?.meta.defaultSeverity ?? customSeverity.get(id) ?? "warning" };
  }
  ruleset.rules = rules;
  ruleset.customRules = ruleset.customRules.map((c) => ({ ...c, description: c.description ?? "", entity: c.entity ?? "projects", severity: c.severity ?? "warning" }));
  ruleset.lifecycle.gates = ruleset.lifecycle.gates.map((g) => ({ ...g, requiredArtifacts: g.requiredArtifacts ?? [] }));
  return ruleset;
}
