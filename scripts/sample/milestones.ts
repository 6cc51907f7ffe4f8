/**
 * The sample's milestone plan: five milestones per project spread over its schedule, achieved within a
 * few days of baseline when their date has passed, forecast on or near baseline when it has not. The
 * planted problems (docs/sample.md): a slip of 20 days (PRJ-102), one of 45 days (PRJ-113), an overdue
 * milestone (PRJ-125) and one without a baseline on a project in Execution (PRJ-101).
 */
import { PROJECTS } from "./portfolio-data";
import { AS_OF_DAY } from "./plan";
import { dayFromIso, weekday } from "../../src/core/model/dates";

export interface MilestoneRow {
  projectId: string;
  name: string;
  baseline?: number;
  forecast?: number;
  actual?: number;
  status: string;
  comment?: string;
}

const PLAN: [string, number][] = [["Charter approved", 0.08], ["Plan baselined", 0.2], ["Build complete", 0.6], ["Go-live", 0.88], ["Project closed", 1]];
/** How many milestones a project before Execution can have achieved; its later ones are re-planned from the as-of date. */
const REACHED: Record<string, number> = { Initiation: 0, Planning: 1 };

/** Moves a weekend day back to the Friday before (milestones are set on working days). */
const friday = (day: number) => (weekday(day) === 5 ? day - 1 : weekday(day) === 6 ? day - 2 : day);

/** Every milestone row, project by project, in the register's order. */
export function milestoneRows(rand: () => number): MilestoneRow[] {
  const rows: MilestoneRow[] = [];
  for (const p of PROJECTS) {
    // Ideas have no plan yet, nor has the project whose charter the board sent back; two rows' dates are broken.
    if (p.stage === "Idea" || p.plant === "g1-rejected" || p.plant === "finish-before-start" || p.plant === "duplicate-id") continue;
    const start = dayFromIso(p.start);
    const finish = dayFromIso(p.finish);
    let slipped = false;
    const reached = REACHED[p.stage] ?? PLAN.length;
    for (const [index, [name, at]] of PLAN.entries()) {
      let baseline = friday(start + Math.round(at * (finish - start)));
      if (index >= reached) baseline = Math.max(baseline, friday(AS_OF_DAY + 14 + 21 * (index - reached)));
      const row: MilestoneRow = { projectId: p.id, name, baseline, status: "On Track" };
      if (baseline <= AS_OF_DAY) {
        row.actual = Math.min(AS_OF_DAY - 1, friday(baseline + Math.floor(rand() * 14) - 4));
        row.status = "Complete";
      } else if (p.stage === "On Hold") {
        row.status = "On Hold";
      } else {
        row.forecast = friday(baseline + (rand() < 0.5 ? 0 : Math.floor(rand() * 8)));
      }
      if (p.plant === "overdue" && name === "Project closed") {
        // The last racks move in December: 45 days after the baseline.
        Object.assign(row, { actual: undefined, forecast: baseline + 45, status: "Delayed", comment: "Last racks move in December" });
      }
      if (p.id === "PRJ-102" && row.actual === undefined && !slipped) {
        slipped = true;
        Object.assign(row, { forecast: friday(baseline + 20), status: "At Risk", comment: "Vendor change requests not yet priced" });
      }
      if (p.id === "PRJ-125" && name === "Go-live") {
        Object.assign(row, { actual: undefined, forecast: baseline, status: "In Progress", comment: "Awaiting records owners' sign-off" });
      }
      rows.push(row);
    }
    if (p.id === "PRJ-101") {
      rows.push({ projectId: p.id, name: "Accessibility audit passed", forecast: dayFromIso("2027-01-22"), status: "Not Started", comment: "Added after the WCAG review; not in the baseline plan" });
    }
  }
  return rows;
}
