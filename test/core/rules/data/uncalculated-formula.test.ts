import rule from "../../../../src/core/rules/data/uncalculated-formula";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

ruleTester(rule, {
  valid: [
    { name: "a portfolio whose formulas all have results", portfolio: portfolio({ projects: [project()] }) },
    {
      name: "other read issues are other rules'",
      portfolio: portfolio({ projects: [project({ id: "P-1" })], issues: [{ kind: "invalid-value", entity: "projects", field: "budget", expected: "amount", raw: "TBD", projectId: "P-1", location: { sheet: "Projects", cell: "J2", row: 2 } }] }),
    },
  ],
  invalid: [
    {
      name: "a run of formulas down Forecast, and one in a plan's month",
      portfolio: portfolio({
        projects: [project({ id: "P-1" })],
        issues: [
          { kind: "uncalculated-formula", entity: "projects", field: "forecast", header: "Forecast", range: "J2:J40", count: 39, location: { sheet: "Projects", cell: "J2", row: 2 } },
          { kind: "uncalculated-formula", entity: "assignments", field: "2026-03", header: "Mar-26", range: "F7", count: 1, location: { sheet: "Plan", cell: "F7", row: 7 } },
        ],
      }),
      findings: [
        { messageId: "one", at: "Plan!F7", data: { header: "Mar-26", field: "2026-03" } },
        { messageId: "many", at: "Projects!J2", data: { range: "J2:J40", count: 39, header: "Forecast" } },
      ],
    },
  ],
});
