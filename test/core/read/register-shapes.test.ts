import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { sheet, source } from "../../fixtures/read/grid";

const read = (...sheets: ReturnType<typeof sheet>[]) => readPortfolio(source(sheets), defaultRuleset());

describe("register shapes", () => {
  it("skips notes under the table and the header repeated on a new page", () => {
    const p = read(
      sheet("Projects", [
        ["ID", "Name", "Stage", "Manager"],
        ["P1", "A", "Idea", "Ana"],
        ["ID", "Name", "Stage", "Manager"],
        ["P2", "B", "Idea", "Ben"],
        ["Note: budgets exclude contingency"],
        ["This register is reviewed by the PMO board every month before the portfolio meeting"],
        ["P3"],
      ]),
    );
    expect(p.projects.map((x) => x.id)).toEqual(["P1", "P2", "P3"]);
  });

  it("scales amounts by the header's unit", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage", "Budget (k$)", "Actual Cost ('000)"], ["P1", "A", "Idea", 120, "1.5M"]]));
    expect(p.projects[0]).toMatchObject({ budget: 120_000, actualCost: 1_500_000 });
  });

  it("reads every programme sheet that shares the register's header", () => {
    const header = ["Ref", "Initiative", "Owner", "Phase", "RAG"];
    const p = read(sheet("Digital", [["Digital programme"], header, ["D1", "App", "Ana", "Execution (Build)", "G"]]), sheet("Facilities", [header, ["F1", "Move", "Ben", "Idea", "A"]]));
    expect(p.projects.map((x) => [x.id, x.stage, x.source.sheet])).toEqual([
      ["D1", "Execution", "Digital"],
      ["F1", "Idea", "Facilities"],
    ]);
    expect(p.detections.filter((d) => d.entity === "projects").map((d) => [d.sheet, d.headerRow])).toEqual([
      ["Digital", 2],
      ["Facilities", 1],
    ]);
  });

  it("reads a grid that does not start at A1", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Idea"]], { top: 5, left: 3 }));
    expect(p.projects[0].source).toEqual({ sheet: "Projects", row: 6, cells: { id: "C6", name: "D6", stage: "E6" } });
  });

  it("returns an empty portfolio with a reason for an empty workbook", () => {
    const p = read();
    expect(p.projects).toEqual([]);
    expect(p.issues).toEqual([{ kind: "missing-entity", entity: "projects", reason: "the workbook has no sheets to read" }]);
  });
});
