import { describe, expect, it } from "vitest";
import rule from "../../../../src/core/rules/milestone/overdue";
import { milestone, portfolio, project } from "../../../factories";
import { ruleTester, runRule } from "../rule-tester";

const on = (fields: Parameters<typeof project>[0], ...ms: ReturnType<typeof milestone>[]) => portfolio({ projects: [project({ stage: "Execution", ...fields })], milestones: ms });

ruleTester(rule, {
  valid: [
    { name: "a milestone due later", portfolio: on({}, milestone({ baseline: "2026-07-01" })) },
    { name: "a milestone due today", portfolio: on({}, milestone({ baseline: "2026-06-15" })) },
    { name: "a past baseline re-forecast to later", portfolio: on({}, milestone({ baseline: "2026-06-01", forecast: "2026-07-01" })) },
    { name: "an achieved milestone", portfolio: on({}, milestone({ baseline: "2026-06-01", actual: "2026-06-03" })) },
    { name: "a milestone whose status says it was achieved", portfolio: on({}, milestone({ baseline: "2026-06-01", status: "Done", achieved: true })) },
    { name: "a milestone of a closed project", portfolio: on({ stage: "Closed" }, milestone({ baseline: "2026-01-01" })) },
    { name: "a milestone of a project on hold", portfolio: on({ stage: "On Hold" }, milestone({ baseline: "2026-01-01" })) },
    { name: "within the grace days", options: { graceDays: 7 }, portfolio: on({}, milestone({ baseline: "2026-06-10" })) },
  ],
  invalid: [
    {
      name: "a baseline passed, not achieved",
      portfolio: on({}, milestone({ id: "M-7", baseline: "2026-06-01" })),
      findings: [{ messageId: "overdue", projectId: "P-001", at: "Milestones!D2", severity: "warning", data: { milestoneId: "M-7", due: "2026-06-01", daysOverdue: 14 } }],
    },
    {
      name: "a forecast passed, pointing at the forecast",
      portfolio: on({}, milestone({ baseline: "2026-05-01", forecast: "2026-06-10" })),
      findings: [{ messageId: "overdue", at: "Milestones!E2", data: { due: "2026-06-10", daysOverdue: 5 } }],
    },
    {
      name: "a status that says it is late",
      portfolio: on({}, milestone({ baseline: "2026-06-01", status: "Delayed", achieved: false })),
      findings: [{ messageId: "overdue", data: { daysOverdue: 14 } }],
    },
  ],
});

describe("milestone/overdue without dates", () => {
  it("says why it did not run on a Milestones sheet with no date column", () => {
    const p = portfolio({ projects: [project()], milestones: [milestone({})], missingColumns: { milestones: ["baseline", "forecast", "actual"] } });
    expect(runRule(rule, { name: "no dates", portfolio: p }).summary.skipped).toEqual({ "milestone/overdue": "the Milestones sheet has neither a Baseline Date nor a Forecast Date column" });
  });
});
