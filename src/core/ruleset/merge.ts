/**
 * Fills a partial ruleset from the default one, deeply: objects merge key by key, arrays and scalars
 * replace. When the PMO defines its own stages, defaults that name the default stages (gates,
 * executing and closed stages, aliases, required-field stages) are adapted rather than copied, so a
 * ruleset with its own lifecycle is not rejected for stages it never mentioned.
 */
import type { Ruleset } from "./types";

type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return structuredClone(base);
  if (!isObject(base) || !isObject(override)) return structuredClone(override);
  const out: Json = structuredClone(base);
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

/** The input merged over the defaults (unvalidated: the result is checked against the schema next). */
export function withDefaults(input: Json, defaults: Ruleset): Json {
  const merged = deepMerge(defaults, input) as Json;
  const lifecycleIn = isObject(input.lifecycle) ? input.lifecycle : {};
  const stages = lifecycleIn.stages;
  if (!Array.isArray(stages) || !stages.every((s) => typeof s === "string")) return merged;
  const lifecycle = merged.lifecycle as Json;
  const known = new Set<string>([...(stages as string[]), ...(Array.isArray(lifecycle.inactiveStages) ? (lifecycle.inactiveStages as string[]) : [])]);
  if (!("gates" in lifecycleIn)) {
    lifecycle.gates = (stages as string[]).slice(1).map((stage, k) => ({ id: `G${k}`, name: `Into ${stage}`, requiredArtifacts: [] }));
  }
  for (const key of ["executingStages", "closedStages"] as const) {
    if (!(key in lifecycleIn)) lifecycle[key] = defaults.lifecycle[key].filter((s) => known.has(s));
  }
  // The default entries that name other stages go; the input's own stay (and are validated), so a
  // ruleset written out whole (stored in a workbook) loads back as it was.
  const aliasesIn = isObject(lifecycleIn.stageAliases) ? lifecycleIn.stageAliases : {};
  const aliases = Object.fromEntries(Object.entries(defaults.lifecycle.stageAliases).filter(([, target]) => known.has(target)));
  lifecycle.stageAliases = "stageAliases" in lifecycleIn && !isObject(lifecycleIn.stageAliases) ? lifecycleIn.stageAliases : { ...aliases, ...aliasesIn };
  const requiredIn = isObject(input.requiredFields) ? input.requiredFields : {};
  if (isObject(merged.requiredFields)) {
    const fromStageIn = isObject(requiredIn.fromStage) ? requiredIn.fromStage : {};
    const fromStage = Object.fromEntries(Object.entries(defaults.requiredFields.fromStage).filter(([stage]) => known.has(stage)));
    merged.requiredFields.fromStage = "fromStage" in requiredIn && !isObject(requiredIn.fromStage) ? requiredIn.fromStage : { ...fromStage, ...fromStageIn };
  }
  return merged;
}
