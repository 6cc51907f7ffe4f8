/**
 * The Portfolio Summary's figures against values computed here, by hand, from the source rows: the
 * whole pipeline (read, check, report) runs on a small register with the traps real ones have (a
 * duplicated ID, a blank capacity, a booked person missing from the resource list, projects lacking
 * PV or AC, a status word that is not a RAG, a project without forecast).
 */
import { describe, expect, it } from "vitest";
import { checkSource, reportSpecs } from "../../../src/core/pipeline";
import { dayFromIso } from "../../../src/core/model/dates";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import type { CellValue, SheetGrid, WorkbookSource } from "../../../src/workbook/grid";
import { block, rowOf, texts, valueOf } from "./spec-reading";

const AS_OF = "2026-11-25";

const PROJECT_HEADER = ["Project ID", "Project Name", "Program", "Stage", "Status", "Start Date", "Finish Date", "Budget", "Actual Cost", "Forecast", "% Complete"];
type Row = [string, string, string, string, string | null, string | null, string | null, number | null, number | null, number | null, number | null];
const PROJECTS: Row[] = [
  ["P-01", "Alpha", "Digital", "Execution", "Green", "2026-01-01", "2026-12-31", 100_000, 60_000, 110_000, 0.5],
  ["P-02", "Beta", "Digital", "Execution", "Red", "2026-03-01", "2027-02-28", 200_000, 50_000, 190_000, 0.2],
  ["P-03", "Gamma", "Ops", "Execution", "Amber", null, null, 150_000, 40_000, null, 0.3],
  ["P-04", "Delta", "Ops", "Planning", "On watch", "2026-06-01", "2027-06-30", 80_000, 5_000, 85_000, 0.05],
  ["P-05", "Epsilon", "Ops", "Execution", null, "2026-02-01", "2026-11-30", 50_000, null, 52_000, 0.9],
  // A copied row re-using P-01's ID: counted nowhere.
  ["P-01", "Alpha (copy)", "Digital", "Idea", "Red", null, null, 999_999, 1, 1, 0],
  ["P-06", "Zeta", "Finance", "Closed", "Green", "2025-01-01", "2025-12-31", 70_000, 69_000, 69_000, 1],
];
const RESOURCES: [string, number | null][] = [["Ann", 1], ["Bob", 0.5], ["Cy", null], ["Dee", 0.8]];
const ASSIGNMENTS: [string, string, string, string, number][] = [
  ["P-01", "Ann", "2026-11-02", "2027-01-29", 1],
  ["P-02", "Bob", "2026-11-02", "2026-12-31", 0.5],
  ["P-03", "Cy", "2026-12-01", "2027-01-29", 0.5],
  ["P-02", "Zed", "2026-11-02", "2026-11-30", 1],
];

function grid(name: string, values: CellValue[][]): SheetGrid {
  return { name, top: 1, left: 1, values };
}

function source(projects: Row[] = PROJECTS, header = PROJECT_HEADER): WorkbookSource {
  const keep = header.map((h) => PROJECT_HEADER.indexOf(h));
  return {
    label: "figures.xlsx",
    date1904: false,
    sheets: [
      grid("Projects", [header, ...projects.map((r) => keep.map((k) => r[k]))]),
      grid("Resources", [["Resource", "Capacity"], ...RESOURCES]),
      grid("Assignments", [["Project ID", "Resource", "Start", "Finish", "Allocation"], ...ASSIGNMENTS]),
    ],
    tables: [],
  };
}

function summaryOf(src: WorkbookSource) {
  const outcome = checkSource(src, defaultRuleset(), { asOf: dayFromIso(AS_OF) });
  return reportSpecs(outcome, "figures.xlsx").find((s) => s.key === "summary")!;
}

const unique = PROJECTS.filter((r, i) => PROJECTS.findIndex((q) => q[0] === r[0]) === i);
const sum = (rows: Row[], k: number) => rows.reduce((n, r) => n + ((r[k] as number | null) ?? 0), 0);
const days = (a: string, b: string) => (Date.UTC(+b.slice(0, 4), +b.slice(5, 7) - 1, +b.slice(8, 10)) - Date.UTC(+a.slice(0, 4), +a.slice(5, 7) - 1, +a.slice(8, 10))) / 86_400_000;

