/** A rule runs when the records carry what it reads, whether from a column or from elsewhere in the sheet. */
import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../../src/core/read/index";
import { missingRequirement } from "../../../../src/core/rules/support/requirements";
import { defaultRuleset } from "../../../../src/core/ruleset/default-ruleset";
import type { CellValue } from "../../../../src/workbook/grid";
import { sheet, source } from "../../../fixtures/read/grid";

const projects = sheet("Projects", [["ID", "Name", "Stage"], ["P1", "Alpha", "Execution"], ["P2", "Beta", "Execution"]]);
const requires = [{ entity: "assignments" as const, fields: ["projectId", "resource"] }];
const read = (plan: CellValue[][]) => readPortfolio(source([projects, sheet("Plan", plan)]), defaultRuleset());

describe("missingRequirement", () => {
  it("accepts a plan whose project comes from heading rows (no project column)", () => {
    const p = read([["Resource", "Jan-26", "Feb-26"], ["Alpha"], ["Ana", 0.6, 0.5], ["P2"], ["Ana", 0.6, 0.2]]);
    expect(p.assignments.map((a) => [a.projectId, a.period, a.allocation])).toEqual([
      ["P1", "2026-01", 0.6],
      ["P1", "2026-02", 0.5],
      ["P2", "2026-01", 0.6],
      ["P2", "2026-02", 0.2],
    ]);
    expect(p.detections.find((d) => d.entity === "assignments")!.columns.projectId).toBeUndefined();
    expect(missingRequirement(p, requires)).toBeNull();
  });

  it("accepts a plan with a project column", () => {
    expect(missingRequirement(read([["Project", "Resource", "Jan-26", "Feb-26"], ["P1", "Ana", 0.6, 0.5]]), requires)).toBeNull();
  });

  it("still skips a plan whose project is only guessed from the sheet's name", () => {
    const p = read([["Resource", "Jan-26", "Feb-26"], ["Ana", 0.6, 0.5]]);
    expect(p.assignments[0].projectId).toBe("Plan");
    expect(missingRequirement(p, requires)).toBe("the Plan sheet has no projectId column");
  });

  it("names the missing fields no record carries", () => {
    const p = read([["Project", "Resource", "Jan-26", "Feb-26"], ["P1", "Ana", 0.6, 0.5]]);
    expect(missingRequirement(p, [{ entity: "projects", fields: ["budget", "stage", "finish"] }])).toBe("the Projects sheet has no budget, finish columns");
  });
});
