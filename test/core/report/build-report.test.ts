import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/core/report/index";
import { GENERATED_MARKER, type SheetSpec, type SpecCell } from "../../../src/workbook/sheet-spec";
import { visiblePeriods } from "../../../src/core/report/resource-sheet";
import { AS_OF, load, sampleInput, portfolio, project } from "./fixtures";

function at(spec: SheetSpec, ref: string): SpecCell | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return spec.rows[Number(m[2]) - 1]?.[col - 1] ?? null;
}

function column(spec: SheetSpec, range: string): (SpecCell | null)[] {
  const [a, b] = range.split(":");
  const col = /^[A-Z]+/.exec(a)![0];
  const top = Number(/\d+$/.exec(a)![0]);
  const bottom = Number(/\d+$/.exec(b)![0]);
  return Array.from({ length: bottom - top + 1 }, (_x, i) => at(spec, `${col}${top + i}`));
}

/** The value next to a label in column A (the summary's key-figure and count blocks). */
function valueOf(spec: SheetSpec, label: string): unknown {
  const row = spec.rows.find((r) => r[0]?.value === label);
  return row?.[1]?.value;
}

const sheet = (key: string, input = sampleInput()) => buildReport(input).find((s) => s.key === key)!;

describe("buildReport", () => {
  it("describes the five report sheets with valid, distinct names", () => {
    const specs = buildReport(sampleInput());
    expect(specs.map((s) => s.name)).toEqual(["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"]);
    for (const s of specs) expect(s.name.length).toBeLessThanOrEqual(31);
    expect(new Set(specs.map((s) => s.key)).size).toBe(5);
  });

  it("calls afterSheet once as each sheet is described", () => {
    let calls = 0;
    const specs = buildReport(sampleInput(), () => calls++);
    expect(calls).toBe(specs.length);
  });

  it("starts every sheet with title, as-of date, ruleset, fingerprint and the generated marker", () => {
    for (const s of buildReport(sampleInput())) {
      const firstSix = s.rows.slice(0, 6).flat();
      expect(firstSix.some((c) => typeof c?.value === "string" && c.value.startsWith(GENERATED_MARKER))).toBe(true);
      expect(at(s, "B2")).toMatchObject({ value: "2026-11-25", type: "date" });
      expect(at(s, "B3")?.value).toBe("PMO Rulebook default (version 1.0.0)");
      expect(String(at(s, "B4")?.value)).toContain("0123456789abcdef");
      // Landscape; fitted to the page width only where that keeps text at 8 pt or more.
      expect(s.print?.landscape).toBe(true);
    }
  });

  it("keeps user text that looks like a formula as text", () => {
    const specs = buildReport(sampleInput());
    const cells = specs.flatMap((s) => s.rows.flat()).filter((c): c is SpecCell => typeof c?.value === "string" && /^[=+\-@]/.test(c.value));
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) expect(c.type).toBe("text");
  });

  it("totals budget, actual and forecast, and the variance where both exist", () => {
    const s = sheet("summary");
    expect(valueOf(s, "Projects")).toBe(5);
    expect(valueOf(s, "Total budget")).toBe(1_590_000);
    expect(valueOf(s, "Actual cost to date")).toBe(1_068_000);
    expect(valueOf(s, "Forecast at completion")).toBe(1_818_000);
    expect(valueOf(s, "Forecast variance (forecast at completion − budget)")).toBe(228_000);
    expect(valueOf(s, "Forecast variance % (of those projects' budget)")).toBeCloseTo(228_000 / 1_590_000);
    expect(valueOf(s, "Portfolio CPI (EV ÷ AC)")).toBe(0.79);
  });

  it("counts projects by RAG status, with unreported ones apart", () => {
    const s = sheet("summary");
    expect([valueOf(s, "Green"), valueOf(s, "Amber"), valueOf(s, "Red"), valueOf(s, "Not reported")]).toEqual([2, 1, 1, 1]);
  });

  it("lists the projects needing attention, most errors first, with their RAG status", () => {
    const s = sheet("summary");
    const at0 = s.rows.findIndex((r) => String(r[0]?.value).startsWith("Projects needing attention"));
    const rows = s.rows.slice(at0 + 2, at0 + 5).map((r) => r.map((c) => c?.value));
    expect(rows).toEqual([
      ["P-003 Warehouse move", "Red", 1, 0],
      ['P-002 =HYPERLINK("http://evil","x")', "Amber", 0, 1],
      [],
    ]);
    expect(s.rows[at0 + 2][1]?.style).toBe("bad");
  });

  it("charts projects by stage over every lifecycle stage, in lifecycle order", () => {
    const s = sheet("summary");
    const chart = s.charts!.find((c) => c.title === "Projects by stage")!;
    expect(chart.kind).toBe("column");
    expect(column(s, chart.categories).map((c) => c?.value)).toEqual(["Idea", "Initiation", "Planning", "Execution", "Closing", "Closed"]);
    expect(column(s, chart.series[0].ref).map((c) => c?.value)).toEqual([1, 0, 1, 2, 0, 1]);
  });

  it("charts budget, forecast and actual by program, largest budget first", () => {
    const s = sheet("summary");
    const chart = s.charts!.find((c) => c.kind === "clusteredColumn")!;
    expect(column(s, chart.categories).map((c) => c?.value)).toEqual(["Operations", "Digital", "Facilities"]);
    expect(chart.series.map((x) => x.name)).toEqual(["Budget", "Forecast", "Actual cost"]);
    expect(column(s, chart.series[1].ref).map((c) => c?.value)).toEqual([950_000, 780_000, 88_000]);
  });

  it("charts findings by rule as bars and demand against capacity by month", () => {
    const s = sheet("summary");
    const bar = s.charts!.find((c) => c.title === "Findings by rule")!;
    expect(bar).toMatchObject({ kind: "bar", stacked: true });
    expect(column(s, bar.categories).map((c) => c?.value)).toHaveLength(4);
    const line = s.charts!.find((c) => c.kind === "line")!;
    expect(column(s, line.categories).map((c) => c?.value)).toEqual(["2026-02", "2026-03", "2026-04"]);
    expect(column(s, line.series[0].ref).map((c) => c?.value)).toEqual([0.5, 1.7, 1.5]);
    expect(column(s, line.series[1].ref).map((c) => c?.value)).toEqual([1.5, 1.5, 1.5]);
  });

  it("places the six charts without overlap", () => {
    const charts = sheet("summary").charts!;
    expect(charts).toHaveLength(6);
    for (const a of charts)
      for (const b of charts)
        if (a !== b) {
          const apart = a.anchor.to.col <= b.anchor.from.col || b.anchor.to.col <= a.anchor.from.col || a.anchor.to.row <= b.anchor.from.row || b.anchor.to.row <= a.anchor.from.row;
          expect(apart).toBe(true);
        }
  });

  it("omits charts that would have nothing to show", () => {
    const input = sampleInput();
    input.result = { ...input.result, findings: [], metrics: { ...input.result.metrics, resourceLoad: [] } };
    const kinds = sheet("summary", input).charts!.map((c) => c.kind);
    expect(kinds).toEqual(["bar", "bar", "column", "clusteredColumn"]);
  });
});

