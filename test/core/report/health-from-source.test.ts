/**
 * Health at a glance (issue 12 §2), figure by figure against values computed here from the source
 * rows: the headline, health by program, decisions needed with their links, checks run, the currency
 * of the source's budget column, Gate Status counts, Earned Value's TCPI and Resource Load's peak.
 */
import { describe, expect, it } from "vitest";
import { checkSource, reportSpecs } from "../../../src/core/pipeline";
import { dayFromIso } from "../../../src/core/model/dates";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import type { CellValue, SheetGrid, WorkbookSource } from "../../../src/workbook/grid";
import type { SheetSpec } from "../../../src/workbook/sheet-spec";
import { block, rowOf, texts } from "./spec-reading";

const AS_OF = "2026-11-25";
const EURO = '[$€-2] #,##0;-[$€-2] #,##0';
const STAGES = ["Idea", "Initiation", "Planning", "Execution", "Closing", "Closed"];
const GATES = ["G0", "G1", "G2", "G3", "G4"];

const HEADER = ["Project ID", "Project Name", "Program", "Stage", "Status", "Start Date", "Finish Date", "Budget", "Actual Cost", "Forecast", "% Complete"];
type Row = [string, string, string, string, string | null, string, string, number, number, number, number];
const PROJECTS: Row[] = [
  ["P-01", "Alpha", "Digital", "Execution", "Green", "2026-01-01", "2026-12-31", 100_000, 60_000, 104_000, 0.5],
  // Spent more than its budget with 20% done: TCPI is negative, forecast 30% over budget.
  ["P-02", "Beta", "Digital", "Execution", "Red", "2026-03-01", "2027-02-28", 200_000, 250_000, 260_000, 0.2],
  ["P-03", "Gamma", "Ops", "Execution", "Amber", "2026-02-01", "2027-03-31", 150_000, 40_000, 150_000, 0.3],
  ["P-04", "Delta", "Ops", "Planning", "Amber", "2026-06-01", "2027-06-30", 80_000, 5_000, 85_000, 0.05],
  ["P-05", "Eps", "Finance", "Closed", "Green", "2025-01-01", "2025-12-31", 70_000, 69_000, 69_000, 1],
];
const GATE_LOG: [string, string, string, string][] = [
  ["P-01", "G0", "Approved", "2025-11-01"],
  ["P-01", "G1", "Approved", "2025-12-01"],
  ["P-01", "G2", "Approved", "2026-01-05"],
  ["P-03", "G0", "Approved", "2026-01-10"],
  ["P-03", "G1", "Approved", "2026-01-20"],
  ["P-03", "G2", "Deferred", "2026-02-01"],
  ["P-04", "G0", "Approved", "2026-05-01"],
  ["P-04", "G1", "Rejected", "2026-05-20"],
];
const RESOURCES: [string, number][] = [["Ann", 1], ["Bob", 0.5]];
const ASSIGNMENTS: [string, string, string, string, number][] = [
  // Ann is double-booked in December (inside the next 3 months); Bob only in June 2027 (outside).
  ["P-01", "Ann", "2026-12-01", "2026-12-31", 0.8],
  ["P-03", "Ann", "2026-12-01", "2026-12-31", 0.7],
  ["P-03", "Bob", "2027-06-01", "2027-06-30", 1],
  ["P-04", "Zed", "2026-12-01", "2026-12-31", 0.5],
];

function grid(name: string, values: CellValue[][], formats?: (string | null)[][]): SheetGrid {
  return formats ? { name, top: 1, left: 1, values, formats } : { name, top: 1, left: 1, values };
}

function source(withGates = true): WorkbookSource {
  const budgetCol = HEADER.indexOf("Budget");
  const formats = [HEADER.map(() => null), ...PROJECTS.map((r) => r.map((_v, i) => (i === budgetCol ? EURO : null)))];
  const sheets = [
    grid("Projects", [HEADER, ...PROJECTS], formats),
    grid("Resources", [["Resource", "Capacity"], ...RESOURCES]),
    grid("Assignments", [["Project ID", "Resource", "Start", "Finish", "Allocation"], ...ASSIGNMENTS]),
  ];
  if (withGates) sheets.push(grid("Gates", [["Project ID", "Gate", "Decision", "Decision Date"], ...GATE_LOG]));
  return { label: "health.xlsx", date1904: false, sheets, tables: [] };
}

