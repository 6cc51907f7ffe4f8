/**
 * Strategic Alignment: budget and project count by objective (with two charts), the projects that
 * name no objective or one not in the Objectives list, and the projects ranked by strategic score
 * with their budget and the cumulative share of budget. Built when the workbook has objectives.
 */
import type { ChartSpec, SheetSpec, SpecCell } from "../../workbook/sheet-spec";
import { cellOf } from "../lookup/location";
import type { Portfolio, Project } from "../model/portfolio";
import { isBlank } from "../lookup/keys";
import { colRange, num, text } from "./cells";
import { BlockLayout } from "./block-layout";
import { FIRST_CONTENT_ROW, headerRows } from "./header";
import type { ReportInput } from "./index";
import { alignmentFigures, type ObjectiveFigures } from "./alignment-figures";

const CHART_MAX_CATEGORIES = 15;
const CHART_LEFT = 7;
const CHART_WIDTH = 8;
const CHART_HEIGHT = 18;

function projectCell(p: Project): SpecCell {
  return text(p.name ? `${p.id} ${p.name}` : p.id, undefined, cellOf(p.source, "id"));
}

function objectiveRow(o: ObjectiveFigures): SpecCell[] {
  const name = o.kind === "unlisted" ? `${o.name} (not listed)` : o.name;
  return [text(name, o.kind === "listed" ? undefined : "bad"), num(o.projects, "integer"), text(o.objective?.owner), num(o.budget, "currency"), num(o.share, "percent1"), num(o.objective?.weight, "percent")];
}

/** Whether there is anything to align: an Objectives list, or projects that name objectives. */
export function hasAlignment(portfolio: Portfolio): boolean {
  return portfolio.objectives.length > 0 || portfolio.projects.some((p) => !isBlank(p.objective));
}

export function alignmentSheet(input: ReportInput): SheetSpec {
  const f = alignmentFigures(input.portfolio);
  const basis = `${f.projects} projects (an ID on several rows counted once)`;
  const note = f.listed
    ? `Objectives as listed in the workbook, matched by name or ID; ${basis}.`
    : `The workbook has no Objectives list: objectives are grouped as the projects name them; ${basis}.`;
  const layout = new BlockLayout(headerRows("Strategic Alignment", input, note));
  const objectives = layout.block("Budget and projects by objective", ["Objective", "Projects", "Owner", "Budget", "Share of budget", "Weight"], f.byObjective.map(objectiveRow), "No objectives found.");
  layout.block(`Projects without a listed objective (${f.unaligned.length})`, ["Project", "Stage", "Objective as named", "Budget"],
    f.unaligned.map((u) => [projectCell(u.project), text(u.project.stage), u.why === "none" ? text("None named", "bad") : text(`${u.project.objective!.trim()} (not in the list)`, "bad"), num(u.project.budget, "currency")]),
    f.listed ? "Every project names an objective of the list." : "Every project names an objective.");
  const unscored = f.unscored ? `; ${f.unscored} without a score left out` : "";
  layout.block(`Projects ranked by strategic score${unscored}`, ["Project", "Strategic score", "Objective", "Budget", "Cumulative share of budget"],
    f.ranked.map((r) => [projectCell(r.project), num(r.score), text(r.objective), num(r.project.budget, "currency"), num(r.cumulativeShare, "percent")]),
    "No project has a strategic score.");

  const charts: ChartSpec[] = [];
  const n = Math.min(f.byObjective.length, CHART_MAX_CATEGORIES);
  if (objectives.count > 0) {
    const last = objectives.first + n - 1;
    const categories = colRange(1, objectives.first, last);
    const cut = f.byObjective.length > CHART_MAX_CATEGORIES ? `: first ${CHART_MAX_CATEGORIES}` : "";
    const at = (slot: number) => {
      const top = FIRST_CONTENT_ROW - 1 + slot * (CHART_HEIGHT + 1);
      return { from: { col: CHART_LEFT, row: top }, to: { col: CHART_LEFT + CHART_WIDTH, row: top + CHART_HEIGHT } };
    };
    if (f.byObjective.some((o) => o.budget !== undefined)) charts.push({ kind: "column", title: `Budget by objective${cut}`, categories, series: [{ name: "Budget", ref: colRange(4, objectives.first, last), color: "1F4E79" }], anchor: at(0), valueFormat: "#,##0" });
    charts.push({ kind: "column", title: `Projects by objective${cut}`, categories, series: [{ name: "Projects", ref: colRange(2, objectives.first, last), color: "70AD47" }], anchor: at(charts.length), valueFormat: "0" });
  }
  return {
    key: "alignment",
    name: "Strategic Alignment",
    tabColor: "70AD47",
    columns: [{ width: 40 }, { width: 14 }, { width: 34 }, { width: 14 }, { width: 27 }, { width: 9 }, { width: 3 }, ...Array.from({ length: CHART_WIDTH }, () => ({ width: 10 }))],
    rows: layout.rows,
    charts,
    gridlines: false,
    print: { landscape: true, fitToWidth: true },
  };
}
