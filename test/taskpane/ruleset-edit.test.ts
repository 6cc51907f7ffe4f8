import { describe, expect, it } from "vitest";
import {
  addGate, displayThreshold, gateTargets, parseList, removeGate, setGate, setRequiredFields, setRuleSeverity, setStages, setThreshold,
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
    expect(r.lifecycle.gates.map((g) => g.id)).toEqual(["G1", "G2"]);
    expect(addGate(r).lifecycle.gates.map((g) => g.id)).toEqual(["G1", "G2", "G3"]);
    r = setGate(r, 1, { id: "G2", requiredArtifacts: ["Business case"] });
    expect(r.lifecycle.gates[1]).toMatchObject({ id: "G2", requiredArtifacts: ["Business case"] });
    expect(removeGate(r, 0).lifecycle.gates.map((g) => g.id)).toEqual(["G2"]);
  });

  it("never repeats a gate id when numbering a new gate", () => {
    const r = ruleset({ lifecycle: { ...ruleset().lifecycle, gates: [{ id: "G2", name: "a", requiredArtifacts: [] }, { id: "G1", name: "b", requiredArtifacts: [] }] } });
    expect(addGate(r).lifecycle.gates.at(-1)?.id).toBe("G3");
  });

  it("says which stage each gate leads into, and what does not pair up", () => {
    const base = ruleset();
    // Four stages, one gate: the gate leads into Planning; Execution and Closing have none.
    const { targets, note } = gateTargets(base);
    expect(targets.map((t) => [t.gate.id, t.into])).toEqual([["G1", "Planning"]]);
    expect(note).toBe("No gate leads into Execution, Closing: a project enters them without a gate decision. Add a gate for each.");
    const inserted = setStages(base, ["Initiation", "Feasibility"]);
    expect(gateTargets(inserted)).toEqual({ targets: [{ gate: base.lifecycle.gates[0], into: "Feasibility" }], note: null });
    expect(gateTargets(setStages(base, ["Only"])).note).toBe("The last gate leads into no stage: add stages or remove gates.");
  });

  it("sets fields required always and from a stage on", () => {
    const r = setRequiredFields(setRequiredFields(ruleset(), "always", ["manager", "sponsor"]), "Execution", ["budget"]);
    expect(r.requiredFields).toEqual({ always: ["manager", "sponsor"], fromStage: { Execution: ["budget"] } });
  });

  it("splits typed lists on commas and new lines", () => {
    expect(parseList(" Charter, Business case,,\nRisk log ")).toEqual(["Charter", "Business case", "Risk log"]);
  });
});
