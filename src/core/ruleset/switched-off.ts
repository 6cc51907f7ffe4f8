/**
 * Which rules a ruleset switches off that the built-in default runs, so a PMO sees when a ruleset
 * stored in a submitted workbook quietly stopped a check. A rule that is off by default
 * (strategy/low-value) is not "switched off": nothing was stopped.
 */
import { rules } from "../rules/registry";
import { customRuleId } from "../rules/custom/custom-rule";
import type { Ruleset } from "./types";

/** Ids of built-in rules the ruleset sets to "off" (on by default), then its custom rules set to "off" (custom/<id>), each sorted. */
export function rulesSwitchedOff(ruleset: Ruleset): string[] {
  const builtIn = rules.filter((r) => r.meta.defaultSeverity !== "off" && ruleset.rules[r.id]?.severity === "off").map((r) => r.id);
  const custom = ruleset.customRules.filter((r) => r.severity === "off").map((r) => customRuleId(r.id));
  return [...builtIn.sort(), ...custom.sort()];
}
