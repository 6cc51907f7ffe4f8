import { describe, expect, it } from "vitest";
import { rules } from "../../src/core/rules/registry";
import { FAMILY_LABELS, ruleFamilies } from "../../src/taskpane/logic/rule-families";

describe("the Ruleset screen's rule families", () => {
  it("lists every registered rule once, under its family, in the registry's order", () => {
    const families = ruleFamilies(rules);
    expect(families.flatMap((f) => f.rules)).toEqual(rules);
    for (const f of families) for (const r of f.rules) expect(r.id.startsWith(`${f.family}/`)).toBe(true);
  });

  it("names every family the registry has in words", () => {
    for (const f of ruleFamilies(rules)) expect(Object.keys(FAMILY_LABELS)).toContain(f.family);
  });

  it("names the families of issue 11", () => {
    expect([FAMILY_LABELS.milestone, FAMILY_LABELS.risk, FAMILY_LABELS.strategy]).toEqual(["Milestones", "Risks and issues (RAID log)", "Strategic alignment"]);
  });

  it("shows an unknown family by its prefix, capitalised", () => {
    const rule = { ...rules[0], id: "portfolio/mix" };
    expect(ruleFamilies([rule]).map((f) => [f.family, f.label])).toEqual([["portfolio", "Portfolio"]]);
  });
});
