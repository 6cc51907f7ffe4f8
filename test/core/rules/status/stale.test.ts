import rule from "../../../../src/core/rules/status/stale";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const one = (fields: Parameters<typeof project>[0]) => portfolio({ projects: [project({ stage: "Execution", ...fields })] });

ruleTester(rule, {
  valid: [
    { name: "an update 30 days old", portfolio: one({ lastUpdate: "2026-05-16" }) },
    { name: "an update today", portfolio: one({ lastUpdate: "2026-06-15" }) },
    { name: "a closed project with an old update", portfolio: one({ stage: "Closed", lastUpdate: "2025-01-01" }) },
    { name: "a cancelled project with an old update", portfolio: one({ stage: "Cancelled", lastUpdate: "2025-01-01" }) },
    { name: "no update date (data/required-field's business)", portfolio: one({}) },
    { name: "a project whose status says it is complete", portfolio: one({ statusRaw: "Completed", state: "Complete", lastUpdate: "2025-01-01" }) },
    { name: "a 60-day cadence", ruleset: { thresholds: { staleStatusDays: 60 } }, portfolio: one({ lastUpdate: "2026-04-20" }) },
  ],
  invalid: [
    {
      name: "an update 31 days old",
      portfolio: one({ id: "P-8", lastUpdate: "2026-05-15" }),
      findings: [{ messageId: "stale", projectId: "P-8", at: "Projects!N2", severity: "warning", data: { ageDays: 31, limitDays: 30, lastUpdate: "2026-05-15" } }],
    },
    { name: "a project on hold with an old update", portfolio: one({ stage: "On Hold", lastUpdate: "2026-01-15" }), findings: [{ messageId: "stale", data: { ageDays: 151 } }] },
    { name: "a project whose status says on hold, with an old update", portfolio: one({ state: "On Hold", lastUpdate: "2026-01-15" }), findings: [{ messageId: "stale", data: { ageDays: 151 } }] },
    { name: "a closed project when skipStages is emptied", options: { skipStages: [] }, portfolio: one({ stage: "Closed", lastUpdate: "2026-01-15" }), findings: [{ messageId: "stale" }] },
  ],
});
