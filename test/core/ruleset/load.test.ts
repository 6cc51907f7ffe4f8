import { describe, expect, it } from "vitest";
import { defaultRuleset, defaultRulesetJson } from "../../../src/core/ruleset/default-ruleset";
import { loadRuleset } from "../../../src/core/ruleset/load";

function errorsOf(input: unknown) {
  const result = loadRuleset(input);
  if (result.ok) throw new Error("expected the ruleset to be rejected");
  return result.errors;
}

describe("loadRuleset", () => {
  it("accepts an empty object as the default ruleset", () => {
    const result = loadRuleset({});
    expect(result).toEqual({ ok: true, ruleset: defaultRuleset() });
  });

  it("accepts the init-rules JSON text, $schema included", () => {
    const result = loadRuleset(defaultRulesetJson());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.ruleset.rules["resource/over-allocated"]).toEqual({ severity: "warning" });
  });

  it("fills a partial ruleset deeply from the defaults", () => {
    const result = loadRuleset({ name: "ACME PMO", thresholds: { cpiWarning: 0.97 } });
    expect(result.ok && result.ruleset.thresholds).toEqual({ ...defaultRuleset().thresholds, cpiWarning: 0.97 });
    expect(result.ok && result.ruleset.name).toBe("ACME PMO");
  });

  it("accepts severity shorthand and fills a setting's missing severity from the rule", () => {
    const result = loadRuleset({ rules: { "status/stale": "off", "schedule/overdue": { options: { graceDays: 5 } } } });
    expect(result.ok && result.ruleset.rules).toEqual({ "status/stale": { severity: "off" }, "schedule/overdue": { severity: "warning", options: { graceDays: 5 } } });
  });

  it("adapts the defaults to a PMO's own stages", () => {
    const result = loadRuleset({ lifecycle: { stages: ["Initiating", "Planning", "Executing", "Closing"] } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { lifecycle, requiredFields } = result.ruleset;
    expect(lifecycle.gates.map((g) => [g.id, g.name])).toEqual([["G0", "Into Planning"], ["G1", "Into Executing"], ["G2", "Into Closing"]]);
    expect(lifecycle.closedStages).toEqual(["Closing"]);
    expect(lifecycle.executingStages).toEqual(["Closing"]);
    expect(requiredFields.fromStage).toEqual({ Planning: ["start", "finish", "budget"] });
    expect(lifecycle.stageAliases).toMatchObject({ Plan: "Planning", Paused: "On Hold" });
  });

  it("reads JSON text and reports text that is not JSON", () => {
    expect(loadRuleset('{"name":"x"}').ok).toBe(true);
    expect(errorsOf("{name: x}")[0]).toMatchObject({ path: "" });
    expect(errorsOf("[1]")).toEqual([{ path: "", message: "expected a JSON object (the ruleset)" }]);
  });

  it.each([
    [{ thresholds: { cpiWarning: "high" } }, "/thresholds/cpiWarning", 'expected a number, found "high"'],
    [{ thresholds: { staleStatusDays: 0 } }, "/thresholds/staleStatusDays", "expected a number >= 1, found 0"],
    [{ thresholds: { workingDays: [0, 7] } }, "/thresholds/workingDays/1", "expected a number <= 6, found 7"],
    [{ period: "day" }, "/period", 'expected one of "month", "week", found "day"'],
    [{ rules: { "budget/cpi": "fatal" } }, "/rules/budget~1cpi", 'expected one of "error", "warning", "info", "off", found "fatal"'],
    [{ rules: { "budget/cpi": { severity: "error", level: 2 } } }, "/rules/budget~1cpi/level", "is not a known property here"],
    [{ colour: "red" }, "/colour", "is not a known property here"],
    [{ lifecycle: { stages: ["Only"] } }, "/lifecycle/stages", "expected at least 2 item(s)"],
    [{ lifecycle: { gates: [{ id: "G0" }] } }, "/lifecycle/gates/0/name", "is required"],
    [{ customRules: [{ id: "Bad Id", assert: "true", message: "m" }] }, "/customRules/0/id", 'expected text matching ^[a-z0-9][a-z0-9-]*$, found "Bad Id"'],
    [{ mapping: { projects: { headerRow: 0 } } }, "/mapping/projects/headerRow", "expected a number >= 1, found 0"],
  ])("rejects %j at its JSON path", (input, path, message) => {
    expect(errorsOf(input)).toContainEqual({ path, message });
  });

  it.each([
    [{ lifecycle: { gates: [{ id: "G0", name: "a" }] } }, "/lifecycle/gates", "expected 5 gates (one per transition between the 6 stages), found 1"],
    [{ rules: { "budget/cip": "error" } }, "/rules/budget~1cip", 'unknown rule id "budget/cip"; did you mean "budget/cpi" or "budget/forecast-variance" or "budget/overspent"?'],
    [{ rules: { "custom/nope": "error" } }, "/rules/custom~1nope", 'unknown rule id "custom/nope"; known ids are listed in docs/rules'],
    [{ requiredFields: { fromStage: { Build: ["budget"] } } }, "/requiredFields/fromStage/Build", 'expected one of the stages (Idea, Initiation, Planning, Execution, Closing, Closed), found "Build"'],
    [{ lifecycle: { executingStages: ["Delivery"] } }, "/lifecycle/executingStages/0", 'expected one of the stages (Idea, Initiation, Planning, Execution, Closing, Closed), found "Delivery"'],
    [{ lifecycle: { stageAliases: { Build: "Construction" } } }, "/lifecycle/stageAliases/Build", 'expected a stage or inactive stage, found "Construction"'],
    [{ lifecycle: { inactiveStages: ["Closed"] } }, "/lifecycle/inactiveStages/0", '"Closed" is an active stage; an inactive stage must be a different name'],
    [{ thresholds: { cpiWarning: 0.8 } }, "/thresholds/cpiError", "expected at most cpiWarning (0.8), found 0.9"],
    [{ thresholds: { forecastVarianceError: 0.01 } }, "/thresholds/forecastVarianceError", "expected at least forecastVarianceWarning (0.05), found 0.01"],
    [{ rules: { "schedule/overdue": { options: { graceDays: "soon" } } } }, "/rules/schedule~1overdue/options/graceDays", 'expected a whole number, found "soon"'],
    [{ rules: { "schedule/overdue": { options: { grace: 3 } } } }, "/rules/schedule~1overdue/options/grace", "is not a known property here (options of schedule/overdue: graceDays)"],
    [{ rules: { "gate/rejected": { options: { x: 1 } } } }, "/rules/gate~1rejected/options/x", "is not a known property here (gate/rejected has no options)"],
    [{ rules: { "status/stale": { options: { skipStages: ["Closed", 3] } } } }, "/rules/status~1stale/options/skipStages/1", "expected text, found 3"],
    [{ rules: { "budget/overspent": { options: { tolerance: -1 } } } }, "/rules/budget~1overspent/options/tolerance", "expected a number >= 0, found -1"],
    [{ rules: { "resource/over-allocated": { options: { period: "day" } } } }, "/rules/resource~1over-allocated/options/period", 'expected one of "month", "week", found "day"'],
  ])("rejects the inconsistent %j at its JSON path", (input, path, message) => {
    expect(errorsOf(input)).toContainEqual({ path, message });
  });

  it("rejects a custom rule whose expression does not compile, naming the expression", () => {
    const errors = errorsOf({ customRules: [{ id: "a", assert: "budget >", message: "m" }, { id: "a", when: "stage ==", assert: "true", message: "m" }] });
    expect(errors.map((e) => e.path)).toEqual(["/customRules/0/assert", "/customRules/1/id", "/customRules/1/when"]);
    expect(errors[0].message).toMatch(/^expected a valid expression: /);
  });

  it("fills custom rule defaults", () => {
    const result = loadRuleset({ customRules: [{ id: "a", assert: "true", message: "m" }] });
    expect(result.ok && result.ruleset.customRules).toEqual([{ id: "a", assert: "true", message: "m", description: "", entity: "projects", severity: "warning" }]);
  });

  it("allows settings for the ruleset's own custom rules", () => {
    expect(loadRuleset({ customRules: [{ id: "a", assert: "true", message: "m" }], rules: { "custom/a": "error" } }).ok).toBe(true);
  });

  it("does not change the input object", () => {
    const input = { thresholds: { cpiWarning: 0.97 }, rules: { "status/stale": "off" } };
    const copy = structuredClone(input);
    loadRuleset(input);
    expect(input).toEqual(copy);
  });
});