describe("Findings sheet", () => {
  it("lists errors first with a link to the offending cell", () => {
    const s = sheet("findings");
    expect(s.rows[6].map((c) => c?.value)).toEqual(["Severity", "Rule", "Project", "Project name", "Resource", "Period", "Cell", "Message"]);
    expect(column(s, "A8:A11").map((c) => c?.value)).toEqual(["Error", "Error", "Warning", "Info"]);
    expect(at(s, "G8")).toMatchObject({ value: "Gates!C4", link: { sheet: "Gates", cell: "C4" } });
    expect(at(s, "D10")?.value).toBe('=HYPERLINK("http://evil","x")');
  });

  it("is an Excel Table over exactly its rows, with a frozen header", () => {
    const s = sheet("findings");
    expect(s.tables).toEqual([{ name: "PMO_Findings", ref: "A7:H11", style: "TableStyleLight9" }]);
    expect(s.freeze).toEqual({ rows: 7, cols: 0 });
  });

  it("keeps one row saying so when there are no findings", () => {
    const input = sampleInput();
    input.result = { ...input.result, findings: [] };
    const s = sheet("findings", input);
    expect(s.tables![0].ref).toBe("A7:H8");
    expect(String(at(s, "H8")?.value)).toMatch(/No findings/);
  });
});

describe("Resource Load sheet", () => {
  it("shows peak load as a share of capacity per month, worst resource first", () => {
    const s = sheet("resources");
    expect(s.rows[6].map((c) => c?.value)).toEqual(["Resource", "In resource list", "Capacity (FTE)", "Peak load", "Peak in", "Over-allocated months", "2026-02", "2026-03", "2026-04"]);
    expect(s.rows[7].map((c) => c?.value)).toEqual(["Ann Lee", "Yes", 1, 1.5, "2026-03", 1, 0.5, 1.5, 1]);
    expect(s.rows[8].map((c) => c?.value)).toEqual(["Bob Ray", "Yes", 0.5, 1, "2026-04", 0, null, 0.4, 1]);
  });

  it("colours over, at and under capacity, leaving empty periods uncoloured", () => {
    const cf = sheet("resources").conditionalFormats!.find((c) => c.ref === "G8:I9")!;
    expect(cf.rules.map((r) => r.style)).toEqual(["bad", "good", "info"]);
    const under = cf.rules[2];
    expect(under.type === "cellIs" && under.values[0]).toBeGreaterThan(0);
  });
});

