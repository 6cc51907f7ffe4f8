/**
 * Milestone Status: per project, the worst slip against baseline (and a chart of it), the milestones
 * due in the next 30/60/90 days, and every milestone with its baseline, forecast, actual date and slip
 * in days, coloured by the ruleset's slip bands. Built only when the workbook has milestones.
 */
import type { ChartSpec, SheetSpec, SpecCell, SpecStyle } from "../../workbook/sheet-spec";
import { cellOf } from "../lookup/location";
import { cellPool, colRange, date, num, text } from "./cells";
import { BlockLayout, byText, type Row } from "./block-layout";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";
import { DUE_WINDOWS, milestoneFigures, type MilestoneLine, type ProjectSlip } from "./milestone-figures";
import { slipBand, type SlipBand } from "../lookup/milestones";
import type { Thresholds } from "../ruleset/types";

const CHART_MAX_PROJECTS = 15;
/** Longest list a block shows; beyond it the milestone list keeps what needs attention. */
export const LIST_LIMIT = 5_000;
const CHART_LEFT = 9;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 20;

/** Red beyond the error tolerance, amber beyond the warning one, green within it (early counts as on time). */
export function slipStyle(slip: number | undefined, band: SlipBand | undefined): SpecStyle | undefined {
  if (slip === undefined) return undefined;
  return band === "error" ? "bad" : band === "warning" ? "warn" : "good";
}

const STATE_STYLE: Partial<Record<MilestoneLine["state"], SpecStyle>> = { Achieved: "good", Overdue: "bad", "No date": "neutral" };

function projectRow(p: ProjectSlip, t: Thresholds): Row {
  const band = slipBand(p.worst, t);
  return [text(p.projectId), text(p.project?.name), num(p.milestones, "integer"), num(p.achieved, "integer"), num(p.overdue, "integer"), num(p.worst, slipStyle(p.worst, band)), num(p.late, "integer")];
}

/** Slipped beyond the warning tolerance, overdue, or without a baseline to measure against. */
function needsAttention(l: MilestoneLine): boolean {
  return l.band !== undefined || l.state === "Overdue" || l.milestone.baseline === undefined;
}

function milestoneCell(l: MilestoneLine): SpecCell {
  return text(l.milestone.name, undefined, cellOf(l.milestone.source, "name"));
}

export function milestonesSheet(input: ReportInput): SheetSpec {
  const t = input.ruleset.thresholds;
  const f = milestoneFigures(input.portfolio, t, input.asOf);
  const note = `Slip = actual date (or forecast) − baseline, in days. Red: more than ${t.milestoneSlipErrorDays} days; amber: more than ${t.milestoneSlipWarningDays} days; green: within ${t.milestoneSlipWarningDays} days or early.`;
  const layout = new BlockLayout(headerRows("Milestone Status", input, note));

  const slips = layout.block("Slip by project (worst milestone)", ["Project", "Name", "Milestones", "Achieved", "Overdue", "Worst slip (days)", `Slipped > ${t.milestoneSlipWarningDays} days`],
    f.byProject.map((p) => projectRow(p, t)), "No milestones found.");

  const windowLabel = (w: number) => `Next ${w} days`;
  const horizon = DUE_WINDOWS[DUE_WINDOWS.length - 1];
  const dueCounts = DUE_WINDOWS.map((w) => `${windowLabel(w)}: ${f.counts.due[w]}`).join(" · ");
  const due = f.dueSoon.slice(0, LIST_LIMIT);
  const dueCut = due.length < f.dueSoon.length ? `; the first ${LIST_LIMIT.toLocaleString("en-US")}` : "";
  layout.block(`Due in the next ${horizon} days (${dueCounts}${dueCut})`, ["Project", "Milestone", "Due", "Days to go", "Window", "Slip (days)"],
    due.map((l) => [text(l.milestone.projectId), milestoneCell(l), date(l.due), num(l.daysToDue, "integer"), text(windowLabel(l.window!)), num(l.slip, slipStyle(l.slip, l.band))]),
    `No milestone is due in the next ${horizon} days.`);

  // A large log is cut to what needs attention (the whole log stays on the user's own sheet).
  const all = f.lines.length <= LIST_LIMIT;
  const shown = all ? f.lines : f.lines.filter(needsAttention).slice(0, LIST_LIMIT);
  const lines = [...shown].sort((a, b) => byText(a.milestone.projectId, b.milestone.projectId) || (a.due ?? Infinity) - (b.due ?? Infinity));
  const title = all ? "All milestones" : `Milestones needing attention: slipped more than ${t.milestoneSlipWarningDays} days, overdue or without a baseline (${shown.length.toLocaleString("en-US")} of ${f.lines.length.toLocaleString("en-US")} milestones; every milestone is listed up to ${LIST_LIMIT.toLocaleString("en-US")})`;
  // Up to LIST_LIMIT rows whose slips, statuses and states repeat: one object each (cellPool).
  const pool = cellPool();
  layout.block(title, ["Project", "Milestone", "Baseline", "Forecast", "Actual", "Slip (days)", "Status", "State"],
    lines.map((l) => [text(l.milestone.projectId), milestoneCell(l), date(l.milestone.baseline), date(l.milestone.forecast), date(l.milestone.actual),
      pool.num(l.slip, slipStyle(l.slip, l.band)), pool.text(l.milestone.status ?? ""), pool.text(l.state, STATE_STYLE[l.state])]),
    all ? "No milestones found." : "No milestone needs attention.");

  const charts: ChartSpec[] = [];
  const measured = f.byProject.filter((p) => p.worst !== undefined).length;
  if (measured > 0) {
    const last = slips.first + Math.min(measured, CHART_MAX_PROJECTS) - 1;
    const top = FIRST_CONTENT_ROW - 1;
    charts.push({
      kind: "bar",
      title: measured > CHART_MAX_PROJECTS ? `Worst milestone slip (days): top ${CHART_MAX_PROJECTS} projects` : "Worst milestone slip by project (days)",
      categories: colRange(1, slips.first, last),
      series: [{ name: "Worst slip (days)", ref: colRange(6, slips.first, last), color: "C00000" }],
      anchor: { from: { col: CHART_LEFT, row: top }, to: { col: CHART_LEFT + CHART_WIDTH, row: top + CHART_HEIGHT } },
      valueFormat: "0",
    });
  }
  return {
    key: "milestones",
    name: "Milestone Status",
    tabColor: "00B0F0",
    columns: [{ width: 14 }, { width: 32 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 16 }, { width: 18 }, { width: 11 }, { width: 3 }, ...Array.from({ length: CHART_WIDTH }, () => ({ width: 10 }))],
    rows: layout.rows,
    charts,
    print: { landscape: true, fitToWidth: true },
  };
}
