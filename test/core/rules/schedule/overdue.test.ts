import rule from "../../../../src/core/rules/schedule/overdue";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const one = (fields: Parameters<typeof project>[0]) => portfolio({ projects: [project({ stage: "Execution", ...fields })] });

ruleTester(rule, {
  valid: [
    { name: "a finish date ahead", portfolio: one({ finish: "2026-07-01" }) },
    { name: "a finish date on the as-of date", portfolio: one({ finish: "2026-06-15" }) },
    { name: "a closing project past its finish", portfolio: one({ stage: "Closing", finish: "2026-01-01" }) },
    { name: "a closed project past its finish", portfolio: one({ stage: "Closed", finish: "2026-01-01" }) },
    { name: "a project on hold past its finish", portfolio: one({ stage: "On Hold", finish: "2026-01-01" }) },
    { name: "a cancelled project", portfolio: one({ stage: "Cancelled", finish: "2026-01-01" }) },
    { name: "a finish within the grace days", options: { graceDays: 10 }, portfolio: one({ finish: "2026-06-05" }) },
    { name: "no finish date", portfolio: one({}) },
    { name: "a project whose status says it is complete", portfolio: one({ stage: undefined, statusRaw: "Done", state: "Complete", finish: "2026-01-01" }) },
    { name: "a project whose status says it is on hold", portfolio: one({ state: "On Hold", finish: "2026-01-01" }) },
  ],
  invalid: [
    {
      name: "a project in Execution past its finish",
      portfolio: one({ id: "P-4", finish: "2026-06-01" }),
      findings: [{ messageId: "overdue", projectId: "P-4", at: "Projects!I2", severity: "warning", data: { daysOverdue: 14, finish: "2026-06-01", stage: "Execution" } }],
    },
    {
      name: "a project with no stage past its finish",
      portfolio: one({ stage: undefined, finish: "2026-06-14" }),
      findings: [{ messageId: "overdueNoStage", data: { daysOverdue: 1 } }],
    },
    {
      name: "a project past the grace days",
      options: { graceDays: 10 },
      portfolio: one({ finish: "2026-06-04" }),
      findings: [{ messageId: "overdue", data: { daysOverdue: 11 } }],
    },
  ],
});
