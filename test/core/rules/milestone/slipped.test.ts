import rule from "../../../../src/core/rules/milestone/slipped";
import { milestone, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const with_ = (...ms: ReturnType<typeof milestone>[]) => portfolio({ projects: [project({ stage: "Execution" })], milestones: ms });

ruleTester(rule, {
  valid: [
    { name: "a milestone forecast on its baseline", portfolio: with_(milestone({ baseline: "2026-07-01", forecast: "2026-07-01" })) },
    { name: "a slip of exactly the warning tolerance (14 days)", portfolio: with_(milestone({ baseline: "2026-07-01", forecast: "2026-07-15" })) },
    { name: "a milestone forecast early", portfolio: with_(milestone({ baseline: "2026-07-01", forecast: "2026-06-20" })) },
    { name: "a milestone without a baseline (milestone/missing-baseline's business)", portfolio: with_(milestone({ forecast: "2026-09-01" })) },
    { name: "a milestone with only a baseline", portfolio: with_(milestone({ baseline: "2026-07-01" })) },
    { name: "a wider tolerance", ruleset: { thresholds: { milestoneSlipWarningDays: 30, milestoneSlipErrorDays: 60 } }, portfolio: with_(milestone({ baseline: "2026-07-01", forecast: "2026-07-25" })) },
  ],
  invalid: [
    {
      name: "a slip of 20 days (warning band)",
      portfolio: with_(milestone({ id: "M-1", name: "Design signed off", baseline: "2026-07-01", forecast: "2026-07-21" })),
      findings: [{ messageId: "slipped", projectId: "P-001", at: "Milestones!E2", severity: "warning", data: { milestoneId: "M-1", slipDays: 20, limitDays: 14, baseline: "2026-07-01", latest: "2026-07-21" } }],
    },
    {
      name: "a slip of 45 days (error band)",
      portfolio: with_(milestone({ baseline: "2026-07-01", forecast: "2026-08-15" })),
      findings: [{ messageId: "slipped", severity: "error", data: { slipDays: 45, limitDays: 30 } }],
    },
    {
      name: "a milestone achieved 40 days late: reported, as a warning at most",
      portfolio: with_(milestone({ baseline: "2026-04-01", forecast: "2026-04-01", actual: "2026-05-11" })),
      findings: [{ messageId: "slippedAchieved", at: "Milestones!F2", severity: "warning", data: { slipDays: 40, latest: "2026-05-11" } }],
    },
    {
      name: "the ruleset's own tolerance",
      ruleset: { thresholds: { milestoneSlipWarningDays: 5, milestoneSlipErrorDays: 10 } },
      portfolio: with_(milestone({ baseline: "2026-07-01", forecast: "2026-07-12" })),
      findings: [{ messageId: "slipped", severity: "error", data: { slipDays: 11, limitDays: 10 } }],
    },
  ],
});
