/**
 * Checks the schema cannot express: the lifecycle is consistent, stage names referenced elsewhere
 * exist, rule ids and options are known, thresholds are ordered, custom expressions compile.
 */
import { expressionError } from "../rules/custom/expressions";
import { rulesById } from "../rules/registry";
import { optionErrors } from "./option-errors";
import { pointer, type RulesetError } from "./schema-errors";
import type { Ruleset } from "./types";
import { appendAll } from "../arrays";

export function semanticErrors(ruleset: Ruleset): RulesetError[] {
  return [...lifecycleErrors(ruleset), ...ruleErrors(ruleset), ...thresholdErrors(ruleset), ...customRuleErrors(ruleset)];
}

function lifecycleErrors({ lifecycle, requiredFields }: Ruleset): RulesetError[] {
  const errors: RulesetError[] = [];
  const stages = new Set(lifecycle.stages);
  const known = new Set([...lifecycle.stages, ...lifecycle.inactiveStages]);
  const expected = lifecycle.stages.length - 1;
  if (lifecycle.gates.length !== expected) {
    errors.push({ path: "/lifecycle/gates", message: `expected ${expected} gates (one per transition between the ${lifecycle.stages.length} stages), found ${lifecycle.gates.length}` });
  }
  const ids = new Set<string>();
  lifecycle.gates.forEach((g, k) => {
    const id = g.id.trim().toLowerCase();
    if (ids.has(id)) errors.push({ path: `/lifecycle/gates/${k}/id`, message: `expected a unique gate id, "${g.id}" is used twice` });
    ids.add(id);
  });
  lifecycle.inactiveStages.forEach((s, i) => {
    if (stages.has(s)) errors.push({ path: `/lifecycle/inactiveStages/${i}`, message: `"${s}" is an active stage; an inactive stage must be a different name` });
  });
  for (const key of ["executingStages", "closedStages"] as const) {
    lifecycle[key].forEach((s, i) => {
      if (!stages.has(s)) errors.push({ path: `/lifecycle/${key}/${i}`, message: `expected one of the stages (${lifecycle.stages.join(", ")}), found "${s}"` });
    });
  }
  for (const [alias, target] of Object.entries(lifecycle.stageAliases)) {
    if (!known.has(target)) errors.push({ path: `/lifecycle/stageAliases${pointer(alias)}`, message: `expected a stage or inactive stage, found "${target}"` });
  }
  for (const stage of Object.keys(requiredFields.fromStage)) {
    if (!stages.has(stage)) errors.push({ path: `/requiredFields/fromStage${pointer(stage)}`, message: `expected one of the stages (${lifecycle.stages.join(", ")}), found "${stage}"` });
  }
  return errors;
}

function ruleErrors(ruleset: Ruleset): RulesetError[] {
  const errors: RulesetError[] = [];
  const customIds = new Set(ruleset.customRules.map((c) => `custom/${c.id}`));
  for (const [id, setting] of Object.entries(ruleset.rules)) {
    const rule = rulesById.get(id);
    if (!rule) {
      if (customIds.has(id)) continue;
      errors.push({ path: `/rules${pointer(id)}`, message: `unknown rule id "${id}"${suggest(id)}` });
      continue;
    }
    if (setting.options !== undefined) appendAll(errors, optionErrors(rule, setting.options, `/rules${pointer(id)}/options`));
  }
  return errors;
}

/** " (did you mean …?)" for a rule id in the same family or with the same name. */
function suggest(id: string): string {
  const [family, name] = id.split("/");
  const close = [...rulesById.keys()].filter((known) => known.endsWith(`/${name}`) || known.startsWith(`${family}/`));
  return close.length > 0 ? `; did you mean ${close.map((c) => `"${c}"`).join(" or ")}?` : `; known ids are listed in docs/rules`;
}

function thresholdErrors({ thresholds: t }: Ruleset): RulesetError[] {
  const errors: RulesetError[] = [];
  if (t.forecastVarianceError < t.forecastVarianceWarning) errors.push({ path: "/thresholds/forecastVarianceError", message: `expected at least forecastVarianceWarning (${t.forecastVarianceWarning}), found ${t.forecastVarianceError}` });
  if (t.cpiError > t.cpiWarning) errors.push({ path: "/thresholds/cpiError", message: `expected at most cpiWarning (${t.cpiWarning}), found ${t.cpiError}` });
  if (t.milestoneSlipErrorDays < t.milestoneSlipWarningDays) errors.push({ path: "/thresholds/milestoneSlipErrorDays", message: `expected at least milestoneSlipWarningDays (${t.milestoneSlipWarningDays}), found ${t.milestoneSlipErrorDays}` });
  if (t.spiError > t.spiWarning) errors.push({ path: "/thresholds/spiError", message: `expected at most spiWarning (${t.spiWarning}), found ${t.spiError}` });
  return errors;
}

function customRuleErrors({ customRules }: Ruleset): RulesetError[] {
  const errors: RulesetError[] = [];
  const ids = new Set<string>();
  customRules.forEach((c, k) => {
    if (ids.has(c.id)) errors.push({ path: `/customRules/${k}/id`, message: `expected a unique id, "${c.id}" is used twice` });
    ids.add(c.id);
    for (const key of ["when", "assert"] as const) {
      const text = c[key];
      if (text === undefined) continue;
      const error = expressionError(text);
      if (error) errors.push({ path: `/customRules/${k}/${key}`, message: `expected a valid expression: ${error}` });
    }
  });
  return errors;
}
