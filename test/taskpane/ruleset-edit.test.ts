import { describe, expect, it } from "vitest";
import {
  addGate, displayThreshold, parseList, removeGate, setGate, setRequiredFields, setRuleSeverity, setThreshold,
} from "../../src/taskpane/logic/ruleset-edit";
import { ruleset } from "../store/factories";

describe("ruleset edits", () => {
  it("shows fraction thresholds as percentages and stores them back as fractions", () => {
    const r = ruleset();
    expect(displayThreshold(r, "forecastVarianceWarning")).toBe(5);
    expect(setThreshold(r, "forecastVarianceWarning", 7.5).thresholds.forecastVarianceWarning).toBeCloseTo(0.075);
    expect(setThreshold(r, "staleStatusDays", 45).thresholds.staleStatusDays).toBe(45);
  });

  it("leaves the ruleset unchanged for a threshold that is not a number", () => {
    const r = ruleset();
    expect(setThreshold(r, "cpiError", Number.NaN)).toBe(r);
  });

  it("never mutates the ruleset it was given", () => {
    const r = ruleset();
    const before = JSON.stringify(r);
    setThreshold(r, "cpiError", 0.8);
    setRuleSeverity(r, "gate/missing-approval", "off");
    setGate(r, 0, { name: "x" });
    expect(JSON.stringify(r)).toBe(before);
  });

  it("sets a rule's severity, keeping its options", () => {
    const r = ruleset({ rules: { "budget/variance": { severity: "warning", options: { min: 1 } } } });
    expect(setRuleSeverity(r, "budget/variance", "error").rules["budget/variance"]).toEqual({ severity: "error", options: { min: 1 } });
  });

  it("adds, edits and removes gates", () => {
    let r = addGate(ruleset());
    expect(r.lifecycle.gates.map((g) => g.id)).toEqual(["G1", "G1"]);
    r = setGate(r, 1, { id: "G2", requiredArtifacts: ["Business case"] });
    expect(r.lifecycle.gates[1]).toMatchObject({ id: "G2", requiredArtifacts: ["Business case"] });
    expect(removeGate(r, 0).lifecycle.gates.map((g) => g.id)).toEqual(["G2"]);
  });

  it("sets fields required always and from a stage on", () => {
    const r = setRequiredFields(setRequiredFields(ruleset(), "always", ["manager", "sponsor"]), "Execution", ["budget"]);
    expect(r.requiredFields).toEqual({ always: ["manager", "sponsor"], fromStage: { Execution: ["budget"] } });
  });

  it("splits typed lists on commas and new lines", () => {
    expect(parseList(" Charter, Business case,,\nRisk log ")).toEqual(["Charter", "Business case", "Risk log"]);
  });
});
