/**
 * Rules grouped by family (the part of the id before the slash: gate/, budget/, milestone/, risk/…),
 * for the Ruleset screen's list, in the registry's order. Pure, so the grouping is pinned by tests.
 */
import type { Rule } from "../../core/rules/registry";

/** How each family is named on screen; a family missing here shows its prefix, capitalised. */
export const FAMILY_LABELS: Readonly<Record<string, string>> = {
  budget: "Budget and cost",
  data: "Data quality",
  gate: "Gates",
  milestone: "Milestones",
  resource: "Resources",
  risk: "Risks and issues (RAID log)",
  schedule: "Schedule",
  status: "Status reporting",
  strategy: "Strategic alignment",
};

export interface RuleFamily {
  family: string;
  label: string;
  rules: Rule[];
}

/** @example ruleFamilies([{ id: "gate/rejected" }, { id: "risk/no-owner" }]) // Gates [gate/rejected], Risks and issues (RAID log) [risk/no-owner] */
export function ruleFamilies(rules: readonly Rule[]): RuleFamily[] {
  const families = new Map<string, RuleFamily>();
  for (const rule of rules) {
    const family = rule.id.includes("/") ? rule.id.slice(0, rule.id.indexOf("/")) : "other";
    let group = families.get(family);
    if (!group) families.set(family, (group = { family, label: FAMILY_LABELS[family] ?? family.charAt(0).toUpperCase() + family.slice(1), rules: [] }));
    group.rules.push(rule);
  }
  return [...families.values()];
}