function specsOf(src: WorkbookSource) {
  const outcome = checkSource(src, defaultRuleset(), { asOf: dayFromIso(AS_OF) });
  const specs = reportSpecs(outcome, "health.xlsx");
  const sheet = (key: string): SheetSpec => specs.find((s) => s.key === key)!;
  return { outcome, specs, sheet };
}

describe("the summary's health at a glance, computed from the source", () => {
  const { outcome, sheet } = specsOf(source());
  const s = sheet("summary");

  it("leads with a headline: projects needing attention, errors, warnings, people over capacity soon", () => {
    const findings = outcome.result.findings;
    const attention = new Set(findings.filter((f) => f.severity !== "info" && f.projectId).map((f) => f.projectId)).size;
    const errors = findings.filter((f) => f.severity === "error").length;
    const warnings = findings.filter((f) => f.severity === "warning").length;
    // Ann: 0.8 + 0.7 = 1.5 FTE in December against 1.0; Bob's overload is in June 2027, past 3 months.
    expect(s.rows[6][0]?.value).toBe(`${attention} of 5 projects need attention: ${errors} errors, ${warnings} warnings; 1 person over capacity in the next 3 months`);
    expect(attention).toBeGreaterThan(0);
  });

  it("counts projects per RAG status per program", () => {
    const health = block(s, "Health by program").rows;
    const per = (program: string, rag: string) => PROJECTS.filter((r) => r[2] === program && r[4] === rag).length;
    const programs = ["Digital", "Ops", "Finance"];
    expect(health.map((r) => r[0]).sort()).toEqual([...programs].sort());
    for (const p of programs) {
      expect(health.find((r) => r[0] === p)!.slice(1, 5)).toEqual([per(p, "Green"), per(p, "Amber"), per(p, "Red"), 0]);
    }
  });

  it("draws the RAG distribution as one stacked bar in RAG colours, and health by program stacked", () => {
    const rag = s.charts!.find((c) => c.title === "RAG status of the portfolio")!;
    expect(rag).toMatchObject({ kind: "bar", stacked: true });
    expect(rag.series.map((x) => [x.name, x.color])).toEqual([["Green", "70AD47"], ["Amber", "FFC000"], ["Red", "C00000"]]);
    const byProgram = s.charts!.find((c) => c.title === "Health by program")!;
    expect(byProgram.stacked).toBe(true);
    expect(byProgram.series.map((x) => x.name)).toEqual(["Green", "Amber", "Red"]);
  });

  it("lists the decisions needed, each linked to its row in the source", () => {
    const d = block(s, "Decisions needed");
    expect(d.header).toEqual(["Project", "Decision", "What"]);
    // Rejected gates, then pending gates, then projects over tolerance (forecast > 10% over budget,
    // or CPI / SPI below 0.90).
    const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    const executing = (r: Row) => r[3] === "Execution" || r[3] === "Closing";
    const spi = (r: Row) => (r[7] * r[10]) / ((r[7] * Math.min(1, (days(r[5], AS_OF) + 1) / (days(r[5], r[6]) + 1))));
    const cpi = (r: Row) => (r[7] * r[10]) / r[8];
    const over = PROJECTS.filter((r) => (r[9] - r[7]) / r[7] > 0.1 || (executing(r) && (cpi(r) < 0.9 || spi(r) < 0.9))).map((r) => `${r[0]} ${r[1]}`);
    expect(over).toEqual(["P-01 Alpha", "P-02 Beta", "P-03 Gamma"]);
    expect(d.rows.map((r) => [r[0], r[1]])).toEqual([
      ["P-04 Delta", "Gate rejected"],
      ["P-03 Gamma", "Gate pending"],
      ...over.map((p) => [p, "Over tolerance"]),
    ]);
    expect(d.rows[0][2]).toBe("G1 Charter approval: Rejected");
    expect(d.rows[1][2]).toBe("G2 Plan approval: Deferred");
    expect(String(d.rows[3][2])).toContain("forecast 30.0% over budget");
    expect(String(d.rows[2][2])).toBe(`CPI ${cpi(PROJECTS[0]).toFixed(2)}; SPI ${spi(PROJECTS[0]).toFixed(2)}`);
    const start = s.rows.findIndex((r) => r[0]?.value === "Decisions needed");
    // Gate decisions link to their gate-log row (row 9 holds P-04's G1, row 7 P-03's G2), projects to their register row.
    expect(s.rows[start + 2][0]?.link).toMatchObject({ sheet: "Gates", row: 1 + GATE_LOG.findIndex((g) => g[0] === "P-04" && g[1] === "G1") + 1 });
    expect(s.rows[start + 3][0]?.link).toMatchObject({ sheet: "Gates", row: 1 + GATE_LOG.findIndex((g) => g[0] === "P-03" && g[1] === "G2") + 1 });
    expect(s.rows[start + 5][0]?.link).toMatchObject({ sheet: "Projects", row: 1 + PROJECTS.findIndex((r) => r[0] === "P-02") + 1 });
  });

  it("stacks findings by rule by severity, in the severity colours", () => {
    const chart = s.charts!.find((c) => c.title === "Findings by rule")!;
    expect(chart.stacked).toBe(true);
    const present = (["error", "warning", "info"] as const).filter((sev) => outcome.result.findings.some((f) => f.severity === sev));
    const names = { error: "Error", warning: "Warning", info: "Info" };
    const colors = { error: "C00000", warning: "FFC000", info: "5B9BD5" };
    expect(chart.series.map((x) => [x.name, x.color])).toEqual(present.map((p) => [names[p], colors[p]]));
  });

  it("shows amounts in the source's budget format, and says so", () => {
    const budget = rowOf(s, "Total budget")!;
    expect(budget[1]).toMatchObject({ value: PROJECTS.reduce((n, r) => n + r[7], 0), numberFormat: EURO });
    expect(s.rows[5][0]?.value).toContain(EURO);
    const programs = s.charts!.find((c) => c.kind === "clusteredColumn")!;
    expect(programs.valueFormat).toBe(EURO);
  });

  it("right-aligns the headers of number columns", () => {
    const start = s.rows.findIndex((r) => r[0]?.value === "Budget by program");
    expect(s.rows[start + 1].map((c) => c?.align)).toEqual([undefined, "right", "right", "right", "right"]);
  });

  it("tells which rules ran, which were skipped and why", () => {
    const checks = block(s, "Checks run");
    const findingsOf = (id: string) => outcome.result.findings.filter((f) => f.ruleId === id).length;
    for (const r of checks.rows) expect(r[3]).toBe(findingsOf(String(r[0])));
    const skipped = Object.keys(outcome.result.summary.skipped);
    expect(checks.rows.filter((r) => r[2] !== "Ran").map((r) => r[0]).sort()).toEqual([...skipped].sort());
    for (const id of skipped) expect(texts(s).some((t) => t.startsWith(id) && t.includes(outcome.result.summary.skipped[id]))).toBe(true);
  });

  it("opens on the summary, prints at a readable size with page breaks between blocks", () => {
    expect(s.active).toBe(true);
    expect(s.print?.fitToWidth).toBe(false);
    expect(s.print?.rowBreaks?.length).toBeGreaterThanOrEqual(3);
    for (const b of s.print!.rowBreaks!) expect(s.rows[b]?.length ?? 0).toBe(0);
    // The charts print after the tables (a column break before them), none across a page break.
    expect(s.print?.colBreaks).toEqual([6]);
    for (const c of s.charts!) for (const b of s.print!.rowBreaks!) expect(c.anchor.from.row < b && c.anchor.to.row > b, `${c.title} across row ${b}`).toBe(false);
  });
});

