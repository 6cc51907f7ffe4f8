import rule from "../../../../src/core/rules/risk/review-overdue";
import { portfolio, project, risk } from "../../../factories";
import { ruleTester } from "../rule-tester";

const log = (...rs: ReturnType<typeof risk>[]) => portfolio({ projects: [project()], risks: rs });

ruleTester(rule, {
  valid: [
    { name: "a review ahead", portfolio: log(risk({ reviewDate: "2026-06-30" })) },
    { name: "a review today", portfolio: log(risk({ reviewDate: "2026-06-15" })) },
    { name: "a closed risk past its review", portfolio: log(risk({ status: "Closed", reviewDate: "2026-01-01" })) },
    { name: "no review date", portfolio: log(risk({})) },
    { name: "within the grace days", options: { graceDays: 7 }, portfolio: log(risk({ reviewDate: "2026-06-10" })) },
  ],
  invalid: [
    {
      name: "an open risk past its review date",
      portfolio: log(risk({ id: "R-5", reviewDate: "2026-05-31" })),
      findings: [{ messageId: "reviewOverdue", projectId: "P-001", at: "Risks!L2", severity: "warning", data: { riskId: "R-5", reviewDate: "2026-05-31", daysOverdue: 15 } }],
    },
  ],
});
