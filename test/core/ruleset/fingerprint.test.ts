import { describe, expect, it } from "vitest";
import { rulesetFingerprint } from "../../../src/core/ruleset/fingerprint";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { loadRuleset } from "../../../src/core/ruleset/load";

describe("rulesetFingerprint", () => {
  const base = defaultRuleset();

  it("is 16 hex digits and the same for the same rules", () => {
    expect(rulesetFingerprint(base)).toMatch(/^[0-9a-f]{16}$/);
    expect(rulesetFingerprint(defaultRuleset())).toBe(rulesetFingerprint(base));
  });

  it("ignores the name, version and description", () => {
    expect(rulesetFingerprint({ ...base, name: "Ours", version: "9", description: "renamed" })).toBe(rulesetFingerprint(base));
  });

  it("changes when a rule is switched off", () => {
    expect(rulesetFingerprint({ ...base, rules: { ...base.rules, "gate/missing-approval": { severity: "off" } } })).not.toBe(rulesetFingerprint(base));
  });

  it("changes with a threshold, a stage or a mapping", () => {
    const fp = rulesetFingerprint(base);
    expect(rulesetFingerprint({ ...base, thresholds: { ...base.thresholds, staleStatusDays: 31 } })).not.toBe(fp);
    expect(rulesetFingerprint({ ...base, lifecycle: { ...base.lifecycle, stages: [...base.lifecycle.stages].reverse() } })).not.toBe(fp);
    expect(rulesetFingerprint({ ...base, mapping: { projects: { sheet: "Register" } } })).not.toBe(fp);
  });

  it("does not depend on the order of keys", () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as typeof base;
    expect(rulesetFingerprint(reordered)).toBe(rulesetFingerprint(base));
  });

  it("fingerprints a setting left out like the same setting written at its default, once loaded", () => {
    const short = loadRuleset({ name: "Short", version: "1" });
    expect(short.ok).toBe(true);
    if (short.ok) expect(rulesetFingerprint(short.ruleset)).toBe(rulesetFingerprint(base));
  });
});
