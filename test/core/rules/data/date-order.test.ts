import rule from "../../../../src/core/rules/data/date-order";
import { assignment, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

ruleTester(rule, {
  valid: [
    { name: "start before finish", portfolio: portfolio({ projects: [project({ start: "2026-01-01", finish: "2026-02-01" })] }) },
    { name: "a one-day project", portfolio: portfolio({ projects: [project({ start: "2026-01-01", finish: "2026-01-01" })] }) },
    { name: "a missing date", portfolio: portfolio({ projects: [project({ finish: "2026-01-01" })] }) },
    { name: "a wide plan row (no dates)", portfolio: portfolio({ projects: [project()], assignments: [assignment({ layout: "wide", period: "2026-01" })] }) },
  ],
  invalid: [
    {
      name: "a project finishing before it starts",
      portfolio: portfolio({ projects: [project({ id: "P-6", start: "2026-03-01", finish: "2026-02-28" })] }),
      findings: [{ messageId: "projectFinishBeforeStart", projectId: "P-6", at: "Projects!I2", data: { start: "2026-03-01", finish: "2026-02-28" } }],
    },
    {
      name: "an assignment finishing before it starts",
      portfolio: portfolio({ projects: [project()], assignments: [assignment({ resource: "Ada", start: "2026-05-01", finish: "2026-04-01" })] }),
      findings: [{ messageId: "assignmentFinishBeforeStart", resource: "Ada", at: "Assignments!D2" }],
    },
  ],
});
