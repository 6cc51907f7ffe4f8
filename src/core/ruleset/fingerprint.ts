/**
 * A fingerprint of what a ruleset decides: every setting that changes a check (lifecycle, required
 * fields, thresholds, severities and options, custom rules, mapping, period), not its name, version
 * or description. Two rulesets with the same fingerprint find the same problems in any workbook, so a
 * stamp that records it tells the PMO whether the submitter checked with the PMO's rules.
 */
import { Hasher } from "../report/fingerprint";
import type { Ruleset } from "./types";

/** The labels that leave a ruleset's content unchanged. */
const LABELS = new Set(["name", "version", "description"]);

/** JSON with object keys sorted at every level, so key order never changes the fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * 16 hex digits; give it a ruleset as the loader returns it (defaults filled in), so that a setting
 * left out and the same setting written at its default fingerprint alike.
 * @example rulesetFingerprint(defaultRuleset()) === rulesetFingerprint({ ...defaultRuleset(), name: "Ours" }) // true
 */
export function rulesetFingerprint(ruleset: Ruleset): string {
  const content = Object.fromEntries(Object.entries(ruleset).filter(([key]) => !LABELS.has(key)));
  const h = new Hasher();
  h.add(canonical(content));
  return h.hex();
}
