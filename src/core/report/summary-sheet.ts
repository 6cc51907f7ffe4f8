/**
 * Portfolio Summary: the tab a steering committee reads. Key figures, findings by severity, RAG,
 * stage, program, rule and resource demand tables on the left; four native charts over those tables
 * on the right.
 */
import type { ChartSpec, ConditionalRule, SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import type { Thresholds } from "../ruleset/types";
import { colRange, header, num, numericFrom, printSetup, ratio, text, NOT_AVAILABLE } from "./cells";
import type { PortfolioCapacity } from "../metrics/capacity";
import type { PortfolioEarnedValue } from "../metrics/types";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";
import { ATTENTION_LIMIT, RAG_CATEGORIES, summaryFigures, type ProgramFigures, type Total } from "./summary-figures";
import { checksRun, decisionsNeeded, headlineFigures, headlineText } from "./summary-health";
import { uniqueProjects } from "../metrics/unique-projects";
import { strategySummaryBlocks } from "./strategy-summary";
import { appendAll } from "../arrays";
import { diffSnapshots, findingKey, keyParts, type Snapshot } from "../history/snapshot";

/** Charts show at most this many categories; the tables beside them list everything. */
const CHART_MAX_CATEGORIES = 15;
const CHART_LEFT = 6;
const CHART_WIDTH = 7;
const CHART_HEIGHT = 13;
/** Rows a landscape page holds for certain (Letter or A4, with margins, header and footer, as LibreOffice prints them). */
const PAGE_ROWS = 30;

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

/** Runs the trend tables and charts cover. */
export const TREND_RUNS = 12;
/** New and fixed findings listed; the rest are counted (the Findings sheet lists every current one). */
export const CHANGES_LIMIT = 15;

/** Decisions listed on the summary; the rest are counted, with where to find them. */
export const DECISIONS_LIMIT = 15;

/** Series colours of the RAG categories and of the severities, in charts. */
export const RAG_COLORS = { Green: "70AD47", Amber: "FFC000", Red: "C00000", Other: "5B9BD5", "Not reported": "A5A5A5" } as const;
export const SEVERITY_COLORS = { error: "C00000", warning: "FFC000", info: "5B9BD5" } as const;

const RAG_STYLE = { Green: "good", Amber: "warn", Red: "bad", Other: "info", "Not reported": "neutral" } as const;

class Layout {
  rows: Row[] = [];
  /** Rows after which a printed page ends (between groups of blocks). */
  breaks: number[] = [];
  pageBreak(): void {
    if (this.rows.length > FIRST_CONTENT_ROW && this.breaks[this.breaks.length - 1] !== this.rows.length) this.breaks.push(this.rows.length);
  }
  /** Rows printed on the current page so far (since the last break). */
  private onPage(): number {
    return this.rows.length - (this.breaks[this.breaks.length - 1] ?? 0);
  }
  /**
   * Appends a titled block; returns the 1-based rows of its header and of its first and last data row.
   * Headers of the columns from `numericFrom` on (0-based) are right-aligned over their numbers.
   */
  block(title: string, labels: string[], data: Row[], empty: string, numbersFrom = 1): { head: number; first: number; last: number } {
    // A block that would run over the page starts a new one (a longer block than a page still runs over).
    if (this.rows.length >= FIRST_CONTENT_ROW && this.onPage() + 3 + Math.max(data.length, 1) > PAGE_ROWS) this.pageBreak();
    if (this.rows.length >= FIRST_CONTENT_ROW) this.rows.push([]);
    this.rows.push([text(title, "subtitle")], header(labels, numericFrom(numbersFrom)));
    const head = this.rows.length;
    const first = this.rows.length + 1;
    appendAll(this.rows, data.length ? data : [[text(empty, "note")]]);
    return { head, first, last: first + Math.max(data.length, 1) - 1 };
  }
}

/** An amount in the source's currency format (when it has one), or "n/a" when no project has the figure (never 0). */
export function amountCell(value: number | undefined, currencyFormat?: string): SpecCell {
  if (value === undefined || !Number.isFinite(value)) return na();
  const cell = num(value, "currency");
  return currencyFormat ? { ...cell, numberFormat: currencyFormat } : cell;
}

function na(): SpecCell {
  return { value: NOT_AVAILABLE, type: "text", style: "neutral" };
}

/** How capacity was counted: listed people only, blanks at the default, unlisted people apart. */
export function capacityNotes(c: PortfolioCapacity): string[] {
  const fte = (x: number) => `${Number(x.toFixed(2))} FTE`;
  if (c.capacity === undefined) return ["Capacity: the workbook has no resource list, so capacity and load are n/a; demand is shown under Not in resource list."];
  const notes = [`Capacity: the ${c.listed} people of the resource list, ${fte(c.capacity)} in all.`];
  if (c.defaulted.length) notes.push(`${c.defaulted.length} of them (${someNames(c.defaulted)}) ${c.defaulted.length === 1 ? "has" : "have"} no capacity in the list and count at the ruleset's default of ${fte(c.defaultCapacity)} each.`);
  if (c.unlisted.length) notes.push(`${c.unlisted.length} booked ${c.unlisted.length === 1 ? "person is" : "people are"} not in the resource list (${someNames(c.unlisted)}): their demand is shown apart, with no capacity assumed.`);
  return notes;
}

/**
 * Zero-based top rows of the first `count` rows of charts (two charts a row), placed so that no
 * chart straddles a printed page: the charts print on pages of their own (a column break before
 * them) that share the tables' page breaks (`breaks`: 1-based rows that end a page), so each chart
 * row sits inside one band between breaks, two a page.
 */
export function chartTops(count: number, breaks: readonly number[]): number[] {
  const tops: number[] = [];
  const starts = [0, ...breaks];
  for (let i = 0; tops.length < count; i++) {
    // Bands between breaks; past the last one, pages of PAGE_ROWS empty rows.
    const start = i < starts.length ? starts[i] : starts[starts.length - 1] + (i - starts.length + 1) * PAGE_ROWS;
    const next = i + 1 < starts.length ? starts[i + 1] : start + PAGE_ROWS;
    // Only the band's first page is certain: a longer band breaks again where the printer decides.
    const end = Math.min(next, start + PAGE_ROWS) - 1;
    for (let top = i === 0 ? FIRST_CONTENT_ROW - 1 : start; top + CHART_HEIGHT - 1 <= end && tops.length < count; top += CHART_HEIGHT + 1) tops.push(top);
  }
  return tops;
}

function placeCharts(charts: Omit<ChartSpec, "anchor">[], breaks: readonly number[]): ChartSpec[] {
  const tops = chartTops(Math.ceil(charts.length / 2), breaks);
  return charts.map((chart, slot) => {
    const left = CHART_LEFT + (slot % 2) * CHART_WIDTH;
    const top = tops[Math.floor(slot / 2)];
    return { ...chart, anchor: { from: { col: left, row: top }, to: { col: left + CHART_WIDTH, row: top + CHART_HEIGHT } } };
  });
}

/** "29 of 30 projects" for a total's basis. */
export function coverage(t: Total, noun = "projects"): string {
  return t.count === t.of ? `all ${t.of} ${noun}` : `${t.count} of ${t.of} ${noun}`;
}

/** Names of people for a note, the first few then "and N more". */
export function someNames(names: readonly string[], limit = 3): string {
  const shown = names.slice(0, limit).join(", ");
  return names.length > limit ? `${shown} and ${names.length - limit} more` : shown;
}

function evBasis(ev: PortfolioEarnedValue): string {
  const of = ev.projects.length + ev.excluded.length;
  if (of === 0) return "no project in an executing stage";
  const left = ev.excluded.length ? `; ${ev.excluded.length} left out for missing figures (see Earned Value)` : "";
  return `${ev.projects.length} of ${of} executing projects${left}`;
}

export function summarySheet(input: ReportInput): SheetSpec {
  const f = summaryFigures(input.portfolio, input.ruleset, input.result);
  const ev = input.result.metrics.portfolioEv;
  const s = input.result.summary;
  const t: Thresholds = input.ruleset.thresholds;
  const money = input.currencyFormat;
  const amount = (v: number | undefined) => amountCell(v, money);
  const unique = uniqueProjects(input.portfolio.projects).projects;
  const layout = new Layout();
  const legend = `Figures come from the source sheets as of the date above; n/a: no project has the figure.${money ? ` Amounts in the source's budget format (${money}).` : ""} The other PMO tabs hold the detail.`;
  appendAll(layout.rows, headerRows("Portfolio Summary", input, legend));
  const headline = headlineFigures(unique, input.result, input.asOf);
  layout.rows.push([text(headlineText(headline), "subtitle")]);
  if (headline.overCapacity.length) layout.rows.push([text(`Over capacity: ${someNames(headline.overCapacity, 6)} (see Resource Load).`, "note")]);

  // What a steering committee has to decide, each with a link to its row in the source.
  const decisions = decisionsNeeded(unique, input.result, input.ruleset);
  const shown = decisions.slice(0, DECISIONS_LIMIT);
  const decisionStyle = { "Gate rejected": "bad", "Gate pending": "warn", "Over tolerance": "bad" } as const;
  layout.block("Decisions needed", ["Project", "Decision", "What"], shown.map((d) => [
    text(d.name ? `${d.projectId} ${d.name}` : d.projectId, d.location ? "link" : undefined, d.location),
    text(d.kind, decisionStyle[d.kind]),
    text(d.detail),
  ]), "No gate is pending or rejected and no project is over tolerance.", 3);
  if (decisions.length > shown.length) layout.rows.push([text(`${decisions.length - shown.length} more: see Gate Status and Earned Value.`, "note")]);
  layout.rows.push([text(`Over tolerance: forecast more than ${Math.round(t.forecastVarianceError * 100)}% over budget, or CPI below ${t.cpiError} or SPI below ${t.spiError} (ruleset thresholds). Click a project to go to its row.`, "note")]);

  const rows = f.duplicates.reduce((n, d) => n + d.rows.length, f.projects);
  const projectsBasis = f.duplicates.length ? `${rows} rows; ${someNames(f.duplicates.map((d) => d.projectId))} on several rows, counted once` : "";
  const { budget, actual, forecast, variance } = f.totals;
  const key = layout.block("Key figures", ["Measure", "Value", "Basis"], [
    [text("Projects"), num(f.projects, "integer"), text(projectsBasis, "note")],
    [text("Total budget"), amount(budget.value), text(coverage(budget), "note")],
    [text("Actual cost to date"), amount(actual.value), text(coverage(actual), "note")],
    [text("Forecast at completion"), amount(forecast.value), text(coverage(forecast), "note")],
    [text("Forecast variance (forecast at completion − budget)"), amount(variance.value), text(variance.count ? `over the ${variance.count} projects with both` : "no project has both", "note")],
    [text("Forecast variance % (of those projects' budget)"), f.totals.variancePct === undefined ? na() : num(f.totals.variancePct, "percent1"), text("")],
    [text("Portfolio CPI (EV ÷ AC)"), ratio(ev.cpi), text(evBasis(ev), "note")],
    [text("Portfolio SPI (EV ÷ PV)"), ratio(ev.spi), text(evBasis(ev), "note")],
    [text("Planned value (PV)"), amount(ev.projects.length ? ev.pv : undefined), text("")],
    [text("Earned value (EV)"), amount(ev.projects.length ? ev.ev : undefined), text("")],
    [text("Actual cost of the earned work (AC)"), amount(ev.projects.length ? ev.ac : undefined), text("")],
  ], "", 1);
  // Only the Value column holds numbers here.
  layout.rows[key.head - 1] = header(["Measure", "Value", "Basis"], (i) => i === 1);
  const sev = layout.block("Findings by severity", ["Severity", "Findings"], [
    [text("Error"), num(s.error, "integer")],
    [text("Warning"), num(s.warning, "integer")],
    [text("Info"), num(s.info, "integer")],
    [text("Total", "bold"), num(s.total, "integer")],
    [text("Projects with findings"), num(s.projects, "integer")],
  ], "");
  const ragStyle = RAG_STYLE;
  const statusLabel = (r: keyof typeof RAG_STYLE) => (r === "Other" ? "Other status" : r);
  const statusStyle = (status?: string) => (status === "Green" || status === "Amber" || status === "Red" ? ragStyle[status] : undefined);
  layout.block(`Projects needing attention (top ${ATTENTION_LIMIT} by errors, then warnings)`, ["Project", "Status", "Errors", "Warnings"],
    f.attention.map((a) => [text(a.name ? `${a.projectId} ${a.name}` : a.projectId), text(a.status, statusStyle(a.status)), num(a.error, "integer"), num(a.warning, "integer")]), "No project has errors or warnings.", 2);

  layout.pageBreak();
  for (const b of strategySummaryBlocks(input)) layout.block(b.title, b.labels, b.data, b.empty);
  const otherNote = f.otherStatuses.length ? `as typed: ${f.otherStatuses.map((o) => `${o.text} (${o.count})`).join(", ")}` : "";
  const rag = layout.block("Projects by RAG status", ["Status", "Projects"], f.byRag.map((r) => [text(r.status === "Other" ? "Other status" : r.status, ragStyle[r.status]), num(r.count, "integer"), ...(r.status === "Other" && otherNote ? [text(otherNote, "note")] : [])]), "");
  const health = layout.block("Health by program (projects per RAG status)", ["Program", "Green", "Amber", "Red", "No RAG"],
    f.byProgram.map((p) => [text(p.program), num(p.rag.Green, "integer"), num(p.rag.Amber, "integer"), num(p.rag.Red, "integer"), num(p.rag.Other + p.rag["Not reported"], "integer")]), "No projects found.");
  const stages = layout.block("Projects by stage", ["Stage", "Projects"], f.byStage.map((r) => [text(r.stage), num(r.count, "integer")]), "No projects found.");
  const programs = layout.block("Budget by program", ["Program", "Projects", "Budget", "Forecast", "Actual cost"],
    f.byProgram.map((p) => [text(p.program), num(p.projects, "integer"), amount(p.budget.value), amount(p.forecast.value), amount(p.actual.value)]), "No projects found.");

  layout.pageBreak();
  const rules = layout.block("Findings by rule", ["Rule", "Error", "Warning", "Info", "Total"],
    f.byRule.map((r) => [text(r.ruleId), num(r.error, "integer"), num(r.warning, "integer"), num(r.info, "integer"), num(r.total, "integer")]), "No findings: the portfolio passes every enabled rule.");
  const checks = checksRun(input.result, input.ruleset);
  const off = checks.filter((c) => c.outcome === "Off");
  const run = checks.filter((c) => c.outcome !== "Off");
  const outcomeStyle = { Ran: "good", "Ran in part": "warn", Skipped: "warn", Off: "neutral" } as const;
  const ran = run.filter((c) => c.outcome === "Ran").length;
  const notRun = run.filter((c) => c.outcome !== "Ran");
  layout.block(`Checks run: ${ran} of ${run.length} rules ran in full${notRun.length ? `, ${notRun.length} skipped or in part` : ""}${off.length ? `; ${off.length} off in the ruleset` : ""}`, ["Rule", "Severity", "Outcome", "Findings"],
    run.map((c) => [text(c.ruleId), text(c.severity), text(c.outcome, outcomeStyle[c.outcome]), num(c.findings, "integer")]), "The ruleset switches every rule off.", 3);
  for (const c of notRun) layout.rows.push([text(`${c.ruleId} ${c.outcome === "Skipped" ? "was skipped" : "ran in part"}: ${c.reason}.`, "note")]);
  if (off.length) layout.rows.push([text(`Off in the ruleset: ${off.map((c) => c.ruleId).join(", ")}.`, "note")]);

  layout.pageBreak();
  const trend = changesSinceLastRun(layout, input, unique.map((p) => [p.id, p.name] as const), statusLabel, ragStyle);

  layout.pageBreak();
  const unit = input.result.period === "week" ? "Week" : "Month";
  const c = f.capacity;
  const demand = layout.block("Resource demand vs capacity", [unit, "Demand (FTE)", "Capacity (FTE)", "Load", "Unlisted (FTE)"],
    c.periods.map((d) => [text(d.period), num(d.demand, "decimal2"), c.capacity === undefined ? na() : num(c.capacity, "decimal2"), c.capacity ? num(d.demand / c.capacity, "percent") : na(), num(d.unlisted, "decimal2")]), "No resource assignments found.");
  if (c.periods.length) appendAll(layout.rows, capacityNotes(c).map((n) => [text(n, "note")]));
  const cap = (r: { first: number; last: number }) => Math.min(r.last, r.first + CHART_MAX_CATEGORIES - 1);
  const unplaced: Omit<ChartSpec, "anchor">[] = [];
  const add = (chart: Omit<ChartSpec, "anchor">) => unplaced.push(chart);
  if (f.projects > 0) {
    // One bar, one segment per RAG status: the portfolio's health at a glance.
    const series = RAG_CATEGORIES.map((status, i) => ({ status, i })).filter(({ status }) => f.byRag.find((r) => r.status === status)!.count > 0)
      .map(({ status, i }) => ({ name: status === "Other" ? "Other status" : status, ref: colRange(2, rag.first + i, rag.first + i), color: RAG_COLORS[status] }));
    add({ kind: "bar", stacked: true, title: "RAG status of the portfolio", categories: colRange(2, rag.head, rag.head), series, valueFormat: "0" });
  }
  if (f.byProgram.length) {
    const last = cap(health);
    const cols = [["Green", 2], ["Amber", 3], ["Red", 4]] as const;
    const series: ChartSpec["series"] = cols.filter(([status]) => f.byProgram.some((p) => p.rag[status] > 0)).map(([status, col]) => ({ name: status, ref: colRange(col, health.first, last), color: RAG_COLORS[status] }));
    if (f.byProgram.some((p) => p.rag.Other + p.rag["Not reported"] > 0)) series.push({ name: "No RAG", ref: colRange(5, health.first, last), color: RAG_COLORS["Not reported"] });
    add({ kind: "bar", stacked: true, title: f.byProgram.length > CHART_MAX_CATEGORIES ? `Health by program: top ${CHART_MAX_CATEGORIES} by budget` : "Health by program", categories: colRange(1, health.first, last), series, valueFormat: "0" });
  }
  if (f.byStage.length) {
    // Lifecycle stages come first, so a cut only drops the rarest unrecognised stage names.
    const title = f.byStage.length > CHART_MAX_CATEGORIES ? `Projects by stage: first ${CHART_MAX_CATEGORIES}` : "Projects by stage";
    add({ kind: "column", title, categories: colRange(1, stages.first, cap(stages)), series: [{ name: "Projects", ref: colRange(2, stages.first, cap(stages)), color: "1F4E79" }], valueFormat: "0" });
  }
  if (f.byProgram.length && f.byProgram.some((p) => p.budget.value !== undefined || p.forecast.value !== undefined || p.actual.value !== undefined)) {
    const last = cap(programs);
    // A series no program has a figure for is left out rather than drawn as zeros.
    const has = (pick: (p: ProgramFigures) => Total) => f.byProgram.some((p) => pick(p).value !== undefined);
    const series: ChartSpec["series"] = [];
    if (has((p) => p.budget)) series.push({ name: "Budget", ref: colRange(3, programs.first, last), color: "1F4E79" });
    if (has((p) => p.forecast)) series.push({ name: "Forecast", ref: colRange(4, programs.first, last), color: "ED7D31" });
    if (has((p) => p.actual)) series.push({ name: "Actual cost", ref: colRange(5, programs.first, last), color: "A5A5A5" });
    add({ kind: "clusteredColumn", title: f.byProgram.length > CHART_MAX_CATEGORIES ? `Budget, forecast and actual: top ${CHART_MAX_CATEGORIES} programs` : "Budget, forecast and actual by program",
      categories: colRange(1, programs.first, last), valueFormat: money ?? "#,##0", series });
  }
  if (f.byRule.length) {
    const last = cap(rules);
    // Errors and warnings stacked in their severity colours; a severity no rule has is left out.
    const sevs = [["error", "Error", 2], ["warning", "Warning", 3], ["info", "Info", 4]] as const;
    const series = sevs.filter(([k]) => f.byRule.some((r) => r[k] > 0)).map(([k, name, col]) => ({ name, ref: colRange(col, rules.first, last), color: SEVERITY_COLORS[k] }));
    add({ kind: "bar", stacked: true, title: f.byRule.length > CHART_MAX_CATEGORIES ? `Findings by rule: top ${CHART_MAX_CATEGORIES}` : "Findings by rule", categories: colRange(1, rules.first, last), series, valueFormat: "0" });
  }
  if (trend) {
    const { findings: tf, rag: tr, runs } = trend;
    const sevs = [["error", "Errors", 2], ["warning", "Warnings", 3], ["info", "Info", 4]] as const;
    add({ kind: "line", title: `Findings over the last ${runs} runs`, categories: colRange(1, tf.first, tf.last), valueFormat: "0",
      series: sevs.map(([k, name, col]) => ({ name, ref: colRange(col, tf.first, tf.last), color: SEVERITY_COLORS[k] })) });
    const rags = [["Green", 2], ["Amber", 3], ["Red", 4], ["Not reported", 5]] as const;
    add({ kind: "column", stacked: true, title: `RAG status over the last ${runs} runs`, categories: colRange(1, tr.first, tr.last), valueFormat: "0",
      series: rags.map(([status, col]) => ({ name: status === "Not reported" ? "No RAG" : status, ref: colRange(col, tr.first, tr.last), color: RAG_COLORS[status] })) });
  }
  if (c.periods.length) add({ kind: "line", title: "Resource demand vs capacity (FTE)", categories: colRange(1, demand.first, demand.last), valueFormat: "0.0",
    series: [
      { name: "Peak demand", ref: colRange(2, demand.first, demand.last), color: "ED7D31" },
      ...(c.capacity !== undefined ? [{ name: "Capacity", ref: colRange(3, demand.first, demand.last), color: "1F4E79" }] : []),
      ...(c.unlisted.length ? [{ name: "Not in resource list", ref: colRange(5, demand.first, demand.last), color: "A5A5A5" }] : []),
    ] });

  const charts = placeCharts(unplaced, layout.breaks);
  // Tables in A–E print on pages of their own (a column break before the charts), the charts after
  // them: 14 chart columns of 9 characters fit a landscape page width.
  const columns = [{ width: 50 }, { width: 15 }, { width: 15 }, { width: 15 }, { width: 15 }, { width: 3 }, ...Array.from({ length: 2 * CHART_WIDTH }, () => ({ width: 9 }))];
  return {
    key: "summary",
    name: "Portfolio Summary",
    tabColor: "1F4E79",
    columns,
    rows: layout.rows,
    conditionalFormats: [
      { ref: `B${key.first + 6}`, rules: indexBands(t.cpiError, t.cpiWarning) },
      { ref: `B${key.first + 7}`, rules: indexBands(t.spiError, t.spiWarning) },
      { ref: `B${key.first + 5}`, rules: [{ type: "cellIs", operator: "greaterThan", values: [t.forecastVarianceError], style: "bad" }, { type: "cellIs", operator: "greaterThan", values: [t.forecastVarianceWarning], style: "warn" }] },
      { ref: `B${sev.first}`, rules: [{ type: "cellIs", operator: "greaterThan", values: [0], style: "bad" }] },
      { ref: `B${sev.first + 1}`, rules: [{ type: "cellIs", operator: "greaterThan", values: [0], style: "warn" }] },
      ...(c.periods.length ? [{ ref: colRange(4, demand.first, demand.last), rules: [{ type: "cellIs" as const, operator: "greaterThan" as const, values: [1], style: "bad" as const }] }] : []),
    ],
    charts,
    gridlines: false,
    print: { ...printSetup(columns, layout.breaks), colBreaks: [CHART_LEFT] },
    active: true,
  };
}

type RagKey = keyof typeof RAG_STYLE;

/**
 * "What changed since the last run" (issue 12 §3): new and fixed findings, projects whose RAG changed
 * with the indicators that moved, then the findings and RAG counts of the last TREND_RUNS runs (for
 * the trend charts; undefined while fewer than two runs are recorded).
 */
function changesSinceLastRun(
  layout: Layout,
  input: ReportInput,
  names: readonly (readonly [string, string | undefined])[],
  statusLabel: (r: RagKey) => string,
  ragStyle: typeof RAG_STYLE,
): { findings: { first: number; last: number }; rag: { first: number; last: number }; runs: number } | undefined {
  const history: readonly Snapshot[] = input.history ?? [];
  const current = history[history.length - 1];
  const previous = history[history.length - 2];
  const name = new Map(names);
  const label = (id: string) => (name.get(id) ? `${id} ${name.get(id)}` : id);
  if (!current || !previous) {
    layout.block("What changed since the last run", ["Run"], [], "This is the first run recorded in this workbook. The history travels with the file: check this file again (in place) next month to see what changed.");
    return undefined;
  }
  const d = diffSnapshots(current, previous);
  const data = previous.data === current.data ? "same data" : "data changed";
  const rules = previous.ruleset.fingerprint === current.ruleset.fingerprint ? "same rules" : `rules changed (${previous.ruleset.name} ${previous.ruleset.version} → ${current.ruleset.name} ${current.ruleset.version})`;
  const counts = d.comparable ? `${d.added.length} new findings, ${d.fixed.length} fixed, ${d.unchanged} still open` : "findings not compared (the earlier run kept only its counts)";
  const summary = [
    [text("Previous run (as of)"), { value: previous.asOf, type: "date" as const, style: "date" as const }, text(`${data}; ${rules}`, "note")],
    [text("New findings"), d.comparable ? num(d.added.length, "integer") : na(), text(counts, "note")],
    [text("Fixed findings"), d.comparable ? num(d.fixed.length, "integer") : na()],
    [text("Projects whose RAG changed"), num(d.ragChanges.length, "integer"), text([d.newProjects.length ? `${d.newProjects.length} new (${someNames(d.newProjects)})` : "", d.goneProjects.length ? `${d.goneProjects.length} gone (${someNames(d.goneProjects)})` : ""].filter(Boolean).join("; "), "note")],
  ];
  layout.block("What changed since the last run", ["Measure", "Value", "Basis"], summary, "", 1);
  layout.rows[layout.rows.length - summary.length - 1] = header(["Measure", "Value", "Basis"], (i) => i === 1);
  layout.block("Projects whose RAG changed", ["Project", "Was", "Now", "What changed"],
    d.ragChanges.map((r) => [text(label(r.projectId)), text(statusLabel(r.was as RagKey), ragStyle[r.was as RagKey]), text(statusLabel(r.now as RagKey), ragStyle[r.now as RagKey]), text(r.changed.length ? r.changed.map((c) => c.text).join("; ") : "no indicator moved: the reported status changed")]),
    "No project's reported RAG status changed.", 99);
  if (d.comparable) {
    const newOnes = sortedNew(input, d.added);
    // Project first (the widest column), the rule last so it can run into the empty cells beside it.
    const sevText = { error: "Error", warning: "Warning", info: "Info" } as const;
    const sevStyle = { error: "bad", warning: "warn", info: "info" } as const;
    layout.block("New findings", ["Project", "Severity", "Cell", "Rule"],
      newOnes.slice(0, CHANGES_LIMIT).map((f) => [text(f.projectId ? label(f.projectId) : f.resource ?? ""), text(sevText[f.severity], sevStyle[f.severity]),
        f.location ? text(`${f.location.sheet}!${f.location.cell}`, "link", f.location) : text(""), text(f.ruleId)]),
      "No new findings since the last run.", 99);
    if (newOnes.length > CHANGES_LIMIT) layout.rows.push([text(`${newOnes.length - CHANGES_LIMIT} more new findings: see the Findings sheet.`, "note")]);
    layout.block("Fixed findings", ["Project", "Resource / period", "Cell", "Rule"],
      d.fixed.slice(0, CHANGES_LIMIT).map((k) => {
        const p = keyParts(k);
        return [text(p.projectId ? label(p.projectId) : ""), text([p.resource, p.period].filter(Boolean).join(" ")), text(p.cell), text(p.ruleId)];
      }),
      "No finding of the last run was fixed.", 99);
    if (d.fixed.length > CHANGES_LIMIT) layout.rows.push([text(`${d.fixed.length - CHANGES_LIMIT} more fixed findings.`, "note")]);
  }
  const runs = history.slice(-TREND_RUNS);
  const findings = layout.block(`Findings over the last ${runs.length} runs`, ["As of", "Errors", "Warnings", "Info", "Total"],
    runs.map((r) => [text(r.asOf), num(r.counts.error, "integer"), num(r.counts.warning, "integer"), num(r.counts.info, "integer"), num(r.counts.total, "integer")]), "");
  const rag = layout.block(`RAG status over the last ${runs.length} runs`, ["As of", "Green", "Amber", "Red", "No RAG"],
    runs.map((r) => [text(r.asOf), num(r.counts.rag.Green, "integer"), num(r.counts.rag.Amber, "integer"), num(r.counts.rag.Red, "integer"), num(r.counts.rag.Other + r.counts.rag["Not reported"], "integer")]), "");
  return { findings, rag, runs: runs.length };
}

/** The current findings whose keys are new, errors first (as the Findings sheet orders them). */
function sortedNew(input: ReportInput, added: readonly string[]) {
  const want = new Map<string, number>();
  for (const k of added) want.set(k, (want.get(k) ?? 0) + 1);
  const order = { error: 0, warning: 1, info: 2 } as const;
  const out = [];
  for (const f of input.result.findings) {
    const k = findingKey(f);
    const left = want.get(k) ?? 0;
    if (left === 0) continue;
    want.set(k, left - 1);
    out.push(f);
  }
  return out.sort((a, b) => order[a.severity] - order[b.severity]);
}
