import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadRuleset } from "../../../src/core/ruleset/load";

const key = fc.constantFrom("name", "lifecycle", "stages", "gates", "thresholds", "cpiWarning", "rules", "budget/cpi", "severity", "options", "customRules", "assert", "requiredFields", "fromStage", "mapping", "period", "$schema", "x");

describe("loadRuleset on arbitrary input", () => {
  it("never throws, and either loads or names JSON paths", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.constant(null), fc.boolean(), fc.double(), fc.string(), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(key, tie("value"), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(fc.oneof(json, fc.string()), (input) => {
        const result = loadRuleset(input);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.path === "" || e.path.startsWith("/")).toBe(true);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
