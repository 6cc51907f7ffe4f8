import rule from "../../../../src/core/rules/gate/rejected";
import { gate, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

ruleTester(rule, {
  valid: [
    { name: "a project with approved gates", portfolio: portfolio({ projects: [project({ stage: "Planning" })], gates: [gate({ gate: "G0" }), gate({ gate: "G1" })] }) },
    { name: "a rejection of the gate the project has not passed yet", portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ gate: "G0" }), gate({ gate: "G1", decision: "Rejected" })] }) },
    { name: "a rejection later re-approved", portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ decision: "Rejected", date: "2026-01-05" }), gate({ date: "2026-02-05" })] }) },
    { name: "a cancelled project after a rejection", portfolio: portfolio({ projects: [project({ stage: "Cancelled" })], gates: [gate({ decision: "Rejected" })] }) },
  ],
  invalid: [
    {
      name: "a project in Planning whose G1 was rejected",
      portfolio: portfolio({ projects: [project({ id: "P-9", stage: "Planning" })], gates: [gate({ projectId: "P-9", gate: "G0" }), gate({ projectId: "P-9", gate: "G1", decision: "Rejected", date: "2026-03-02" })] }),
      findings: [{ messageId: "rejected", projectId: "P-9", at: "Gates!C3", data: { gate: "G1", date: "2026-03-02" } }],
    },
    {
      name: "a Kill decision",
      portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ decision: "Kill" })] }),
      findings: [{ messageId: "rejected", data: { decision: "Kill", onDate: "" } }],
    },
    {
      name: "an approval overturned by a later rejection, when never passed",
      portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ decision: "Pending", date: "2026-01-05" }), gate({ decision: "Rejected", date: "2026-02-05" })] }),
      findings: [{ messageId: "rejected", at: "Gates!C3" }],
    },
  ],
});
