import rule from "../../../../src/core/rules/strategy/unaligned";
import { COLUMNS, objective, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const col = COLUMNS.projects.objective;
const objectives = [objective({ id: "O1", name: "Grow digital revenue" }), objective({ id: "O2", name: "Cut cost to serve" })];

ruleTester(rule, {
  valid: [
    { name: "a project naming a listed objective", portfolio: portfolio({ projects: [project({ stage: "Execution", objective: "grow digital revenue" })], objectives }) },
    { name: "a project naming an objective by its ID", portfolio: portfolio({ projects: [project({ stage: "Execution", objective: "O2" })], objectives }) },
    { name: "any objective when there is no Objectives list", portfolio: portfolio({ projects: [project({ stage: "Planning", objective: "Whatever" })] }) },
    { name: "a closed project with none", portfolio: portfolio({ projects: [project({ stage: "Closed" })], objectives }) },
    { name: "a project on hold with none", portfolio: portfolio({ projects: [project({ stage: "On Hold" })], objectives }) },
  ],
  invalid: [
    {
      name: "an active project with no objective",
      portfolio: portfolio({ projects: [project({ id: "P-7", stage: "Execution" })], objectives }),
      findings: [{ messageId: "noObjective", projectId: "P-7", at: `Projects!${col}2`, severity: "warning" }],
    },
    {
      name: "a project naming an objective not in the list",
      portfolio: portfolio({ projects: [project({ stage: "Idea", objective: "Win the lottery" })], objectives }),
      findings: [{ messageId: "unknownObjective", data: { objective: "Win the lottery", objectives: "Grow digital revenue, Cut cost to serve" } }],
    },
  ],
});
