import { describe, expect, it } from "vitest";
import { defaultRuleset } from "../../../../src/core/ruleset/default-ruleset";
import { gateVocabulary, parseDecision, stageVocabulary } from "../../../../src/core/read/values/vocab";
import { statusVocabulary } from "../../../../src/core/read/values/status";

describe("stageVocabulary", () => {
  const stages = stageVocabulary(defaultRuleset());
  it.each([
    ["Execution", "Execution", 3],
    ["EXECUTION", "Execution", 3],
    ["3 - Execution", "Execution", 3],
    ["Stage 2: Planning", "Planning", 2],
    ["exec", "Execution", 3],
    ["In progress", "Execution", 3],
    ["Closed", "Closed", 5],
    ["Execution - Build", "Execution", 3],
    ["Execution (Build)", "Execution", 3],
    ["Planning: detailed design", "Planning", 2],
  ] as const)("%s is %s", (text, stage, index) => {
    expect(stages.match(text)).toEqual({ stage, index });
  });
  it("knows inactive stages without an index", () => {
    expect(stages.match("on hold")).toEqual({ stage: "On Hold" });
    expect(stages.match("Paused")).toEqual({ stage: "On Hold" });
  });
  it("returns null for an unknown stage", () => expect(stages.match("Discovery")).toBeNull());
});

describe("gateVocabulary", () => {
  const gates = gateVocabulary(defaultRuleset());
  it.each([
    ["G2", 2],
    ["g2", 2],
    ["Gate 2", 2],
    ["G2 - Planning", 2],
    ["Gate 2: Plan approval", 2],
    ["Plan approval", 2],
    ["Gate #3", 3],
    ["G 0", 0],
    ["Charter approval (board)", 1],
    ["2", 2],
    ["Planning", 1],
    ["Closed", 4],
    ["3 - Execution", 2],
  ] as const)("%s is gate %i", (text, index) => expect(gates.match(text)).toBe(index));
  it("matches no gate for unknown text", () => {
    expect(gates.match("G9")).toBeUndefined();
    expect(gates.match("Kick-off")).toBeUndefined();
  });
});

describe("parseDecision", () => {
  it.each([
    ["Approved", "Approved"],
    ["GO", "Approved"],
    ["Approved with conditions", "Approved with conditions"],
    ["Conditional", "Approved with conditions"],
    ["pending", "Pending"],
    ["Deferred", "Deferred"],
    ["Rejected", "Rejected"],
    ["No-Go", "Rejected"],
    ["Hold", "Hold"],
    ["Kill", "Kill"],
    ["Recycle", "Recycle"],
    ["Approved on 12/03/2026", "Approved"],
    ["Rejected - see minutes", "Rejected"],
    ["Approved (board)", "Approved"],
    ["Approved with conditions; budget capped", "Approved with conditions"],
  ] as const)("%s is %s", (text, decision) => expect(parseDecision(text)).toBe(decision));
  it.each([
    ...["Approved w/ conditions", "Approved w/conditions", "Conditionally approved", "Approved - with conditions", "Go with conditions", "Conditional Go", "Approved subject to funding conditions", "Passed with caveats", "Approved (cond.)", "Cond. approved"].map((t) => [t, "Approved with conditions"]),
    ...["Not approved", "Declined", "No-Go", "No Go", "Not approved - conditions not met", "No - see minutes"].map((t) => [t, "Rejected"]),
    ...["On hold", "ON HOLD", "On hold pending funding", "Put on hold"].map((t) => [t, "Hold"]),
    ...["Awaiting decision", "Awaiting board decision", "Submitted", "In review", "Under review", "No decision yet"].map((t) => [t, "Pending"]),
    ["Approved w/o conditions", "Approved"],
  ])("reads the PM's wording %j as %s", (text, decision) => expect(parseDecision(text)).toBe(decision));
  it("returns undefined for unknown text", () => expect(parseDecision("maybe")).toBeUndefined());
  it("does not read a leading yes/no/open out of a longer sentence", () => {
    expect(parseDecision("Open question for the board")).toBeUndefined();
    expect(parseDecision("Completed pending sign-off")).toBeUndefined();
  });
});

describe("statusVocabulary", () => {
  const statuses = statusVocabulary(defaultRuleset());
  it.each([
    ["G", "Green"], ["green", "Green"], ["On track", "Green"], ["A", "Amber"], ["Yellow", "Amber"], ["At Risk", "Amber"], ["R", "Red"], ["Off-track", "Red"], ["🔴", "Red"], ["Green - on track", "Green"], ["Amber (watch)", "Amber"],
    ["Delayed", "Red"], ["BEHIND", "Red"], ["Critical", "Red"], ["at risk - vendor late", "Amber"],
  ] as const)("%s is %s", (text, rag) => expect(statuses.match(text)?.rag).toBe(rag));
  it.each([
    ["Complete", "Complete"], ["COMPLETED", "Complete"], ["Done", "Complete"], ["closed", "Complete"], ["On Hold", "On Hold"], ["Cancelled", "Cancelled"], ["Canceled", "Cancelled"],
  ] as const)("%s says the project is %s", (text, state) => expect(statuses.match(text)).toEqual({ state }));
  it("returns undefined for other text", () => expect(statuses.match("Active")).toBeUndefined());
  it("takes a PMO's own words from the ruleset", () => {
    const ruleset = defaultRuleset();
    ruleset.lifecycle.statusAliases = { ...ruleset.lifecycle.statusAliases, "Needs attention": "Amber", Shipped: "Complete" };
    const own = statusVocabulary(ruleset);
    expect([own.match("needs attention")?.rag, own.match("Shipped")?.state]).toEqual(["Amber", "Complete"]);
  });
  it("does not mistake object keys for values", () => {
    expect(statuses.match("constructor")).toBeUndefined();
    expect(parseDecision("toString")).toBeUndefined();
  });
});
