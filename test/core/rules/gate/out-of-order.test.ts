import rule from "../../../../src/core/rules/gate/out-of-order";
import { gate, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const projects = [project({ stage: "Execution" })];

ruleTester(rule, {
  valid: [
    { name: "gates dated in order", portfolio: portfolio({ projects, gates: [gate({ gate: "G0", date: "2026-01-05" }), gate({ gate: "G1", date: "2026-02-05" }), gate({ gate: "G2", date: "2026-02-05" })] }) },
    { name: "undated gates", portfolio: portfolio({ projects, gates: [gate({ gate: "G0" }), gate({ gate: "G1" })] }) },
    { name: "a decision on the as-of date", portfolio: portfolio({ projects, gates: [gate({ gate: "G0", date: "2026-06-15" })] }) },
    {
      name: "an early rejection of G0 with its approval before G1",
      portfolio: portfolio({ projects, gates: [gate({ gate: "G0", decision: "Rejected", date: "2026-01-01" }), gate({ gate: "G0", date: "2026-02-01" }), gate({ gate: "G1", date: "2026-03-01" })] }),
    },
    { name: "gates of different projects", portfolio: portfolio({ projects, gates: [gate({ projectId: "A", gate: "G1", date: "2026-01-01" }), gate({ projectId: "B", gate: "G0", date: "2026-02-01" })] }) },
  ],
  invalid: [
    {
      name: "G2 decided before G1",
      portfolio: portfolio({ projects, gates: [gate({ gate: "G0", date: "2026-01-05" }), gate({ gate: "G1", date: "2026-03-10" }), gate({ gate: "G2", date: "2026-03-01" })] }),
      findings: [{ messageId: "beforeEarlierGate", at: "Gates!D4", data: { gate: "G2", date: "2026-03-01", earlierGate: "G1", earlierDate: "2026-03-10" } }],
    },
    {
      name: "a decision dated after the as-of date",
      portfolio: portfolio({ projects, gates: [gate({ gate: "G0", date: "2026-06-16" })] }),
      findings: [{ messageId: "future", at: "Gates!D2", data: { date: "2026-06-16", asOf: "2026-06-15" } }],
    },
    {
      name: "an approval of G1 before G0's approval, despite an earlier G0 rejection",
      portfolio: portfolio({ projects, gates: [gate({ gate: "G0", decision: "Rejected", date: "2026-01-01" }), gate({ gate: "G0", date: "2026-04-01" }), gate({ gate: "G1", date: "2026-03-01" })] }),
      findings: [{ messageId: "beforeEarlierGate", at: "Gates!D4", data: { earlierDate: "2026-04-01" } }],
    },
  ],
});
