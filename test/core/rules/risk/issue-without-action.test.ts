import rule from "../../../../src/core/rules/risk/issue-without-action";
import { portfolio, project, risk } from "../../../factories";
import { ruleTester } from "../rule-tester";

const log = (...rs: ReturnType<typeof risk>[]) => portfolio({ projects: [project()], risks: rs });

ruleTester(rule, {
  valid: [
    { name: "an open issue with an action", portfolio: log(risk({ type: "Issue", mitigation: "Escalate to sponsor" })) },
    { name: "an open issue with a target date", portfolio: log(risk({ type: "Issue", reviewDate: "2026-07-01" })) },
    { name: "a closed issue", portfolio: log(risk({ type: "Issue", status: "Closed" })) },
    { name: "an open risk without either (not an issue)", portfolio: log(risk({})) },
  ],
  invalid: [
    {
      name: "an open issue with neither action nor target date",
      portfolio: log(risk({ id: "I-4", type: "Issue", description: "Test environment down" })),
      findings: [{ messageId: "noAction", projectId: "P-001", at: "Risks!I2", severity: "warning", data: { riskId: "I-4", summary: "Test environment down" } }],
    },
  ],
});
