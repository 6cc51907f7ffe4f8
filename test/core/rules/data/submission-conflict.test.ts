import rule from "../../../../src/core/rules/data/submission-conflict";
import { Consolidation } from "../../../../src/core/consolidate/index";
import type { Portfolio } from "../../../../src/core/model/portfolio";
import { portfolio, project, resource } from "../../../factories";
import { ruleTester } from "../rule-tester";

/** The submissions consolidated as `check --consolidate` does: each stamped with its file, people merged by name. */
function consolidated(...submissions: [string, Portfolio][]): Portfolio {
  const c = new Consolidation("test");
  for (const [file, p] of submissions) c.add(file, p, "fp");
  return c.portfolio();
}

ruleTester(rule, {
  valid: [
    { name: "one workbook, even with a repeated id of another budget (data/duplicate-id's)", portfolio: portfolio({ projects: [project({ id: "P-1", budget: 10 }), project({ id: "P-1", budget: 20 })] }) },
    {
      name: "submissions that agree",
      portfolio: consolidated(
        ["a.xlsx", portfolio({ projects: [project({ id: "P-1", budget: 10 })], resources: [resource({ name: "Ada", capacity: 0.5 })] })],
        ["b.xlsx", portfolio({ projects: [project({ id: "P-1", budget: 10 })], resources: [resource({ name: " ada ", capacity: 0.5 })] })],
      ),
    },
    {
      name: "a blank budget or capacity against a given one (nothing to disagree with)",
      portfolio: consolidated(
        ["a.xlsx", portfolio({ projects: [project({ id: "P-1" })], resources: [resource({ name: "Ada", capacity: 1, capacityDefaulted: true })] })],
        ["b.xlsx", portfolio({ projects: [project({ id: "P-1", budget: 10 })], resources: [resource({ name: "Ada", capacity: 0.5 })] })],
      ),
    },
  ],
  invalid: [
    {
      name: "the same person with different capacities in two submissions",
      portfolio: consolidated(
        ["a.xlsx", portfolio({ projects: [project({ id: "P-1" })], resources: [resource({ name: "Ada Byron", capacity: 1 })] })],
        ["b.xlsx", portfolio({ projects: [project({ id: "P-2" })], resources: [resource({ name: "ada  byron", capacity: 0.6 })] })],
      ),
      findings: [{ messageId: "capacity", resource: "ada  byron", at: "[b.xlsx]Resources!D2", data: { capacity: 0.6, otherCapacity: 1, otherCell: "[a.xlsx]Resources!D2" } }],
    },
    {
      name: "the same project with different budgets in two submissions",
      portfolio: consolidated(
        ["a.xlsx", portfolio({ projects: [project({ id: "P-1", budget: 100000 })] })],
        ["b.xlsx", portfolio({ projects: [project({ id: "P-0" }), project({ id: "p-1", budget: 120000 })] })],
      ),
      findings: [{ messageId: "budget", projectId: "p-1", at: "[b.xlsx]Projects!J3", data: { budget: "120,000", otherBudget: "100,000", otherCell: "[a.xlsx]Projects!J2" } }],
    },
  ],
});
