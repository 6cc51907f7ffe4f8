import rule from "../../../../src/core/rules/gate/missing-approval";
import { gate, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const passedTo = (id: string, n: number) => Array.from({ length: n }, (_, k) => gate({ projectId: id, gate: `G${k}` }));

ruleTester(rule, {
  valid: [
    { name: "a project in Idea, which needs no gate", portfolio: portfolio({ projects: [project({ stage: "Idea" })], sheets: ["gates"] }) },
    { name: "a project in Execution with G0..G2 approved", portfolio: portfolio({ projects: [project({ stage: "Execution" })], gates: passedTo("P-001", 3) }) },
    {
      name: "an approval with conditions, written in another case",
      portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ gate: "G0", decision: undefined, decisionRaw: "APPROVED WITH CONDITIONS" })] }),
    },
    { name: "a project on hold (its parked stage is unknown)", portfolio: portfolio({ projects: [project({ stage: "On Hold" })], sheets: ["gates"] }) },
    { name: "a gate id that matches case-insensitively", portfolio: portfolio({ projects: [project({ id: "p-001", stage: "Initiation" })], gates: [gate({ projectId: "P-001 ", gate: "G0" })] }) },
    { name: "a re-submitted gate approved after an earlier deferral", portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ decision: "Deferred", date: "2026-01-10" }), gate({ date: "2026-02-10" })] }) },
    { name: "a rejected gate (gate/rejected reports it)", portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ decision: "Rejected" })] }) },
  ],
  invalid: [
    {
      name: "a project in Planning without G1",
      portfolio: portfolio({ projects: [project({ id: "P-7", stage: "Planning" })], gates: passedTo("P-7", 1) }),
      findings: [{ messageId: "missing", projectId: "P-7", at: "Projects!F2", data: { gate: "G1", stage: "Planning" } }],
    },
    {
      name: "a project in Execution whose G2 is only pending",
      portfolio: portfolio({ projects: [project({ stage: "Execution" })], gates: [...passedTo("P-001", 2), gate({ gate: "G2", decision: "Pending" })] }),
      findings: [{ messageId: "notPassed", data: { gate: "G2", decision: "Pending" }, severity: "error" }],
    },
    {
      name: "every missing gate of a project in Closed",
      portfolio: portfolio({ projects: [project({ stage: "Closed" })], gates: [gate({ gate: "G0" }), gate({ gate: "G2" })] }),
      findings: [
        { messageId: "missing", data: { gate: "G1" } },
        { messageId: "missing", data: { gate: "G3" } },
        { messageId: "missing", data: { gate: "G4" } },
      ],
    },
    {
      name: "an unknown decision text, which does not pass",
      portfolio: portfolio({ projects: [project({ stage: "Initiation" })], gates: [gate({ decision: undefined, decisionRaw: "OK by email" })] }),
      findings: [{ messageId: "notPassed", data: { decision: "OK by email" } }],
    },
    {
      name: "a stage found through an alias",
      portfolio: portfolio({ projects: [project({ stage: "Exec", stageIndex: undefined })], gates: passedTo("P-001", 2) }),
      findings: [{ messageId: "missing", data: { gate: "G2", stage: "Execution" } }],
    },
  ],
});
