import rule from "../../../../src/core/rules/data/unknown-reference";
import { assignment, financial, gate, milestone, portfolio, project, resource, risk } from "../../../factories";
import { ruleTester } from "../rule-tester";

const projects = [project({ id: "P-1" })];

ruleTester(rule, {
  valid: [
    {
      name: "rows naming known projects, resources and gates",
      portfolio: portfolio({ projects, gates: [gate({ projectId: "p-1", gate: "G1" })], resources: [resource({ name: "Ada" })], assignments: [assignment({ projectId: "P-1", resource: "ADA" })], financials: [financial({ projectId: "P-1" })] }),
    },
    { name: "an assignment to anyone when there is no Resources sheet", portfolio: portfolio({ projects, assignments: [assignment({ projectId: "P-1", resource: "Whoever" })] }) },
    { name: "blank project ids (no reference to check)", portfolio: portfolio({ projects, gates: [gate({ projectId: "" })] }) },
  ],
  invalid: [
    {
      name: "a milestone and a RAID entry for an unknown project (an entry with no project is fine)",
      portfolio: portfolio({ projects, milestones: [milestone({ projectId: "P-404" })], risks: [risk({ projectId: "P-405" }), risk({ id: "R-2", projectId: undefined })] }),
      findings: [
        { messageId: "unknownProject", projectId: "P-404", at: "Milestones!A2", data: { sheet: "Milestones", row: 2 } },
        { messageId: "unknownProject", projectId: "P-405", at: "Risks!B2", data: { sheet: "Risks", row: 2 } },
      ],
    },
    {
      name: "a gate row for an unknown project",
      portfolio: portfolio({ projects, gates: [gate({ projectId: "P-1" }), gate({ projectId: "P-404" })] }),
      findings: [{ messageId: "unknownProject", projectId: "P-404", at: "Gates!A3", data: { sheet: "Gates", row: 3 } }],
    },
    {
      name: "a gate the lifecycle does not have",
      portfolio: portfolio({ projects, gates: [gate({ projectId: "P-1", gate: "Gate 9", gateIndex: undefined })] }),
      findings: [{ messageId: "unknownGate", at: "Gates!B2", data: { gate: "Gate 9", gates: "G0, G1, G2, G3, G4" } }],
    },
    {
      name: "an assignment to an unknown resource when Resources exists (even empty)",
      portfolio: portfolio({ projects, sheets: ["resources"], assignments: [assignment({ projectId: "P-1", resource: "Bob" })] }),
      findings: [{ messageId: "unknownResource", resource: "Bob", at: "Assignments!B2" }],
    },
    {
      name: "a wide plan row reported once for all its periods",
      portfolio: portfolio({
        projects,
        assignments: ["2026-01", "2026-02", "2026-03"].map((period) => assignment({ projectId: "P-2", layout: "wide", period, row: 5, source: { sheet: "Plan", row: 5, cells: { projectId: "A5", resource: "B5" } } })),
      }),
      findings: [{ messageId: "unknownProject", at: "Plan!A5" }],
    },
    {
      name: "a financial row for an unknown project",
      portfolio: portfolio({ projects, financials: [financial({ projectId: "Q-1" })] }),
      findings: [{ messageId: "unknownProject", at: "Financials!A2" }],
    },
  ],
});
