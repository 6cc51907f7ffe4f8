import rule from "../../../../src/core/rules/data/invalid-value";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

ruleTester(rule, {
  valid: [
    { name: "a portfolio the reader had no trouble with", portfolio: portfolio({ projects: [project()] }) },
    { name: "missing columns (reported as skipped rules, not here)", portfolio: portfolio({ projects: [project()], missingColumns: { projects: ["forecast"] } }) },
  ],
  invalid: [
    {
      name: "a text budget and a bad date",
      portfolio: portfolio({
        projects: [project({ id: "P-1" })],
        issues: [
          { kind: "invalid-value", entity: "projects", field: "budget", expected: "amount", raw: "TBD-ish", projectId: "P-1", location: { sheet: "Projects", cell: "J2", row: 2 } },
          { kind: "invalid-value", entity: "assignments", field: "allocation", expected: "fte", raw: "lots", resource: "Ada", location: { sheet: "Assignments", cell: "E7", row: 7 } },
        ],
      }),
      findings: [
        { messageId: "invalid", at: "Assignments!E7", resource: "Ada", data: { raw: "lots", expectedText: "an allocation (FTE or %)" } },
        { messageId: "invalid", at: "Projects!J2", projectId: "P-1", data: { raw: "TBD-ish", field: "budget", expected: "amount" } },
      ],
    },
    {
      name: "an Excel error where a value should be",
      portfolio: portfolio({
        projects: [project({ id: "P-1" })],
        issues: [{ kind: "invalid-value", entity: "projects", field: "budget", expected: "amount", raw: "#N/A", projectId: "P-1", location: { sheet: "Projects", cell: "J2", row: 2 } }],
      }),
      findings: [{ messageId: "excelError", at: "Projects!J2", projectId: "P-1", data: { raw: "#N/A", expectedText: "an amount" } }],
    },
  ],
});