describe("Gate Status counts, computed from the gate log", () => {
  const { sheet } = specsOf(source());
  const g = sheet("gates");

  it("counts per gate how many projects passed, are pending, rejected, missing or not due", () => {
    const counts = block(g, "Projects per gate");
    expect(counts.header).toEqual(["Gate", "Passed", "Pending", "Rejected", "Missing", "Not due", "Decisions on record"]);
    GATES.forEach((gate, k) => {
      const tally = { passed: 0, pending: 0, rejected: 0, missing: 0, notDue: 0 };
      const decisions = new Map<string, number>();
      for (const p of PROJECTS) {
        const rec = GATE_LOG.filter((r) => r[0] === p[0] && r[1] === gate);
        const due = k < STAGES.indexOf(p[3]);
        if (rec.some((r) => r[2] === "Approved")) tally.passed++;
        else if (rec.some((r) => r[2] === "Rejected")) tally.rejected++;
        else if (rec.length) tally.pending++;
        else if (due) tally.missing++;
        else tally.notDue++;
        for (const r of rec) decisions.set(r[2], (decisions.get(r[2]) ?? 0) + 1);
      }
      const row = counts.rows[k];
      expect(row[0]).toMatch(new RegExp(`^${gate}\\b`));
      expect(row.slice(1, 6)).toEqual([tally.passed, tally.pending, tally.rejected, tally.missing, tally.notDue]);
      const words = [...decisions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([d, n]) => `${d} ${n}`).join(", ");
      expect(row[6]).toBe(words || "none");
    });
  });

  it("colours Missing apart from Rejected", () => {
    const rules = g.conditionalFormats![0].rules;
    const style = (t: string) => rules.find((r) => r.type === "textEquals" && r.text === t)!.style;
    expect(style("Rejected")).toBe("bad");
    expect(style("Missing")).not.toBe(style("Rejected"));
  });

  it("says Not checked, not Missing, when the gate rules could not run", () => {
    const without = specsOf(source(false)).sheet("gates");
    const cells = without.rows.slice(7).flat().map((c) => c?.value);
    expect(cells).not.toContain("Missing");
    expect(cells).toContain("Not checked");
    expect(String(without.rows[5][0]?.value)).toContain("The gate rules did not run");
  });
});

