import { describe, expect, it } from "vitest";
import rule from "../../../../src/core/rules/risk/no-mitigation";
import { portfolio, project, risk } from "../../../factories";
import { ruleTester, runRule } from "../rule-tester";

const log = (...rs: ReturnType<typeof risk>[]) => portfolio({ projects: [project()], risks: rs });
const high3 = { probability: 3, impact: 2, scale: 3 } as const; // High × Medium = 6

ruleTester(rule, {
  valid: [
    { name: "a high risk with a mitigation", portfolio: log(risk({ ...high3, mitigation: "Second supplier" })) },
    { name: "a medium risk without one (Medium × Medium = 4)", portfolio: log(risk({ probability: 2, impact: 2, scale: 3 })) },
    { name: "a closed high risk", portfolio: log(risk({ ...high3, status: "Closed" })) },
    { name: "a 1–5 risk below 15 (4 × 3)", portfolio: log(risk({ probability: 4, impact: 3, scale: 5 })) },
    { name: "an issue (risk/issue-without-action's business)", portfolio: log(risk({ ...high3, type: "Issue" })) },
    { name: "an unrated risk", portfolio: log(risk({})) },
    { name: "a higher bar in the ruleset", ruleset: { thresholds: { riskHighScore3: 9 } }, portfolio: log(risk({ ...high3 })) },
  ],
  invalid: [
    {
      name: "an open risk rated High × Medium with no mitigation",
      portfolio: log(risk({ id: "R-9", ...high3, description: "Vendor may go bust" })),
      findings: [{ messageId: "noMitigation", projectId: "P-001", at: "Risks!I2", severity: "error", data: { riskId: "R-9", summary: "Vendor may go bust", score: " (score 6)" } }],
    },
    {
      name: "a 1–5 risk at 15 (5 × 3)",
      portfolio: log(risk({ probability: 5, impact: 3, scale: 5, mitigation: "  " })),
      findings: [{ messageId: "noMitigation", data: { score: " (score 15)" } }],
    },
    {
      name: "a rating written as a word, with no status (nothing says it is closed)",
      portfolio: log(risk({ ratingRaw: "CRITICAL", status: undefined })),
      findings: [{ messageId: "noMitigation", data: { score: "" } }],
    },
  ],
});

describe("risk/no-mitigation on a log that rates nothing", () => {
  it("says why it did not run", () => {
    const p = portfolio({ projects: [project()], risks: [risk({})], missingColumns: { risks: ["probability", "impact", "rating"] } });
    expect(runRule(rule, { name: "unrated", portfolio: p }).summary.skipped).toEqual({ "risk/no-mitigation": "the RAID log rates no entry (no Probability and Impact, nor Rating column)" });
  });
});
