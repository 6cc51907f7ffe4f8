import rule from "../../../../src/core/rules/risk/no-owner";
import { portfolio, project, risk } from "../../../factories";
import { ruleTester } from "../rule-tester";

const log = (...rs: ReturnType<typeof risk>[]) => portfolio({ projects: [project()], risks: rs });

ruleTester(rule, {
  valid: [
    { name: "an open risk with an owner", portfolio: log(risk({ owner: "Ana Ruiz" })) },
    { name: "a closed risk without one", portfolio: log(risk({ status: "Closed" })) },
  ],
  invalid: [
    {
      name: "an open risk without an owner",
      portfolio: log(risk({ id: "R-3" })),
      findings: [{ messageId: "noOwner", projectId: "P-001", at: "Risks!H2", severity: "warning", data: { riskId: "R-3", type: "Risk", project: "on P-001" } }],
    },
    {
      name: "an open dependency with a blank owner and no project",
      portfolio: log(risk({ type: "Dependency", owner: " ", projectId: undefined })),
      findings: [{ messageId: "noOwner", data: { type: "Dependency", project: "(no project)" } }],
    },
  ],
});
