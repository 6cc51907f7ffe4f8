/** Issue 11 §4: Milestone Status, Risk Heatmap, Strategic Alignment and the summary's block on them. */
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/core/report/index";
import type { SheetSpec } from "../../../src/workbook/sheet-spec";
import { milestone, objective, portfolio, project, risk } from "../../factories";
import { sampleInput } from "./fixtures";
import { at, block, valueOf } from "./spec-reading";
import type { Portfolio } from "../../../src/core/model/portfolio";
import { LIST_LIMIT } from "../../../src/core/report/milestones-sheet";

const projects = [
  project({ id: "P-001", name: "CRM", stage: "Execution", budget: 500_000, objective: "Grow revenue", strategicScore: 8 }),
  project({ id: "P-002", name: "ERP", stage: "Planning", budget: 300_000, objective: "OBJ-2", strategicScore: 9 }),
  project({ id: "P-003", name: "Wi-Fi", stage: "Execution", budget: 200_000, objective: "Last year's theme", strategicScore: 3 }),
  project({ id: "P-004", name: "Chatbot", stage: "Execution", budget: 100_000 }),
];

function full(): Portfolio {
  return portfolio({
    projects,
    milestones: [
      milestone({ projectId: "P-001", name: "Design", baseline: "2026-10-01", actual: "2026-10-06" }),
      milestone({ projectId: "P-001", name: "Go-live", baseline: "2026-12-01", forecast: "2026-12-21" }),
      milestone({ projectId: "P-002", name: "Plan", baseline: "2026-11-01", forecast: "2026-12-20" }),
      milestone({ projectId: "P-003", name: "Survey", baseline: "2026-11-10", forecast: "2026-11-10" }),
      milestone({ projectId: "P-004", name: "Pilot", forecast: "2027-02-10" }),
    ],
    risks: [
      risk({ id: "R1", projectId: "P-001", probability: 5, impact: 4, scale: 5, owner: "Ann", mitigation: "Plan B" }),
      risk({ id: "R2", projectId: "P-001", probability: 4, impact: 4, scale: 5, owner: "Ann" }),
      risk({ id: "R3", projectId: "P-002", probability: 1, impact: 2, scale: 5, owner: "Bo", mitigation: "Watch", reviewDate: "2026-11-01" }),
      risk({ id: "R4", projectId: "P-002", probability: 5, impact: 5, scale: 5, status: "Closed" }),
      risk({ id: "I1", projectId: "P-003", type: "Issue", impact: 4, scale: 5 }),
    ],
    objectives: [objective({ id: "OBJ-1", name: "Grow revenue", weight: 0.6, owner: "CEO" }), objective({ id: "OBJ-2", name: "Cut costs", weight: 0.4, owner: "CFO" })],
  });
}

const input = (p: Portfolio = full()) => sampleInput({ portfolio: p });
const sheet = (key: string, p?: Portfolio): SheetSpec => buildReport(input(p)).find((s) => s.key === key)!;

describe("the report on milestones, risks and objectives", () => {
  it("adds Milestone Status, Risk Heatmap and Strategic Alignment after the five sheets when the workbook has them", () => {
    expect(buildReport(input()).map((s) => s.name)).toEqual(["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value", "Milestone Status", "Risk Heatmap", "Strategic Alignment"]);
  });

  it("leaves each out when the workbook lacks it, and the summary says so", () => {
    const specs = buildReport(input(portfolio({ projects: [project({ id: "P-001" })] })));
    expect(specs.map((s) => s.key)).toEqual(["summary", "findings", "resources", "gates", "earned-value"]);
    const summary = specs[0];
    expect(block(summary, "Milestones, risks and strategic alignment").rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ["Milestones", "n/a", "the workbook has none, so there is no Milestone Status tab"],
      ["RAID log", "n/a", "the workbook has none, so there is no Risk Heatmap tab"],
      ["Strategic objectives", "n/a", "the workbook has none, so there is no Strategic Alignment tab"],
    ]);
  });
});

