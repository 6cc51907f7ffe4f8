/**
 * What the Milestone Status sheet and the summary show about milestones: each milestone's slip and
 * band (from lookup/milestones, so the sheet and the milestone/* rules agree), the worst slip per
 * project, and what falls due in the next 30, 60 and 90 days.
 */
import type { DayNumber } from "../model/dates";
import type { Milestone, Portfolio, Project } from "../model/portfolio";
import type { Thresholds } from "../ruleset/types";
import { daysUntilDue, dueDay, isOverdue, slipBand, slipDays, type SlipBand } from "../lookup/milestones";
import { matchKey } from "../lookup/keys";
import { uniqueProjects } from "../metrics/unique-projects";
import { byText } from "./block-layout";

/** Look-ahead windows of the "due soon" block, in days. */
export const DUE_WINDOWS = [30, 60, 90] as const;

export type MilestoneState = "Achieved" | "Overdue" | "Due" | "No date";

export interface MilestoneLine {
  milestone: Milestone;
  project?: Project;
  slip?: number;
  band?: SlipBand;
  due?: DayNumber;
  daysToDue?: number;
  state: MilestoneState;
  /** The first window of DUE_WINDOWS it falls in (not achieved, due from today on). */
  window?: number;
}

export interface ProjectSlip {
  projectId: string;
  project?: Project;
  milestones: number;
  achieved: number;
  /** Milestones slipped beyond the warning tolerance (either band). */
  late: number;
  overdue: number;
  /** The largest slip of its milestones; undefined when none can be measured. */
  worst?: number;
}

export interface MilestoneFigures {
  lines: MilestoneLine[];
  /** Projects by worst slip, largest first (then by ID). */
  byProject: ProjectSlip[];
  /** Not achieved and due within the last window, soonest first. */
  dueSoon: MilestoneLine[];
  counts: { total: number; projects: number; achieved: number; overdue: number; warning: number; error: number; noBaseline: number; due: Record<number, number> };
}

function stateOf(m: Milestone, asOf: DayNumber): MilestoneState {
  if (m.achieved) return "Achieved";
  if (isOverdue(m, asOf)) return "Overdue";
  return dueDay(m) === undefined ? "No date" : "Due";
}

/** Every milestone's line, per-project slips and the due-soon list of a portfolio. */
const computed = new WeakMap<Portfolio, { key: unknown[]; value: MilestoneFigures }>();

/** milestoneFigures once per portfolio, as-of date and thresholds: the sheet and the summary share it. */
export function milestoneFigures(portfolio: Portfolio, thresholds: Thresholds, asOf: DayNumber): MilestoneFigures {
  const key = [portfolio.milestones, portfolio.milestones.length, portfolio.projects.length, thresholds, asOf];
  const hit = computed.get(portfolio);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.value;
  const value = compute(portfolio, thresholds, asOf);
  computed.set(portfolio, { key, value });
  return value;
}

function compute(portfolio: Portfolio, thresholds: Thresholds, asOf: DayNumber): MilestoneFigures {
  const projects = new Map(uniqueProjects(portfolio.projects).projects.map((p) => [matchKey(p.id), p]));
  const byProject = new Map<string, ProjectSlip>();
  const due: Record<number, number> = Object.fromEntries(DUE_WINDOWS.map((w) => [w, 0]));
  const counts = { total: 0, projects: 0, achieved: 0, overdue: 0, warning: 0, error: 0, noBaseline: 0, due };
  const lines: MilestoneLine[] = [];
  for (const m of portfolio.milestones) {
    const key = matchKey(m.projectId);
    const project = projects.get(key);
    const slip = slipDays(m);
    const band = slipBand(slip, thresholds);
    const daysToDue = daysUntilDue(m, asOf);
    const state = stateOf(m, asOf);
    const window = state === "Due" && daysToDue !== undefined && daysToDue >= 0 ? DUE_WINDOWS.find((w) => daysToDue <= w) : undefined;
    lines.push({ milestone: m, project, slip, band, due: dueDay(m), daysToDue, state, window });
    counts.total++;
    if (state === "Achieved") counts.achieved++;
    if (state === "Overdue") counts.overdue++;
    if (band) counts[band]++;
    if (m.baseline === undefined) counts.noBaseline++;
    if (window !== undefined) for (const w of DUE_WINDOWS) if (w >= window) due[w]++;
    let p = byProject.get(key);
    if (!p) byProject.set(key, (p = { projectId: project?.id ?? m.projectId, project, milestones: 0, achieved: 0, late: 0, overdue: 0 }));
    p.milestones++;
    if (state === "Achieved") p.achieved++;
    if (state === "Overdue") p.overdue++;
    if (band) p.late++;
    if (slip !== undefined && (p.worst === undefined || slip > p.worst)) p.worst = slip;
  }
  counts.projects = byProject.size;
  const ranked = [...byProject.values()].sort((a, b) => (b.worst ?? -Infinity) - (a.worst ?? -Infinity) || byText(a.projectId, b.projectId));
  const last = DUE_WINDOWS[DUE_WINDOWS.length - 1];
  const dueSoon = lines.filter((l) => l.window !== undefined && l.window <= last).sort((a, b) => a.daysToDue! - b.daysToDue! || byText(a.milestone.projectId, b.milestone.projectId));
  return { lines, byProject: ranked, dueSoon, counts };
}
