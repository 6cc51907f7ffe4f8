/** The small example of docs/workbook-format.md, written to a file and read back as the page says. */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupWorkbooks, day, readBack } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";

afterAll(cleanupWorkbooks);

const projects: Cell[][] = [
  ["ACME project register"],
  ["As of 1 March 2026"],
  [],
  ["Proj #", "Project Name", "PM", "Sponsor", "Phase", "RAG", "Start", "End", "Budget (RM)", "% Done"],
  ["P-001", "CRM rollout", "Ana", "Raj", "3 - Execution", "G", "15/03/2025", "31/12/2026", "RM 1,200,000", "45%"],
  ["P-002", "Data lake", "Ben", "TBD", "Planning", "Amber", "2026-01-05", "Mar 2027", "250k", 10],
  ["Total", null, null, null, null, null, null, null, "1,450,000", null],
];
const gates: Cell[][] = [
  ["Project ID", "Gate", "Decision", "Decision Date", "Approved By", "Business Case"],
  ["P-001", "G0", "Go", "2025-01-10", "Board", null],
  ["P-001", "Gate 1: Charter approval", "Approved with conditions", "01/02/2025", "Board", "BC-v2.docx"],
];
const plan: Cell[][] = [
  ["Project ID", "Resource", "Jan-26", "Feb-26", "Mar-26", "Total"],
  ["P-001", "Ana", 80, 80, 40, 200],
  ["P-002", "Ana", 88, 80, 120, 288],
];

describe("the documented example", () => {
  it("reads as the format page says", async () => {
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Gates", rows: gates }, { name: "Resource Plan", rows: plan }]);
    expect(portfolio.projects).toHaveLength(2);
    expect(portfolio.projects[0]).toMatchObject({ id: "P-001", stage: "Execution", status: "Green", start: day("2025-03-15"), finish: day("2026-12-31"), budget: 1_200_000, percentComplete: 0.45 });
    expect(portfolio.projects[1]).toMatchObject({ id: "P-002", sponsor: undefined, finish: day("2027-03-31"), budget: 250_000, percentComplete: 0.1 });
    expect(portfolio.gates.map((g) => [g.gateIndex, g.decision, g.date])).toEqual([
      [0, "Approved", day("2025-01-10")],
      [1, "Approved with conditions", day("2025-02-01")],
    ]);
    expect(portfolio.gates[1].artifacts["Business Case"]).toBe("BC-v2.docx");
    const d = portfolio.detections.find((x) => x.entity === "assignments")!;
    expect(d).toMatchObject({ layout: "wide", unit: "hours" });
    // January 2026: 22 working days × 8 h.
    expect(portfolio.assignments[0]).toMatchObject({ projectId: "P-001", resource: "Ana", period: "2026-01" });
    expect(portfolio.assignments[0].allocation).toBeCloseTo(80 / 176, 6);
    expect(portfolio.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
  });
});