describe("Milestone Status", () => {
  it("ranks projects by their worst slip, coloured by the ruleset's bands", () => {
    const rows = block(sheet("milestones"), "Slip by project").rows;
    expect(rows.map((r) => [r[0], r[5]])).toEqual([["P-002", 49], ["P-001", 20], ["P-003", 0], ["P-004", null]]);
    const s = sheet("milestones");
    const first = s.rows.findIndex((r) => r[0]?.value === "P-002");
    expect(s.rows[first][5]?.style).toBe("bad");
    expect(s.rows[first + 1][5]?.style).toBe("warn");
    expect(s.rows[first + 2][5]?.style).toBe("good");
  });

  it("charts the worst slip of the projects that have one", () => {
    const [chart] = sheet("milestones").charts!;
    expect(chart).toMatchObject({ kind: "bar", categories: "A9:A11", series: [{ ref: "F9:F11" }] });
  });

  it("lists what falls due in the next 30, 60 and 90 days, soonest first, and not what is overdue", () => {
    const b = block(sheet("milestones"), "Due in the next 90 days");
    expect(b.rows.map((r) => [r[0], r[1], r[3], r[4]])).toEqual([["P-002", "Plan", 25, "Next 30 days"], ["P-001", "Go-live", 26, "Next 30 days"], ["P-004", "Pilot", 77, "Next 90 days"]]);
  });

  it("lists every milestone with baseline, forecast, actual, slip and state, linked to its row", () => {
    const s = sheet("milestones");
    const b = block(s, "All milestones");
    expect(b.header).toEqual(["Project", "Milestone", "Baseline", "Forecast", "Actual", "Slip (days)", "Status", "State"]);
    expect(b.rows.map((r) => [r[0], r[1], r[5], r[7]])).toEqual([["P-001", "Design", 5, "Achieved"], ["P-001", "Go-live", 20, "Due"], ["P-002", "Plan", 49, "Due"], ["P-003", "Survey", 0, "Overdue"], ["P-004", "Pilot", null, "Due"]]);
    const design = s.rows.flat().find((c) => c?.value === "Design" && c.link);
    expect(design?.link).toMatchObject({ sheet: "Milestones", row: 2 });
  });
});

describe("Milestone Status of a large log", () => {
  it("keeps what needs attention once the log is longer than the list limit, and says so", () => {
    const many = Array.from({ length: LIST_LIMIT }, (_x, i) => milestone({ projectId: "P-001", id: `M${i}`, name: `M${i}`, baseline: "2026-10-01", actual: "2026-10-02" }));
    const p = portfolio({ projects, milestones: [...many, milestone({ projectId: "P-002", name: "Late", baseline: "2026-10-01", actual: "2026-11-20" })] });
    const s = sheet("milestones", p);
    const b = block(s, "Milestones needing attention");
    expect(b.rows.map((r) => [r[0], r[1], r[5]])).toEqual([["P-002", "Late", 50]]);
    expect(s.rows.some((r) => typeof r[0]?.value === "string" && r[0].value.includes(`1 of ${(LIST_LIMIT + 1).toLocaleString("en-US")} milestones`))).toBe(true);
  });
});

