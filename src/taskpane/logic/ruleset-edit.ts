/**
 * Immutable edits the Ruleset screen makes, and the JSON import/export. Validation is the loader's:
 * an imported or edited ruleset is only used after loadRuleset accepts it.
 */
import type { GateDefinition, Ruleset, Severity, Thresholds } from "../../core/ruleset/types";
import { loadRuleset } from "../../core/ruleset/load";

export type NumericThreshold = Exclude<keyof Thresholds, "workingDays" | "eacFormula">;

/** How each numeric threshold is shown: fractions as percentages, the rest as plain numbers. */
export const THRESHOLD_FIELDS: { key: NumericThreshold; label: string; unit: "percent" | "ratio" | "days" | "fte" | "hours" | "score" }[] = [
  { key: "forecastVarianceWarning", label: "Forecast over budget: warning above", unit: "percent" },
  { key: "forecastVarianceError", label: "Forecast over budget: error above", unit: "percent" },
  { key: "cpiWarning", label: "CPI: warning below", unit: "ratio" },
  { key: "cpiError", label: "CPI: error below", unit: "ratio" },
  { key: "spiWarning", label: "SPI: warning below", unit: "ratio" },
  { key: "spiError", label: "SPI: error below", unit: "ratio" },
  { key: "staleStatusDays", label: "Status update stale after", unit: "days" },
  { key: "milestoneSlipWarningDays", label: "Milestone slip: warning after", unit: "days" },
  { key: "milestoneSlipErrorDays", label: "Milestone slip: error after", unit: "days" },
  { key: "riskHighScore3", label: "High risk from (3-point scale, P × I)", unit: "score" },
  { key: "riskHighScore5", label: "High risk from (1–5 scale, P × I)", unit: "score" },
  { key: "defaultCapacity", label: "Capacity when a resource has none", unit: "fte" },
  { key: "hoursPerDay", label: "Working hours per day", unit: "hours" },
];

/** Shown value of a threshold (percent thresholds as 5 for 0.05). */
export function displayThreshold(ruleset: Ruleset, key: NumericThreshold): number {
  const field = THRESHOLD_FIELDS.find((f) => f.key === key)!;
  const v = ruleset.thresholds[key];
  return field.unit === "percent" ? Math.round(v * 10000) / 100 : v;
}

/** Sets a threshold from its shown value; NaN leaves the ruleset unchanged. */
export function setThreshold(ruleset: Ruleset, key: NumericThreshold, shown: number): Ruleset {
  if (!Number.isFinite(shown)) return ruleset;
  const field = THRESHOLD_FIELDS.find((f) => f.key === key)!;
  const value = field.unit === "percent" ? shown / 100 : shown;
  return { ...ruleset, thresholds: { ...ruleset.thresholds, [key]: value } };
}

export function setRuleSeverity(ruleset: Ruleset, ruleId: string, severity: Severity): Ruleset {
  return { ...ruleset, rules: { ...ruleset.rules, [ruleId]: { ...ruleset.rules[ruleId], severity } } };
}

/** Splits a comma or newline separated list typed by a user, trimming blanks. @example parseList("a, b,,c") // ["a","b","c"] */
export function parseList(text: string): string[] {
  return text.split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}

export function setStages(ruleset: Ruleset, stages: string[]): Ruleset {
  return { ...ruleset, lifecycle: { ...ruleset.lifecycle, stages } };
}

export function setGate(ruleset: Ruleset, index: number, patch: Partial<GateDefinition>): Ruleset {
  const gates = ruleset.lifecycle.gates.map((g, i) => (i === index ? { ...g, ...patch } : g));
  return { ...ruleset, lifecycle: { ...ruleset.lifecycle, gates } };
}

/**
 * Adds a gate at the end, numbered after the last one (G4 → G5) and never repeating an id.
 * @example addGate(r).lifecycle.gates.at(-1) // { id: "G5", name: "New gate", requiredArtifacts: [] } after G0…G4
 */
export function addGate(ruleset: Ruleset): Ruleset {
  const gates = ruleset.lifecycle.gates;
  const ids = new Set(gates.map((g) => g.id));
  const last = /^(.*?)(\d+)$/.exec(gates.at(-1)?.id ?? "");
  let n = last ? Number(last[2]) + 1 : gates.length;
  const prefix = last ? last[1] : "G";
  while (ids.has(`${prefix}${n}`)) n++;
  return { ...ruleset, lifecycle: { ...ruleset.lifecycle, gates: [...gates, { id: `${prefix}${n}`, name: "New gate", requiredArtifacts: [] }] } };
}

/** Which stage each gate leads into (gate k into stage k + 1), and what does not pair up. */
export function gateTargets(ruleset: Ruleset): { targets: { gate: GateDefinition; into: string | undefined }[]; note: string | null } {
  const { stages, gates } = ruleset.lifecycle;
  const targets = gates.map((gate, k) => ({ gate, into: stages[k + 1] }));
  const expected = Math.max(0, stages.length - 1);
  let note: string | null = null;
  if (gates.length > expected) {
    note = `${gates.length - expected === 1 ? "The last gate leads" : `The last ${gates.length - expected} gates lead`} into no stage: add stages or remove gates.`;
  } else if (gates.length < expected) {
    const open = stages.slice(gates.length + 1);
    note = `No gate leads into ${open.join(", ")}: a project enters ${open.length === 1 ? "it" : "them"} without a gate decision. Add a gate for each.`;
  }
  return { targets, note };
}

export function removeGate(ruleset: Ruleset, index: number): Ruleset {
  return { ...ruleset, lifecycle: { ...ruleset.lifecycle, gates: ruleset.lifecycle.gates.filter((_, i) => i !== index) } };
}

/** Fields required from a stage on, keyed by stage. */
export function setRequiredFields(ruleset: Ruleset, stage: string | "always", fields: string[]): Ruleset {
  const requiredFields =
    stage === "always"
      ? { ...ruleset.requiredFields, always: fields }
      : { ...ruleset.requiredFields, fromStage: { ...ruleset.requiredFields.fromStage, [stage]: fields } };
  return { ...ruleset, requiredFields };
}

export function exportRulesetJson(ruleset: Ruleset): string {
  return JSON.stringify(ruleset, null, 2);
}

/** Parses and validates ruleset JSON; errors name the JSON path, as the loader reports them. */
export function importRulesetJson(text: string): { ok: true; ruleset: Ruleset } | { ok: false; errors: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`Not valid JSON: ${(e as Error).message}`] };
  }
  const loaded = loadRuleset(parsed);
  return loaded.ok ? loaded : { ok: false, errors: loaded.errors.map((e) => `${e.path || "/"}: ${e.message}`) };
}

/** Checks an edited ruleset with the loader before it is used or saved. */
export function validateRuleset(ruleset: Ruleset): { ok: true; ruleset: Ruleset } | { ok: false; errors: string[] } {
  const loaded = loadRuleset(ruleset);
  return loaded.ok ? loaded : { ok: false, errors: loaded.errors.map((e) => `${e.path || "/"}: ${e.message}`) };
}
