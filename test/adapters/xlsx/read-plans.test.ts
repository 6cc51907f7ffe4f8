import { afterAll, describe, expect, it } from "vitest";
import { cleanupWorkbooks, day, readBack, utc } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";
import { fieldCell } from "../../../src/core/model/record-source";

afterAll(cleanupWorkbooks);

const projects: Cell[][] = [["ID", "Name", "Stage", "Manager"], ["P1", "Alpha", "Execution", "Ana"], ["P2", "Beta", "Planning", "Ben"]];

describe("wide resource plans", () => {
  it("unpivots month columns written as text into one assignment per filled cell", async () => {
    const rows: Cell[][] = [
      ["Project ID", "Resource", "Jan-26", "Feb-26", "Mar-26", "Total"],
      ["P1", "Ana", 0.5, 1, null, 1.5],
      ["P2", "Ana", 0.5, "-", "50%", 1],
      ["Total", null, 1, 1, 0.5, 2.5],
    ];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Resource Plan", rows }]);
    const d = portfolio.detections.find((x) => x.entity === "assignments")!;
    expect(d).toMatchObject({ layout: "wide", unit: "fte", headerRow: 1, unmatched: ["Total"] });
    expect(portfolio.assignments.map((a) => [a.projectId, a.resource, a.period, a.allocation, fieldCell(a.source, "allocation")])).toEqual([
      ["P1", "Ana", "2026-01", 0.5, "C2"],
      ["P1", "Ana", "2026-02", 1, "D2"],
      ["P2", "Ana", "2026-01", 0.5, "C3"],
      ["P2", "Ana", "2026-03", 0.5, "E3"],
    ]);
    expect(portfolio.assignments[0]).toMatchObject({ layout: "wide", start: day("2026-01-01"), finish: day("2026-01-31") });
  });

  it("takes the year of bare month headers from the merged group row above", async () => {
    const rows: Cell[][] = [
      ["Resource plan"],
      [null, null, "2026", null, null, "2027"],
      ["Project", "Person", "Oct", "Nov", "Dec", "Jan"],
      ["P1", "Ana", 0.2, 0.2, 0.2, 0.4],
    ];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Allocations", rows, merges: ["C2:E2"] }]);
    expect(portfolio.assignments.map((a) => a.period)).toEqual(["2026-10", "2026-11", "2026-12", "2027-01"]);
  });

  it("reads ISO week columns and converts hours to FTE by working days", async () => {
    const rows: Cell[][] = [["Project ID", "Resource", "2026-W05", "2026-W06"], ["P1", "Ana", 40, 20], ["P2", "Ben", 16, 8]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Assignments", rows }]);
    const d = portfolio.detections.find((x) => x.entity === "assignments")!;
    expect(d.unit).toBe("hours");
    expect(portfolio.assignments.map((a) => [a.period, a.allocation])).toEqual([
      ["2026-W05", 1],
      ["2026-W06", 0.5],
      ["2026-W05", 0.4],
      ["2026-W06", 0.2],
    ]);
  });

  it("reads day columns whose headers are real dates", async () => {
    const rows: Cell[][] = [["Project ID", "Resource", utc("2026-03-02"), utc("2026-03-03"), utc("2026-03-04"), utc("2026-03-05")], ["P1", "Ana", 8, 4, 0, 8]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Assignments", rows }]);
    expect(portfolio.assignments.map((a) => [a.period, a.allocation, a.start])).toEqual([
      ["2026-03-02", 1, day("2026-03-02")],
      ["2026-03-03", 0.5, day("2026-03-03")],
      ["2026-03-05", 1, day("2026-03-05")],
    ]);
  });

  it("reads month columns with real dates as months", async () => {
    const rows: Cell[][] = [["Project ID", "Resource", utc("2026-01-01"), utc("2026-02-01"), utc("2026-03-01")], ["P1", "Ana", 84, 80, 88]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Assignments", rows, dateFormat: "mmm-yy" }]);
    // January 2026 has 22 working days: 84 h / (22 × 8 h) = 0.477 FTE.
    expect(portfolio.assignments.map((a) => a.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(portfolio.assignments[0].allocation).toBeCloseTo(84 / 176, 6);
    expect(portfolio.assignments[1].allocation).toBeCloseTo(80 / 160, 6);
  });

  it("reports a junk value in a period cell with its location", async () => {
    const rows: Cell[][] = [["Project ID", "Resource", "2026-01", "2026-02"], ["P1", "Ana", 0.5, "lots"]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Assignments", rows }]);
    expect(portfolio.assignments).toHaveLength(1);
    expect(portfolio.issues).toContainEqual(expect.objectContaining({ kind: "invalid-value", entity: "assignments", field: "allocation", raw: "lots", projectId: "P1", resource: "Ana", location: { sheet: "Assignments", cell: "D2", row: 2 } }));
  });

  it("derives resources from the plan's people when there is no resources sheet", async () => {
    const rows: Cell[][] = [["Project ID", "Resource", "2026-01", "2026-02"], ["P1", "Ana", 0.5, 0.5], ["P2", "Ana", 0.5, null], ["P2", "Ben", null, 1]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Assignments", rows }]);
    expect(portfolio.resources.map((r) => [r.name, r.capacity, r.capacityDefaulted, fieldCell(r.source, "name")])).toEqual([
      ["Ana", 1, true, "B2"],
      ["Ben", 1, true, "B4"],
    ]);
  });
});

describe("long assignments, gates, resources and financials", () => {
  it("reads long-form assignments with percentages and date ranges", async () => {
    const rows: Cell[][] = [["Project", "Resource", "Start", "Finish", "Allocation %"], ["P1", "Ana", utc("2026-03-02"), utc("2026-03-31"), 50], ["P2", "Ana", "2026-03-09", "2026-03-13", 100]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Assignments", rows }]);
    expect(portfolio.detections.find((x) => x.entity === "assignments")).toMatchObject({ layout: "long" });
    expect(portfolio.assignments.map((a) => [a.projectId, a.start, a.finish, a.allocation])).toEqual([
      ["P1", day("2026-03-02"), day("2026-03-31"), 0.5],
      ["P2", day("2026-03-09"), day("2026-03-13"), 1],
    ]);
  });

  it("reads gate ids, decisions and artefact columns in their many spellings", async () => {
    const rows: Cell[][] = [
      ["Project ID", "Gate", "Decision", "Decision Date", "Approved By", "Business Case", "Project Plan"],
      ["P1", "G0", "Go", utc("2025-01-10"), "Board", null, null],
      ["P1", "Gate 1: Charter approval", "Approved with conditions", "2025-02-01", "Board", "BC-v2.docx", null],
      ["P1", "G2 - Planning", "conditional", "2025-03-01", "Board", null, "x"],
      ["P2", "Plan approval", "Kill", null, null, null, null],
      ["P2", "Gate 7", "maybe", null, null, null, null],
    ];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Gate Log", rows }]);
    expect(portfolio.gates.map((g) => [g.gate, g.gateIndex, g.decision])).toEqual([
      ["G0", 0, "Approved"],
      ["Gate 1: Charter approval", 1, "Approved with conditions"],
      ["G2 - Planning", 2, "Approved with conditions"],
      ["Plan approval", 2, "Kill"],
      ["Gate 7", undefined, undefined],
    ]);
    expect(portfolio.gates[1].artifacts).toEqual({ "Business Case": "BC-v2.docx", "Project Plan": undefined });
    expect(portfolio.gates[2].artifacts["Project Plan"]).toBe("x");
    expect(portfolio.gates[0].date).toBe(day("2025-01-10"));
    expect(portfolio.issues).toContainEqual(expect.objectContaining({ field: "decision", raw: "maybe", location: { sheet: "Gate Log", cell: "C6", row: 6 } }));
  });

  it("reads capacity as FTE, percent or hours per week", async () => {
    const rows: Cell[][] = [["Name", "Role", "Team", "Capacity"], ["Ana", "PM", "PMO", 1], ["Ben", "Dev", "IT", "50%"], ["Cy", "QA", "IT", null], ["Dee", "BA", "IT", "0.8"]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "People", rows }]);
    expect(portfolio.resources.map((r) => [r.name, r.capacity, r.capacityDefaulted])).toEqual([
      ["Ana", 1, false],
      ["Ben", 0.5, false],
      ["Cy", 1, true],
      ["Dee", 0.8, false],
    ]);
    const hours: Cell[][] = [["Resource", "Team", "Hours per week"], ["Ana", "PMO", 40], ["Ben", "IT", 20]];
    const r2 = await readBack([{ name: "Projects", rows: projects }, { name: "Team", rows: hours }]);
    expect(r2.portfolio.resources.map((r) => r.capacity)).toEqual([1, 0.5]);
  });

  it("reads time-phased financials", async () => {
    const rows: Cell[][] = [["Project ID", "Period", "PV", "EV", "AC"], ["P1", "2026-01", 1000, 900, "1,100"], ["P1", "Feb 2026", 2000, 1800, 2100], ["P1", "FY26 P03", 3000, null, null]];
    const { portfolio } = await readBack([{ name: "Projects", rows: projects }, { name: "Financials", rows }]);
    expect(portfolio.financials.map((f) => [f.periodLabel, f.periodEnd, f.plannedValue, f.earnedValue, f.actualCost])).toEqual([
      ["2026-01", day("2026-01-31"), 1000, 900, 1100],
      ["Feb 2026", day("2026-02-28"), 2000, 1800, 2100],
      ["FY26 P03", undefined, 3000, undefined, undefined],
    ]);
  });
});
