/** Merged cells: a merged label names every column under it; a merged value in a data row counts once. */
import { describe, expect, it } from "vitest";
import { GridView } from "../../../src/core/read/a1";
import { readKeyValues } from "../../../src/core/read/kv-block";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { sheet, source } from "../../fixtures/read/grid";

const read = (...sheets: ReturnType<typeof sheet>[]) => readPortfolio(source(sheets), defaultRuleset());

describe("merged cells", () => {
  it("spreads a group label merged over the columns of a two-row header", () => {
    const p = read(
      sheet(
        "Projects",
        [
          ["ID", "Name", "Dates", null, "Cost", null],
          [null, null, "Start", "Finish", "Budget", "Actual"],
          ["P1", "Alpha", "2026-01-01", "2026-06-30", 100, 50],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] },
      ),
    );
    expect(p.detections[0]).toMatchObject({ headerRow: 2 });
    expect(Object.keys(p.detections[0].columns).sort()).toEqual(["actualCost", "budget", "finish", "id", "name", "start"]);
    expect(p.projects[0]).toMatchObject({ id: "P1", budget: 100, actualCost: 50 });
  });

  it("spreads a header label merged across two columns to both", () => {
    const view = new GridView(sheet("S", [["Name", null, "Stage"]], { merges: ["A1:B1"] }));
    expect([view.label(1, 1), view.label(1, 2), view.value(1, 2), view.label(1, 3)]).toEqual(["Name", "Name", null, "Stage"]);
  });

  it("reads a description merged across columns in a data row once, not into the columns it covers", () => {
    const p = read(
      sheet(
        "Projects",
        [
          ["ID", "Name", "Stage", "Manager", "Notes", "% Complete", "Budget"],
          ["P1", "Alpha", "Execution", "Ana", "Waiting for the vendor's second delivery", null, null],
          ["P2", "Beta", "Planning", "Ben", "On plan", 0.4, 1000],
        ],
        { merges: ["E2:G2"] },
      ),
    );
    expect(p.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
    expect(p.projects.map((x) => [x.id, x.percentComplete, x.budget, x.extra.notes])).toEqual([
      ["P1", undefined, undefined, "Waiting for the vendor's second delivery"],
      ["P2", 0.4, 1000, "On plan"],
    ]);
  });

  it("counts a number merged down over data rows once", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage", "Budget"], ["P1", "A", "Idea", 500], ["P2", "B", "Idea", null]], { merges: ["D2:D3"] }));
    expect(p.projects.map((x) => x.budget)).toEqual([500, undefined]);
  });

  it("reads a key merged across two cells as one key with the value after the merge", () => {
    const view = new GridView(sheet("P", [["Project Number:", null, "84392"], ["Manager:", null, "Lee"]], { merges: ["A1:B1", "A2:B2"] }));
    expect(readKeyValues(view, 1, 2, 1, view.right).map((kv) => [kv.field, kv.value, kv.col])).toEqual([
      ["id", "84392", 3],
      ["manager", "Lee", 3],
    ]);
  });

  it("takes bare month headers' year from a group row merged over them", () => {
    const p = read(
      sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Idea"]]),
      sheet(
        "Allocations",
        [
          [null, null, 2026, null, null, 2027],
          ["Project", "Person", "Oct", "Nov", "Dec", "Jan"],
          ["P1", "Ana", 0.2, 0.2, 0.2, 0.4],
        ],
        { merges: ["C1:E1"] },
      ),
    );
    expect(p.assignments.map((a) => a.period)).toEqual(["2026-10", "2026-11", "2026-12", "2027-01"]);
  });
});
