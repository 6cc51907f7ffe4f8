import rule from "../../../../src/core/rules/risk/open-on-closed-project";
import { portfolio, project, risk } from "../../../factories";
import { ruleTester } from "../rule-tester";

const on = (fields: Parameters<typeof project>[0], ...rs: ReturnType<typeof risk>[]) => portfolio({ projects: [project(fields)], risks: rs });

ruleTester(rule, {
  valid: [
    { name: "an open risk on an executing project", portfolio: on({ stage: "Execution" }, risk({})) },
    { name: "an open risk on a project in Closing (being closed out)", portfolio: on({ stage: "Closing" }, risk({})) },
    { name: "a closed risk on a closed project", portfolio: on({ stage: "Closed" }, risk({ status: "Closed" })) },
    { name: "an open risk on a project on hold", portfolio: on({ stage: "On Hold" }, risk({})) },
  ],
  invalid: [
    {
      name: "an open risk on a closed project",
      portfolio: on({ stage: "Closed" }, risk({ id: "R-2" })),
      findings: [{ messageId: "openOnClosed", projectId: "P-001", at: "Risks!J2", severity: "warning", data: { riskId: "R-2", projectState: "Closed" } }],
    },
    {
      name: "an open issue on a cancelled project",
      portfolio: on({ stage: "Cancelled" }, risk({ type: "Issue" })),
      findings: [{ messageId: "openOnClosed", data: { type: "Issue", projectState: "Cancelled" } }],
    },
    {
      name: "an open risk on a project whose status says Complete",
      portfolio: on({ stage: "Execution", state: "Complete", statusRaw: "Done" }, risk({})),
      findings: [{ messageId: "openOnClosed", data: { projectState: "Complete" } }],
    },
  ],
});