describe("the summary's figures, computed from the source", () => {
  const s = summaryOf(source());

  it("counts each project ID once and says which IDs were on several rows", () => {
    expect(valueOf(s, "Projects")).toBe(6);
    expect(String(valueOf(s, "Projects", 2))).toContain("P-01");
  });

  it("totals budget, actual cost and forecast over the projects that have them, saying how many", () => {
    expect(valueOf(s, "Total budget")).toBe(sum(unique, 7));
    expect(valueOf(s, "Actual cost to date")).toBe(sum(unique, 8));
    expect(valueOf(s, "Actual cost to date", 2)).toBe("5 of 6 projects");
    expect(valueOf(s, "Forecast at completion")).toBe(sum(unique, 9));
    const both = unique.filter((r) => r[7] !== null && r[9] !== null);
    expect(valueOf(s, "Forecast variance (forecast at completion − budget)")).toBe(sum(both, 9) - sum(both, 7));
    expect(valueOf(s, "Forecast variance % (of those projects' budget)")).toBeCloseTo((sum(both, 9) - sum(both, 7)) / sum(both, 7), 12);
  });

  it("gives a portfolio CPI and SPI that are EV ÷ AC and EV ÷ PV of the sums shown", () => {
    // Only P-01 and P-02 are executing with BAC, PV (dates), EV (% complete) and AC.
    const pv = 100_000 * (days("2026-01-01", AS_OF) + 1) / (days("2026-01-01", "2026-12-31") + 1) + 200_000 * (days("2026-03-01", AS_OF) + 1) / (days("2026-03-01", "2027-02-28") + 1);
    const ev = 100_000 * 0.5 + 200_000 * 0.2;
    const ac = 60_000 + 50_000;
    expect(valueOf(s, "Planned value (PV)")).toBeCloseTo(pv, 6);
    expect(valueOf(s, "Earned value (EV)")).toBeCloseTo(ev, 6);
    expect(valueOf(s, "Actual cost of the earned work (AC)")).toBe(ac);
    expect(valueOf(s, "Portfolio CPI (EV ÷ AC)")).toBeCloseTo(ev / ac, 12);
    expect(valueOf(s, "Portfolio SPI (EV ÷ PV)")).toBeCloseTo(ev / pv, 12);
    expect(valueOf(s, "Portfolio CPI (EV ÷ AC)", 2)).toBe("2 of 4 executing projects; 2 left out for missing figures (see Earned Value)");
  });

  it("totals budget, forecast and actual cost by program", () => {
    const programs = block(s, "Budget by program").rows.map((r) => r.slice(0, 5));
    const of = (p: string) => unique.filter((r) => r[2] === p);
    expect(programs).toEqual(
      ["Digital", "Ops", "Finance"].map((p) => [p, of(p).length, sum(of(p), 7), sum(of(p), 9), sum(of(p), 8)]),
    );
  });

  it("counts projects by RAG status, telling a status word that is not a RAG from a blank", () => {
    const rag = Object.fromEntries(block(s, "Projects by RAG status").rows.map((r) => [r[0], r[1]]));
    expect(rag).toEqual({ Green: 2, Amber: 1, Red: 1, "Other status": 1, "Not reported": 1 });
    expect(rowOf(s, "Other status")?.[2]?.value).toBe("as typed: On watch (1)");
  });

  it("sets demand against the capacity of the listed people only, blanks at the default", () => {
    const capacity = 1 + 0.5 + 1 + 0.8;
    const demand = block(s, "Resource demand vs capacity").rows;
    expect(demand.map((r) => r.slice(0, 5))).toEqual([
      ["2026-11", 1.5, capacity, 1.5 / capacity, 1],
      ["2026-12", 2, capacity, 2 / capacity, 0],
      ["2027-01", 1.5, capacity, 1.5 / capacity, 0],
    ]);
    const notes = texts(s).join("\n");
    expect(notes).toContain("the 4 people of the resource list, 3.3 FTE in all");
    expect(notes).toContain("1 of them (Cy) has no capacity in the list and count at the ruleset's default of 1 FTE each");
    expect(notes).toContain("1 booked person is not in the resource list (Zed)");
  });
});

describe("a register without a forecast column", () => {
  const s = summaryOf(source(PROJECTS, PROJECT_HEADER.filter((h) => h !== "Forecast")));

  it("shows n/a for the forecast and its variance, never 0", () => {
    expect(valueOf(s, "Forecast at completion")).toBe("n/a");
    expect(valueOf(s, "Forecast variance (forecast at completion − budget)")).toBe("n/a");
    expect(valueOf(s, "Forecast variance % (of those projects' budget)")).toBe("n/a");
    expect(block(s, "Budget by program").rows.map((r) => r[3])).toEqual(["n/a", "n/a", "n/a"]);
  });

  it("leaves the empty forecast series out of the program chart", () => {
    const chart = s.charts!.find((c) => c.kind === "clusteredColumn")!;
    expect(chart.series.map((x) => x.name)).toEqual(["Budget", "Actual cost"]);
  });
});

describe("the Earned Value sheet of the same register", () => {
  const outcome = checkSource(source(), defaultRuleset(), { asOf: dayFromIso(AS_OF) });
  const specs = reportSpecs(outcome, "figures.xlsx");
  const ev = specs.find((x) => x.key === "earned-value")!;
  const summary = specs.find((x) => x.key === "summary")!;

  it("has a Portfolio row with the summary's PV, EV, AC, CPI and SPI", () => {
    const total = rowOf(ev, "Portfolio")!.slice(5, 10).map((c) => c?.value);
    expect(total).toEqual(["Planned value (PV)", "Earned value (EV)", "Actual cost of the earned work (AC)", "Portfolio CPI (EV ÷ AC)", "Portfolio SPI (EV ÷ PV)"].map((l) => valueOf(summary, l)));
  });

  it("lists the executing projects left out of the Portfolio row and what they lack", () => {
    expect(block(ev, "Left out of the Portfolio row").rows.map((r) => r.slice(0, 3))).toEqual([
      ["P-03", "Gamma", "no planned value (no start and finish dates, no time-phased plan)"],
      ["P-05", "Epsilon", "no actual cost"],
    ]);
  });
});
