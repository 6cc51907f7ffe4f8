import { describe, expect, it } from "vitest";
import rule from "../../../../src/core/rules/gate/missing-artifact";
import { gate, portfolio, project } from "../../../factories";
import { ruleTester, runRule } from "../rule-tester";

const projects = [project({ stage: "Execution" })];

ruleTester(rule, {
  valid: [
    {
      name: "passed gates with their artefacts",
      portfolio: portfolio({
        projects,
        gates: [gate({ gate: "G0", artifacts: { "Business Case": undefined, "Project Plan": undefined, "Closure Report": undefined } }), gate({ gate: "G1", artifacts: { "Business Case": "BC-v2.docx", "Project Plan": undefined, "Closure Report": undefined } })],
      }),
    },
    {
      name: "a pending gate without its artefact",
      portfolio: portfolio({ projects, gates: [gate({ gate: "G1", decision: "Pending", artifacts: { "Business Case": "", "Project Plan": "", "Closure Report": "" } })] }),
    },
    {
      name: "an artefact column spelt differently",
      portfolio: portfolio({ projects, gates: [gate({ gate: "G1", artifacts: { business_case: "yes", project_plan: "", closure_report: "" } })] }),
    },
  ],
  invalid: [
    {
      name: "an approved G1 without a business case",
      portfolio: portfolio({ projects, gates: [gate({ gate: "G1", artifacts: { "Business Case": "  ", "Project Plan": "", "Closure Report": "" } })] }),
      findings: [{ messageId: "missingArtifact", projectId: "P-001", at: "Gates!F2", data: { gate: "G1", artifact: "Business Case" } }],
    },
    {
      name: "artefacts required by a custom lifecycle",
      ruleset: { lifecycle: { gates: [{ id: "G0", name: "Idea", requiredArtifacts: ["Charter", "Budget Sheet"] }, { id: "G1", name: "b" }, { id: "G2", name: "c" }, { id: "G3", name: "d" }, { id: "G4", name: "e" }] } },
      portfolio: portfolio({ projects, gates: [gate({ gate: "G0", artifacts: { Charter: undefined, "Budget Sheet": "ok" } })] }),
      findings: [{ messageId: "missingArtifact", at: "Gates!F2", data: { artifact: "Charter" } }],
    },
  ],
});

describe("gate/missing-artifact without the artefact columns", () => {
  it("says once that the columns are missing, and reports nothing for them", () => {
    const result = runRule(rule, { name: "", portfolio: portfolio({ projects, gates: [gate({ gate: "G1" }), gate({ gate: "G2" })] }) });
    expect(result.findings).toEqual([]);
    expect(result.summary.skipped["gate/missing-artifact"]).toBe('the gate log has no column for "Business Case", "Project Plan", "Closure Report"');
  });
});
