/**
 * Which rules a ruleset switches off that the built-in default runs, so a PMO sees when a ruleset
 * stored in a submitted workbook quietly stopped a check.
 */
import { rules } from "../rules/registry";
import type { Ruleset } from "./types";

/** Ids of built-in rules (all on by default) set to "off" in `ruleset`, then custom rules set to "off", sorted. */
export function rulesSwitchedOff(ruleset: Ruleset): string[] {
  const builtIn = rules.filter((r) => ruleset.rules[r.id]?.severity === "off").map((r) => r.id);
  const custom = ruleset.customRules.filter((r) => r.severity === "off").map((r) => r.id);
  return [...builtIn.sort(), ...custom.sort()];
}