describe("Risk Heatmap", () => {
  it("counts open risks in each probability × impact cell, the highest probability on top, coloured by level", () => {
    const s = sheet("risks");
    expect(at(s, "A7")?.value).toBe("Open risks by probability and impact (5 × 5): 3");
    expect(s.rows[8].slice(0, 6).map((c) => c?.value)).toEqual(["5", 0, 0, 0, 1, 0]);
    expect(s.rows[9].slice(0, 6).map((c) => c?.value)).toEqual(["4", 0, 0, 0, 1, 0]);
    expect(s.rows[12].slice(0, 6).map((c) => c?.value)).toEqual(["1", 0, 1, 0, 0, 0]);
    expect(at(s, "F9")?.style).toBe("bad");
    expect(at(s, "D11")?.style).toBe("warn");
    expect(at(s, "B13")?.style).toBe("good");
  });

  it("lists the top open risks by rating beside the matrix, linked to the RAID log", () => {
    const s = sheet("risks");
    expect(at(s, "I7")?.value).toMatch(/^Top open risks by rating/);
    expect([9, 10, 11].map((r) => [at(s, `J${r}`)?.value, at(s, `O${r}`)?.value, at(s, `P${r}`)?.value])).toEqual([["R1", 20, "High"], ["R2", 16, "High"], ["R3", 2, "Low"]]);
    expect(at(s, "J9")?.link).toMatchObject({ sheet: "Risks" });
  });

  it("puts a three-point log on a Low / Medium / High matrix", () => {
    const p = portfolio({ projects, risks: [risk({ id: "R1", probability: 3, impact: 2, scale: 3 })] });
    const s = sheet("risks", p);
    expect(at(s, "A7")?.value).toBe("Open risks by probability and impact (3 × 3): 1");
    expect(s.rows[7].slice(0, 4).map((c) => c?.value)).toEqual(["Probability ↓  Impact →", "Low", "Medium", "High"]);
    expect(s.rows[8].slice(0, 4).map((c) => [c?.value, c?.style])).toEqual([["High", "bold"], [0, "warn"], [1, "bad"], [0, "bad"]]);
  });

  it("counts open entries by type and level", () => {
    expect(block(sheet("risks"), "Open entries by type and level").rows).toEqual([["Risk", 3, 2, 0, 1, 0, 1], ["Issue", 1, 0, 0, 0, 1, 0]]);
  });
});

describe("Strategic Alignment", () => {
  it("totals budget and projects by objective, matched by name or ID, with unlisted and missing objectives apart", () => {
    const b = block(sheet("alignment"), "Budget and projects by objective");
    expect(b.rows.map((r) => [r[0], r[1], r[3]])).toEqual([["Grow revenue", 1, 500_000], ["Cut costs", 1, 300_000], ["Last year's theme (not listed)", 1, 200_000], ["No objective", 1, 100_000]]);
    expect(b.rows[0][4]).toBeCloseTo(500 / 1100);
    expect(sheet("alignment").charts!.map((c) => [c.title, c.categories, c.series[0].ref])).toEqual([["Budget by objective", "A9:A12", "D9:D12"], ["Projects by objective", "A9:A12", "B9:B12"]]);
  });

  it("lists the projects without a listed objective", () => {
    expect(block(sheet("alignment"), "Projects without a listed objective").rows.map((r) => [r[0], r[2]])).toEqual([["P-003 Wi-Fi", "Last year's theme (not in the list)"], ["P-004 Chatbot", "None named"]]);
  });

  it("ranks projects by strategic score with their budget and the cumulative share of budget", () => {
    const b = block(sheet("alignment"), "Projects ranked by strategic score");
    expect(b.header[0]).toBe("Project");
    expect(b.rows.map((r) => [r[0], r[1], r[3]])).toEqual([["P-002 ERP", 9, 300_000], ["P-001 CRM", 8, 500_000], ["P-003 Wi-Fi", 3, 200_000]]);
    expect(b.rows.map((r) => r[4])).toEqual([0.3, 0.8, 1]);
  });
});

describe("the Portfolio Summary", () => {
  it("gives milestone, risk and alignment figures", () => {
    const s = sheet("summary");
    expect(valueOf(s, "Milestones")).toBe(5);
    expect(valueOf(s, "Milestones slipped more than 30 days")).toBe(1);
    expect(valueOf(s, "Milestones slipped 15–30 days")).toBe(1);
    expect(valueOf(s, "Milestones overdue")).toBe(1);
    expect(valueOf(s, "Open risks")).toBe(3);
    expect(valueOf(s, "Open risks rated High")).toBe(2);
    expect(valueOf(s, "Open High risks without mitigation")).toBe(1);
    expect(valueOf(s, "Open issues")).toBe(1);
    expect(valueOf(s, "Open RAID entries past their review date")).toBe(1);
    expect(valueOf(s, "Projects without a listed objective")).toBe(2);
    expect(valueOf(s, "Budget of those projects")).toBe(300_000);
  });
});