describe("the periods the Resource Load sheet shows", () => {
  const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_x, i) => `${2025 + Math.floor((from + i) / 12)}-${String(((from + i) % 12) + 1).padStart(2, "0")}`);

  it("keeps the recent past and the year ahead of the as-of date", () => {
    const shown = visiblePeriods(months(0, 47), AS_OF, "month");
    expect(shown[0]).toBe("2026-08");
    expect(shown[shown.length - 1]).toBe("2027-11");
  });

  it("shows every period of a plan that lies wholly outside that window", () => {
    expect(visiblePeriods(["2014-01", "2014-02"], AS_OF, "month")).toEqual(["2014-01", "2014-02"]);
  });

  it("says on the sheet which periods it shows, with peaks over the whole plan", () => {
    const input = sampleInput();
    input.result.metrics.resourceLoad = [load("Ann Lee", 1, { ...Object.fromEntries(months(0, 47).map((m) => [m, 0.5])), "2025-03": 2 })];
    const s = sheet("resources", input);
    expect(s.rows[6]).toHaveLength(6 + 16);
    // Peak and the over-allocated count still cover the whole plan, not only the columns shown,
    // and a peak outside the columns shown says so.
    expect(s.rows[7].slice(0, 6).map((c) => c?.value)).toEqual(["Ann Lee", "Yes", 1, 2, "2025-03 (not shown)", 1]);
    expect(String(s.rows[5][0]?.value)).toContain("Showing 2026-08 to 2027-11");
  });
});

describe("Gate Status sheet", () => {
  it("shows each project's standing at each gate", () => {
    const s = sheet("gates");
    expect(s.rows[6].map((c) => c?.value)).toEqual(["Project", "Name", "Stage", "G0 Idea screening", "G1 Charter approval"]);
    expect(s.rows[8].map((c) => c?.value)).toEqual(["P-003", "Warehouse move", "Execution", "Passed", "Missing"]);
    expect(at(s, "D8")?.link).toEqual({ sheet: "Gates", cell: "C2", row: 2 });
  });
});

describe("Earned Value sheet", () => {
  it("lists PV, EV, AC, CPI, SPI, EAC, ETC, VAC and TCPI per project and a portfolio row", () => {
    const s = sheet("earned-value");
    expect(s.rows[7].slice(4, 14).map((c) => c?.value)).toEqual([500_000, 250_000, 240_000, 260_000, 0.923, 0.96, 541_667, 281_667, -41_667, 1.04]);
    const total = s.rows.find((r) => r[0]?.value === "Portfolio")!;
    expect(total.slice(4, 10).map((c) => c?.value)).toEqual([1_300_000, 850_000, 760_000, 960_000, 0.79, 0.89]);
  });

  it("bands CPI with the ruleset's thresholds and shows n/a instead of an empty index", () => {
    const input = sampleInput();
    input.ruleset = { ...input.ruleset, thresholds: { ...input.ruleset.thresholds, cpiError: 0.8, cpiWarning: 0.9 } };
    input.result.metrics.earnedValue[0] = { ...input.result.metrics.earnedValue[0], cpi: undefined };
    const s = sheet("earned-value", input);
    expect(at(s, "I8")).toMatchObject({ value: "n/a", type: "text" });
    const cf = s.conditionalFormats!.find((c) => c.ref === "I8:I9")!;
    expect(cf.rules).toEqual([
      { type: "textEquals", text: "n/a", style: "neutral" },
      { type: "cellIs", operator: "lessThan", values: [0.8], style: "bad" },
      { type: "cellIs", operator: "lessThan", values: [0.9], style: "warn" },
      { type: "cellIs", operator: "greaterThanOrEqual", values: [0.9], style: "good" },
    ]);
  });
});

describe("an empty portfolio", () => {
  it("still gives five readable sheets", () => {
    const input = sampleInput({ portfolio: portfolio([]) });
    input.result = { ...input.result, findings: [], metrics: { earnedValue: [], portfolioEv: { pv: 0, ev: 0, ac: 0, bac: 0, projects: [], excluded: [] }, resourceLoad: [], gateMatrix: { gates: [], rows: [] }, eacFormula: "EAC = BAC / CPI" } };
    const specs = buildReport(input);
    expect(specs).toHaveLength(5);
    expect(valueOf(specs[0], "Projects")).toBe(0);
    expect(specs[0].charts!.map((c) => c.title)).toEqual(["Projects by stage"]);
  });

  it("groups projects without a stage or program under a label of their own", () => {
    const input = sampleInput({ portfolio: portfolio([project({ id: "X" })]) });
    const s = buildReport(input)[0];
    expect(s.rows.some((r) => r[0]?.value === "(no stage)" && r[1]?.value === 1)).toBe(true);
    expect(s.rows.some((r) => r[0]?.value === "(no program)")).toBe(true);
  });
});
