import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { sheet, source } from "../../fixtures/read/grid";

const projects = sheet("Projects", [
  ["ID", "Name", "Stage", "Manager"],
  ["P-001", "CRM rollout", "Execution", "Ana"],
  ["P-002", "Data lake", "Planning", "Ben"],
  ["P-003", "Data lake", "Idea", "Cy"],
]);

describe("references between sheets", () => {
  it("resolves gate rows that name the project by name or in another case", () => {
    const gates = sheet("Gates", [["Project Name", "Gate", "Decision"], ["CRM rollout", "G0", "Approved"], ["p-002", "G0", "Approved"], ["Data lake", "G1", "Pending"], ["Nope", "G0", "Approved"]]);
    const p = readPortfolio(source([projects, gates]), defaultRuleset());
    // "Data lake" names two projects, so it stays as written for data/unknown-reference to report.
    expect(p.gates.map((g) => g.projectId)).toEqual(["P-001", "P-002", "Data lake", "Nope"]);
  });

  it("matches a plan's 'Last, First' names to the team list's 'First Last'", () => {
    const team = sheet("Resources", [["Name", "Role", "Capacity"], ["John Lennon", "Dev", 1], ["Paul McCartney", "Dev", 0.5]]);
    const plan = sheet("Assignments", [["Project ID", "Resource", "2026-01", "2026-02"], ["P-001", "Lennon, John", 0.5, 0.5], ["P-001", "paul mccartney", 0.2, null], ["P-001", "Starr, Ringo", 1, 1]]);
    const p = readPortfolio(source([projects, team, plan]), defaultRuleset());
    expect([...new Set(p.assignments.map((a) => a.resource))]).toEqual(["John Lennon", "Paul McCartney", "Starr, Ringo"]);
  });
});
