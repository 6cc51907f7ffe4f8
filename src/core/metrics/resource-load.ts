/**
 * Resource load per period, day by day as Microsoft Project's Max Units check works: the peak is the
 * highest total allocation on any working day of the period (long-form plans, see long-load.ts), or
 * the highest column total of a wide plan (wide-load.ts).
 */
import type { Assignment, Resource } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { PortfolioIndex } from "../lookup/portfolio-index";
import { matchKey } from "../lookup/keys";
import type { PeriodKind } from "./periods";
import type { ResourceLoad } from "./types";
import { roundFte, type PeriodLoad } from "./fte";
import { LoadCalendar } from "./load-calendar";
import { LoadWorkspace } from "./load-workspace";
import { assignmentColumns, longLoad } from "./long-load";
import { periodLocator } from "./periods";
import { numberAssignments } from "../lookup/numbering";
import { wideLoad } from "./wide-load";
import type { WorkWeek } from "./working-days";

export type { PeriodLoad } from "./fte";

export interface LoadOptions {
  period: PeriodKind;
  week: WorkWeek;
  defaultCapacity: number;
  /** Projects whose assignments are left out (e.g. cancelled ones), asked once per project id with its match key. */
  excludeProject?: (projectId: string, key: string) => boolean;
}

/**
 * Load of every resource that has assignments, sorted by resource name. Assignments are bucketed by
 * resource number (numbering.ts) with a counting sort, so no map is consulted per assignment here.
 */
export function computeResourceLoad(assignments: Assignment[], index: PortfolioIndex, options: LoadOptions): ResourceLoad[] {
  const n = assignments.length;
  const numbers = assignments === index.assignments ? index.assignmentNumbers() : numberAssignments(assignments);
  const resourceNumbers = numbers.resource;
  const projectNumbers = numbers.project;
  // Exclusion is decided once per project, not per assignment.
  const excluded = new Uint8Array(numbers.projectNames.length);
  if (options.excludeProject) numbers.projectNames.forEach((id, k) => (excluded[k] = options.excludeProject!(id, numbers.projectKeys[k]) ? 1 : 0));
  const count = numbers.resourceNames.length;
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) if (excluded[projectNumbers[i]] === 0) start[resourceNumbers[i] + 1]++;
  for (let r = 0; r < count; r++) start[r + 1] += start[r];
  // Each assignment's place in resource order (-1: left out), so the columns are filled in one pass.
  const position = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) position[i] = excluded[projectNumbers[i]] === 0 ? fill[resourceNumbers[i]]++ : -1;

  const columns = assignmentColumns(assignments, projectNumbers, position, start[count]);
  const calendar = new LoadCalendar(options.week, periodLocator(options.period), columns.first, columns.last);
  const workspace = new LoadWorkspace();
  workspace.projectNames = numbers.projectNames;
  const result: ResourceLoad[] = [];
  for (let r = 0; r < count; r++) {
    const name = numbers.resourceNames[r];
    if (name.trim() === "") continue;
    const resource: Resource | undefined = index.resourcesByName.get(numbers.resourceKeys[r]);
    const capacity = resource && resource.capacity > 0 ? resource.capacity : options.defaultCapacity;
    const job = { columns, from: start[r], to: start[r + 1] };
    let wideRows: Assignment[] | undefined;
    for (let k = job.from; k < job.to; k++) if (columns.wide[k] === 1) (wideRows ??= []).push(assignments[columns.index[k]]);
    // With wide rows too, any long-form period may end up over capacity once merged: list all contributors.
    const long = longLoad(job, calendar, wideRows ? 0 : capacity, workspace);
    // Long-form periods come in order; merged wide ones may not.
    const list = wideRows ? [...mergeLoads(new Map(long.map((p) => [p.period, p])), wideLoad(wideRows, options.period, options.week)).values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)) : long;
    if (list.length === 0) continue;
    const capacityDefaulted = resource === undefined || resource.capacityDefaulted || !(resource.capacity > 0);
    result.push({ resource: resource?.name ?? name.trim(), capacity, listed: resource !== undefined, capacityDefaulted, periods: list });
  }
  return result.sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
}

/** Long and wide bookings of the same person add up (upper bound: peaks may fall on different days). */
function mergeLoads(long: Map<string, PeriodLoad>, wide: Map<string, PeriodLoad>): Map<string, PeriodLoad> {
  for (const [key, w] of wide) {
    const l = long.get(key);
    if (!l) {
      long.set(key, w);
      continue;
    }
    const projects = [...l.projects, ...w.projects];
    long.set(key, { period: key, peak: roundFte(l.peak + w.peak), peakDays: Math.min(l.peakDays, w.peakDays), total: w.total, projects });
  }
  return long;
}

export const DEFAULT_EXCLUDED_STAGES = ["Cancelled"];

/** Stages whose assignments do not count: the resource/over-allocated rule's excludeStages option (the load figures and the rule agree). */
export function excludedStages(ruleset: Ruleset): string[] {
  const configured = ruleset.rules["resource/over-allocated"]?.options?.excludeStages;
  return Array.isArray(configured) ? configured.map(String) : DEFAULT_EXCLUDED_STAGES;
}

/** Excludes projects in the given stages (for resource/over-allocated's excludeStages option). */
export function excludeProjectsIn(stages: string[], index: PortfolioIndex): (projectId: string, key?: string) => boolean {
  const names = new Set(stages.map(matchKey));
  // Projects share a few stage names: the last one's answer is kept.
  let lastStage: string | undefined;
  let lastExcluded = false;
  return (projectId, key = matchKey(projectId)) => {
    const project = index.projectsById.get(key);
    const stage = project ? index.stageOf(project).name : undefined;
    if (stage === undefined) return false;
    if (stage !== lastStage) {
      lastStage = stage;
      lastExcluded = names.has(matchKey(stage));
    }
    return lastExcluded;
  };
}
