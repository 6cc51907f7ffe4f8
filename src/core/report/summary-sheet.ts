/**
 * Portfolio Summary: the tab a steering committee reads. Key figures, findings by severity, RAG,
 * stage, program, rule and resource demand tables on the left; four native charts over those tables
 * on the right.
 */
import type { ChartSpec, ConditionalRule, SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import type { Thresholds } from "../ruleset/types";
import { colRange, header, num, ratio, text, NOT_AVAILABLE } from "./cells";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";
import { ATTENTION_LIMIT, summaryFigures } from "./summary-figures";

/** Charts show at most this many categories; the tables beside them list everything. */
const CHART_MAX_CATEGORIES = 15;
const CHART_LEFT = 6;
const CHART_WIDTH = 7;
const CHART_HEIGHT = 18;

type Row = (SpecCell | null)[];

/** CPI/SPI bands of the ruleset: red below the error threshold, amber below the warning one. */
export function indexBands(error: number, warning: number): ConditionalRule[] {
  return [
    { type: "textEquals", text: NOT_AVAILABLE, style: "neutral" },
    { type: "cellIs", operator: "lessThan", values: [error], style: "bad" },
    { type: "cellIs", operator: "lessThan", values: [warning], style: "warn" },
    { type: "cellIs", operator: "greaterThanOrEqual", values: [warning], style: "good" },
  ];
}

class Layout {
  rows: Row[] = [];
  /** Appends a titled block; returns the 1-based rows of its first and last data row. */
  block(title: string, labels: string[], data: Row[], empty: string): { first: number; last: number } {
    if (this.rows.length >= FIRST_CONTENT_ROW) this.rows.push([]);
    this.rows.push([text(title, "subtitle")], header(labels));
    const first = this.rows.length + 1;
    this.rows.push(...(data.length ? data : [[text(empty, "note")]]));
    return { first, last: first + Math.max(data.length, 1) - 1 };
  }
}

function chartAt(slot: number, chart: Omit<ChartSpec, "anchor">): ChartSpec {
  const left = CHART_LEFT + (slot % 2) * CHART_WIDTH;
  const top = FIRST_CONTENT_ROW - 1 + Math.floor(slot / 2) * (CHART_HEIGHT + 1);
  return { ...chart, anchor: { from: { col: left, row: top }, to: { col: left + CHART_WIDTH, row: top + CHART_HEIGHT } } };
}

export function summarySheet(input: ReportInput): SheetSpec {
  const f = summaryFigures(input.portfolio, input.ruleset, input.result);
  const ev = input.result.metrics.portfolioEv;
  const s = input.result.summary;
  const t: Thresholds = input.ruleset.thresholds;
  const layout = new Layout();
  layout.rows.push(...headerRows("Portfolio Summary", input, "Figures come from the source sheets as of the date above; the other PMO tabs hold the detail."));
  const key = layout.block("Key figures", ["Measure", "Value"], [
    [text("Projects"), num(f.projects, "integer")],
    [text("Total budget"), num(f.totals.budget, "currency")],
    [text("Actual cost to date"), num(f.totals.actual, "currency")],
    [text("Forecast at completion"), num(f.totals.forecast, "currency")],
    [text("Forecast variance (forecast − budget)"), num(f.totals.variance, "currency")],
    [text("Forecast variance %"), num(f.totals.variancePct, "percent1")],
    [text("Portfolio CPI (EV / AC)"), ratio(ev.cpi)],
    [text("Portfolio SPI (EV / PV)"), ratio(ev.spi)],
    [text("Planned value (PV)"), num(ev.pv, "currency")],
    [text("Earned value (EV)"), num(ev.ev, "currency")],
    [text("Actual cost of earned work (AC)"), num(ev.ac, "currency")],
  ], "");
  const sev = layout.block("Findings by severity", ["Severity", "Findings"], [
    [text("Error"), num(s.error, "integer")],
    [text("Warning"), num(s.warning, "integer")],
    [text("Info"), num(s.info, "integer")],
    [text("Total", "bold"), num(s.total, "integer")],
    [text("Projects with findings"), num(s.projects, "integer")],
  ], "");
  const ragStyle = { Green: "good", Amber: "warn", Red: "bad", "Not reported": "neutral" } as const;
  const statusStyle = (status?: string) => (status === "Green" || status === "Amber" || status === "Red" ? ragStyle[status] : undefined);
  layout.block(`Projects needing attention (top ${ATTENTION_LIMIT} by errors, then warnings)`, ["Project", "Status", "Errors", "Warnings"],
    f.attention.map((a) => [text(a.name ? `${a.projectId} ${a.name}` : a.projectId), text(a.status, statusStyle(a.status)), num(a.error, "integer"), num(a.warning, "integer")]), "No project has errors or warnings.");
  layout.block("Projects by RAG status", ["Status", "Projects"], f.byRag.map((r) => [text(r.status, ragStyle[r.status]), num(r.count, "integer")]), "");
  const stages = layout.block("Projects by stage", ["Stage", "Projects"], f.byStage.map((r) => [text(r.stage), num(r.count, "integer")]), "No projects found.");
  const programs = layout.block("Budget by program", ["Program", "Projects", "Budget", "Forecast", "Actual cost"],
    f.byProgram.map((p) => [text(p.program), num(p.projects, "integer"), num(p.budget, "currency"), num(p.forecast, "currency"), num(p.actual, "currency")]), "No projects found.");
  const rules = layout.block("Findings by rule", ["Rule", "Error", "Warning", "Info", "Total"],
    f.byRule.map((r) => [text(r.ruleId), num(r.error, "integer"), num(r.warning, "integer"), num(r.info, "integer"), num(r.total, "integer")]), "No findings: the portfolio passes every enabled rule.");
  const unit = input.result.period === "week" ? "Week" : "Month";
  const demand = layout.block("Resource demand vs capacity", [unit, "Demand (FTE)", "Capacity (FTE)", "Load"],
    f.demand.map((d) => [text(d.period), num(d.demand, "decimal2"), num(d.capacity, "decimal2"), num(d.capacity > 0 ? d.demand / d.capacity : undefined, "percent")]), "No resource assignments found.");

  const cap = (r: { first: number; last: number }) => Math.min(r.last, r.first + CHART_MAX_CATEGORIES - 1);
  const charts: ChartSpec[] = [];
  const add = (chart: Omit<ChartSpec, "anchor">) => charts.push(chartAt(charts.length, chart));
  if (f.byStage.length) {
    // Lifecycle stages come first, so a cut only drops the rarest unrecognised stage names.
    const title = f.byStage.length > CHART_MAX_CATEGORIES ? `Projects by stage: first ${CHART_MAX_CATEGORIES}` : "Projects by stage";
    add({ kind: "column", title, categories: colRange(1, stages.first, cap(stages)), series: [{ name: "Projects", ref: colRange(2, stages.first, cap(stages)), color: "1F4E79" }], valueFormat: "0" });
  }
  if (f.byProgram.length) {
    const last = cap(programs);
    add({ kind: "clusteredColumn", title: f.byProgram.length > CHART_MAX_CATEGORIES ? `Budget, forecast and actual: top ${CHART_MAX_CATEGORIES} programs` : "Budget, forecast and actual by program",
      categories: colRange(1, programs.first, last), valueFormat: "#,##0",
      series: [{ name: "Budget", ref: colRange(3, programs.first, last), color: "1F4E79" }, { name: "Forecast", ref: colRange(4, programs.first, last), color: "ED7D31" }, { name: "Actual cost", ref: colRange(5, programs.first, last), color: "A5A5A5" }] });
  }
  if (f.byRule.length) add({ kind: "bar", title: f.byRule.length > CHART_MAX_CATEGORIES ? `Findings by rule: top ${CHART_MAX_CATEGORIES}` : "Findings by rule", categories: colRange(1, rules.first, cap(rules)), series: [{ name: "Findings", ref: colRange(5, rules.first, cap(rules)), color: "C00000" }], valueFormat: "0" });
  if (f.demand.length) add({ kind: "line", title: "Resource demand vs capacity (FTE)", categories: colRange(1, demand.first, demand.last), valueFormat: "0.0",
    series: [{ name: "Peak demand", ref: colRange(2, demand.first, demand.last), color: "ED7D31" }, { name: "Capacity", ref: colRange(3, demand.first, demand.last), color: "1F4E79" }] });

  return {
    key: "summary",
    name: "Portfolio Summary",
    tabColor: "1F4E79",
    columns: [{ width: 38 }, { width: 15 }, { width: 15 }, { width: 15 }, { width: 15 }, { width: 3 }, ...Array.from({ length: 2 * CHART_WIDTH }, () => ({ width: 10 }))],
    rows: layout.rows,
    conditionalFormats: [
      { ref: `B${key.first + 6}`, rules: indexBands(t.cpiError, t.cpiWarning) },
      { ref: `B${key.first + 7}`, rules: indexBands(t.spiError, t.spiWarning) },
      { ref: `B${key.first + 5}`, rules: [{ type: "cellIs", operator: "greaterThan", values: [t.forecastVarianceError], style: "bad" }, { type: "cellIs", operator: "greaterThan", values: [t.forecastVarianceWarning], style: "warn" }] },
      { ref: `B${sev.first}`, rules: [{ type: "cellIs", operator: "greaterThan", values: [0], style: "bad" }] },
      { ref: `B${sev.first + 1}`, rules: [{ type: "cellIs", operator: "greaterThan", values: [0], style: "warn" }] },
      { ref: colRange(4, demand.first, demand.last), rules: [{ type: "cellIs", operator: "greaterThan", values: [1], style: "bad" }] },
    ],
    charts,
    gridlines: false,
    print: { landscape: true, fitToWidth: true },
  };
}
