import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { sheet, source } from "../../fixtures/read/grid";

const workbook = () =>
  source([
    sheet("Projects", [["ID", "Name", "Stage", "Budget"], ["P-001", "CRM rollout", "Execution", 100], ["P-002", "Data lake", "Planning", 200]]),
    sheet("Gates", [["Project ID", "Gate", "Decision"], ["P-001", "G0", "Approved"], ["P-002", "G0", "Pending"]]),
    sheet("Assignments", [["Project ID", "Resource", "2026-01", "2026-02"], ["P-001", "Ana", 0.5, 0.5], ["P-002", "Ben", 1, null]], { hiddenRows: [3] }),
    sheet("Resources", [["Name", "Capacity"], ["Ana", 1], ["Ben", 1]]),
  ]);

describe("reading with releaseCells", () => {
  it("reads the same portfolio as without", () => {
    const kept = readPortfolio(workbook(), defaultRuleset());
    const released = readPortfolio(workbook(), defaultRuleset(), { releaseCells: true });
    expect(JSON.stringify(released)).toBe(JSON.stringify(kept));
  });

  it("empties the sheets it is done with, keeping the register's and the resources' cells and every hidden row", () => {
    const src = workbook();
    let calls = 0;
    readPortfolio(src, defaultRuleset(), { releaseCells: true, released: () => calls++ });
    const rows = Object.fromEntries(src.sheets.map((s) => [s.name, s.values.length]));
    expect(rows).toEqual({ Projects: 3, Gates: 0, Assignments: 0, Resources: 3 });
    expect(src.sheets.find((s) => s.name === "Assignments")?.hiddenRows).toEqual([3]);
    expect(calls).toBe(2);
  });
});
