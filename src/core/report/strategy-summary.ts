/**
 * The Portfolio Summary's block on milestones, the RAID log and strategic alignment (issue 11 §4):
 * the figures leadership asks about first, or, for an entity the workbook does not have, a row
 * saying so and that its tab is not generated.
 */
import type { SpecCell } from "../../workbook/sheet-spec";
import { NOT_AVAILABLE, num, text } from "./cells";
import type { Row } from "./block-layout";
import type { ReportInput } from "./index";
import { DUE_WINDOWS, milestoneFigures } from "./milestone-figures";
import { riskFigures } from "./risk-figures";
import { alignmentFigures } from "./alignment-figures";
import { hasAlignment } from "./alignment-sheet";

export interface SummaryBlock {
  title: string;
  labels: string[];
  data: Row[];
  empty: string;
}

/** A count, red (or amber) when it is above zero. */
function alarm(n: number, style: "bad" | "warn" = "bad"): SpecCell {
  return num(n, n > 0 ? style : "good");
}

const missing = (what: string, tab: string): Row => [text(what), { value: NOT_AVAILABLE, type: "text", style: "neutral" }, text(`the workbook has none, so there is no ${tab} tab`, "note")];

function milestoneRows(input: ReportInput): Row[] {
  if (input.portfolio.milestones.length === 0) return [missing("Milestones", "Milestone Status")];
  const t = input.ruleset.thresholds;
  const c = milestoneFigures(input.portfolio, t, input.asOf).counts;
  return [
    [text("Milestones"), num(c.total, "integer"), text(`in ${c.projects} projects; ${c.achieved} achieved`, "note")],
    [text(`Milestones slipped more than ${t.milestoneSlipErrorDays} days`), alarm(c.error), text("against baseline (see Milestone Status)", "note")],
    [text(`Milestones slipped ${t.milestoneSlipWarningDays + 1}–${t.milestoneSlipErrorDays} days`), alarm(c.warning, "warn"), text("")],
    [text("Milestones overdue"), alarm(c.overdue), text("due date passed, not achieved", "note")],
    [text(`Milestones due in the next ${DUE_WINDOWS[0]} days`), num(c.due[DUE_WINDOWS[0]], "integer"), text(`${c.due[DUE_WINDOWS[2]]} in the next ${DUE_WINDOWS[2]} days`, "note")],
  ];
}

function riskRows(input: ReportInput): Row[] {
  if (input.portfolio.risks.length === 0) return [missing("RAID log", "Risk Heatmap")];
  const f = riskFigures(input.portfolio, input.ruleset.thresholds, input.asOf);
  const type = (name: string) => f.byType.find((c) => c.type === name)!;
  const risks = type("Risk");
  return [
    [text("Open risks"), num(risks.open, "integer"), text(`of ${input.portfolio.risks.length} RAID entries; ${risks.closed} risks closed`, "note")],
    [text("Open risks rated High"), alarm(risks.High, "warn"), text(`${risks.Medium} Medium, ${risks.Low} Low, ${risks.unrated} not rated`, "note")],
    [text("Open High risks without mitigation"), alarm(f.watch.highNoMitigation), text("")],
    [text("Open issues"), num(type("Issue").open, "integer"), text("")],
    [text("Open RAID entries past their review date"), alarm(f.watch.reviewPassed, "warn"), text(`${f.watch.noOwner} open without an owner`, "note")],
  ];
}

function alignmentRows(input: ReportInput): Row[] {
  if (!hasAlignment(input.portfolio)) return [missing("Strategic objectives", "Strategic Alignment")];
  const f = alignmentFigures(input.portfolio);
  const off = f.unaligned.reduce((s, u) => s + (u.project.budget ?? 0), 0);
  return [
    [text("Strategic objectives"), num(input.portfolio.objectives.length, "integer"), text(f.listed ? "listed in the workbook" : "no Objectives list: as the projects name them", "note")],
    [text("Projects without a listed objective"), alarm(f.unaligned.length, "warn"), text(`of ${f.projects} projects`, "note")],
    [text("Budget of those projects"), num(off, "currency"), text(f.totalBudget ? `${Math.round((off / f.totalBudget) * 1000) / 10}% of the total budget` : "", "note")],
  ];
}

/** The block the summary appends (one, with a section per entity). */
export function strategySummaryBlocks(input: ReportInput): SummaryBlock[] {
  return [{ title: "Milestones, risks and strategic alignment", labels: ["Measure", "Value", "Basis"], data: [...milestoneRows(input), ...riskRows(input), ...alignmentRows(input)], empty: "" }];
}