describe("Earned Value and Resource Load of the same source", () => {
  const { sheet } = specsOf(source());

  it("reads a negative TCPI as not achievable", () => {
    const ev = sheet("earned-value");
    const p02 = rowOf(ev, "P-02")!;
    // TCPI = (BAC − EV) ÷ (BAC − AC) = (200,000 − 40,000) ÷ (200,000 − 250,000) < 0.
    expect((200_000 - 200_000 * 0.2) / (200_000 - 250_000)).toBeLessThan(0);
    expect(p02[13]).toMatchObject({ value: "not achievable", style: "bad" });
    expect(rowOf(ev, "P-01")![13]?.value).toBeCloseTo((100_000 - 50_000) / (100_000 - 60_000), 12);
    expect(ev.rows[6].map((c) => c?.align)).toEqual([undefined, undefined, undefined, undefined, ...Array(10).fill("right"), undefined]);
  });

  it("never colours a blank cell: every cell under a numeric band holds a figure or n/a", () => {
    for (const spec of [sheet("earned-value"), sheet("summary")]) {
      for (const cf of spec.conditionalFormats ?? []) {
        if (!cf.rules.some((r) => r.type === "cellIs" && r.operator === "lessThan")) continue;
        const [a, b] = cf.ref.split(":");
        const col = a.charCodeAt(0) - 65;
        const top = Number(a.slice(1));
        const bottom = Number((b ?? a).slice(1));
        for (let r = top; r <= bottom; r++) expect(spec.rows[r - 1]?.[col]?.value ?? null, `${spec.key} ${cf.ref} row ${r}`).not.toBeNull();
      }
    }
  });

  it("marks people missing from the resource list and shows where each peak is", () => {
    const rl = sheet("resources");
    expect(rowOf(rl, "Zed")![1]).toMatchObject({ value: "No: capacity assumed", style: "warn" });
    expect(rowOf(rl, "Ann")!.slice(1, 5).map((c) => c?.value)).toEqual(["Yes", 1, 1.5, "2026-12"]);
    expect(rowOf(rl, "Bob")!.slice(3, 5).map((c) => c?.value)).toEqual([1 / 0.5, "2027-06"]);
  });
});
