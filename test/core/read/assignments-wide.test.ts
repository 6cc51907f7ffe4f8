import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import type { CellValue } from "../../../src/workbook/grid";
import { sheet, source } from "../../fixtures/read/grid";

const projects = sheet("Projects", [["ID", "Name", "Stage"], ["P1", "Alpha", "Execution"], ["P2", "Beta", "Execution"]]);
const read = (rows: CellValue[][]) => readPortfolio(source([projects, sheet("Resource Plan", rows)]), defaultRuleset());
const booked = (p: ReturnType<typeof read>) => p.assignments.map((a) => [a.projectId, a.resource, a.period, a.allocation]);

describe("wide plans kept as text", () => {
  it("reads percent texts under a title row as FTE fractions", () => {
    const p = read([
      ["Resource Plan FY26"],
      ["Project", "Name", "Jan 2026", "Feb 2026"],
      ["P1", "Sam", "50%", "80%"],
      ["P2", "Sam", "60 %", ""],
    ]);
    expect(booked(p)).toEqual([
      ["P1", "Sam", "2026-01", 0.5],
      ["P1", "Sam", "2026-02", 0.8],
      ["P2", "Sam", "2026-01", 0.6],
    ]);
    const d = p.detections.find((x) => x.entity === "assignments");
    expect(d).toMatchObject({ headerRow: 2, dataRows: 2, layout: "wide", unit: "fte" });
  });

  it("judges the unit of numbers typed as text by their size", () => {
    // 84 hours in February 2026 (20 working days × 8 h = 160 h) is 0.525 FTE.
    const p = read([["Project", "Resource", "Jan 2026", "Feb 2026"], ["P1", "Ana", "168", "84"]]);
    expect(p.detections.find((x) => x.entity === "assignments")?.unit).toBe("hours");
    expect(booked(p)).toEqual([
      ["P1", "Ana", "2026-01", 168 / 176],
      ["P1", "Ana", "2026-02", 84 / 160],
    ]);
  });

  it("still skips a row of words across the periods", () => {
    const p = read([
      ["Project", "Resource", "Jan 2026", "Feb 2026"],
      ["", "Processing month", "Dec 27-Jan 23", "Jan 24-Feb 20"],
      ["P1", "Ana", "0.5", "0,5"],
    ]);
    expect(booked(p)).toEqual([
      ["P1", "Ana", "2026-01", 0.5],
      ["P1", "Ana", "2026-02", 0.5],
    ]);
    expect(p.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
  });

  it("takes a project heading over people whose bookings are text", () => {
    const p = read([["Resource", "Jan 2026", "Feb 2026"], ["Beta"], ["Ana", "50%", "50%"]]);
    expect(booked(p)).toEqual([
      ["P2", "Ana", "2026-01", 0.5],
      ["P2", "Ana", "2026-02", 0.5],
    ]);
  });
});
