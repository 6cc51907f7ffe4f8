import { afterAll, describe, expect, it } from "vitest";
import { cleanupWorkbooks, day, readBack, utc } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";
import { fieldCell } from "../../../src/core/model/record-source";

afterAll(cleanupWorkbooks);

const register: Cell[][] = [
  ["ID", "Name", "Stage", "Manager", "G0 Decision", "G0 Date", "Gate 1 Approved", "G2", "Plan approval date", "Idea screening notes"],
  ["P1", "Alpha", "Execution", "Ana", "Go", utc("2025-01-10"), utc("2025-02-01"), "Approved", utc("2025-03-01"), "fine"],
  ["P2", "Beta", "Planning", "Ben", "Approved", "2025-04-01", "✓", "pending", null, null],
  ["P3", "Gamma", "Initiation", "Cy", "Rejected", null, "No", null, null, null],
  ["P4", "Delta", "Idea", "Dee", "perhaps", null, null, null, null, null],
];

describe("gate decisions kept as register columns", () => {
  it("reads one gate record per project and gate with filled cells", async () => {
    const { portfolio } = await readBack([{ name: "Projects", rows: register }]);
    expect(portfolio.gates.map((g) => [g.projectId, g.gate, g.gateIndex, g.decision, g.date])).toEqual([
      ["P1", "G0", 0, "Approved", day("2025-01-10")],
      ["P1", "G1", 1, "Approved", day("2025-02-01")],
      ["P1", "G2", 2, "Approved", day("2025-03-01")],
      ["P2", "G0", 0, "Approved", day("2025-04-01")],
      ["P2", "G1", 1, "Approved", undefined],
      ["P2", "G2", 2, "Pending", undefined],
      ["P3", "G0", 0, "Rejected", undefined],
      ["P4", "G0", 0, undefined, undefined],
    ]);
  });

  it("points each record at its cells and reports unreadable decisions", async () => {
    const { portfolio } = await readBack([{ name: "Projects", rows: register }]);
    expect(portfolio.gates[0].source).toEqual({ sheet: "Projects", row: 2, cells: { projectId: "A2", decision: "E2", date: "F2" } });
    expect(portfolio.issues).toContainEqual(expect.objectContaining({ kind: "invalid-value", entity: "gates", field: "decision", raw: "perhaps", projectId: "P4", location: { sheet: "Projects", cell: "E5", row: 5 } }));
    expect(portfolio.detections.find((d) => d.entity === "gates")).toMatchObject({ how: "content", sheet: "Projects", headerRow: 1 });
  });

  it("leaves a column that merely starts like a gate name alone", async () => {
    const { portfolio } = await readBack([{ name: "Projects", rows: register }]);
    expect(portfolio.projects[0].extra.ideaScreeningNotes).toBe("fine");
    expect(portfolio.gates.some((g) => fieldCell(g.source, "decision") === "J2")).toBe(false);
  });

  it("ignores register gate columns when the workbook has a gate log", async () => {
    const log: Cell[][] = [["Project ID", "Gate", "Decision"], ["P1", "G0", "Approved"]];
    const { portfolio } = await readBack([{ name: "Projects", rows: register }, { name: "Gates", rows: log }]);
    expect(portfolio.gates).toHaveLength(1);
    expect(portfolio.gates[0].source.sheet).toBe("Gates");
  });
});
