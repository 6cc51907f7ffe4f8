import rule from "../../../../src/core/rules/data/required-field";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const complete = { manager: "Ada", sponsor: "Bob", budget: 1000, start: "2026-01-01", finish: "2026-12-31" };

ruleTester(rule, {
  valid: [
    { name: "an idea with a manager", portfolio: portfolio({ projects: [project({ stage: "Idea", manager: "Ada" })] }) },
    { name: "a project in Initiation with manager and sponsor", portfolio: portfolio({ projects: [project({ stage: "Initiation", manager: "Ada", sponsor: "Bob" })] }) },
    { name: "a project in Execution with everything", portfolio: portfolio({ projects: [project({ stage: "Execution", ...complete })] }) },
    { name: "an on-hold project with a manager only", portfolio: portfolio({ projects: [project({ stage: "On Hold", manager: "Ada" })] }) },
    {
      name: "an empty cell the reader already reported as invalid",
      portfolio: portfolio({
        projects: [project({ stage: "Planning", ...complete, budget: undefined })],
        issues: [{ kind: "invalid-value", entity: "projects", field: "budget", expected: "amount", raw: "lots", location: { sheet: "Projects", cell: "J2", row: 2 } }],
      }),
    },
    { name: "a Sponsor column missing where no project needs it", portfolio: portfolio({ projects: [project({ stage: "Idea" })], missingColumns: { projects: ["sponsor"] } }) },
  ],
  invalid: [
    {
      name: "a project in Planning without budget and finish",
      portfolio: portfolio({ projects: [project({ id: "P-1", stage: "Planning", ...complete, budget: undefined, finish: undefined })] }),
      findings: [
        { messageId: "empty", projectId: "P-1", at: "Projects!I2", data: { field: "finish", fromStage: "Planning" } },
        { messageId: "empty", projectId: "P-1", at: "Projects!J2", data: { field: "budget", fromStage: "Planning" } },
      ],
    },
    {
      name: "a blank manager on a project with an unknown stage",
      portfolio: portfolio({ projects: [project({ stage: "Doing", manager: " " })] }),
      findings: [{ messageId: "empty", at: "Projects!D2", data: { field: "manager", fromStage: undefined, fieldLabel: "Manager" } }],
    },
    {
      name: "a missing Sponsor column, once for all projects needing it",
      portfolio: portfolio({ projects: [project({ stage: "Planning", ...complete }), project({ id: "P-2", stage: "Execution", ...complete })], missingColumns: { projects: ["sponsor"] } }),
      findings: [{ messageId: "missingColumn", at: "Projects!A1", data: { field: "sponsor", count: 2, fromStage: "Initiation" } }],
    },
    {
      name: "a required extra column that is empty",
      ruleset: { requiredFields: { always: ["Risk Owner"] } },
      portfolio: portfolio({ projects: [project({ extra: { risk_owner: "Cy" } }), project({ id: "P-2", extra: { risk_owner: null } })], noDetections: true }),
      findings: [{ messageId: "empty", projectId: "P-2", at: "Projects!A3", data: { field: "Risk Owner" } }],
    },
  ],
});
