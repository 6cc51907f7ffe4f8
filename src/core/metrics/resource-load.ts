/**
 * Resource load per period, day by day as Microsoft Project's Max Units check works: the peak is the
 * highest total allocation on any working day of the period (long-form plans, see long-load.ts), or
 * the highest column total of a wide plan (wide-load.ts).
 */
import type { Assignment, Resource } from "../model/portfolio";
import type { PortfolioIndex } from "../rules/support/portfolio-index";
import { matchKey } from "../rules/support/keys";
import type { PeriodKind } from "./periods";
import type { ResourceLoad } from "./types";
import { roundFte, type PeriodLoad } from "./fte";
import { assignmentColumns, LoadWorkspace, longLoad } from "./long-load";
import { wideLoad } from "./wide-load";
import type { WorkWeek } from "./working-days";

export type { PeriodLoad } from "./fte";

export interface LoadOptions {
  period: PeriodKind;
  week: WorkWeek;
  defaultCapacity: number;
  /** Assignments to leave out (e.g. of cancelled projects). */
  exclude?: (assignment: Assignment) => boolean;
}

/**
 * Load of every resource that has assignments, sorted by resource name. Resources and projects are
 * numbered in one pass over the assignments (remembering the previous row's answer, since plans come
 * grouped by person or project) and the assignments are bucketed by resource with a counting sort: on
 * a million assignments, per-row map lookups and per-resource lists cost more than the sweep itself.
 */
export function computeResourceLoad(assignments: Assignment[], index: PortfolioIndex, options: LoadOptions): ResourceLoad[] {
  const n = assignments.length;
  const resources = new Numbering();
  const projects = new Numbering();
  const resourceNumbers = new Int32Array(n);
  const projectNumbers = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = assignments[i];
    if (options.exclude?.(a)) {
      resourceNumbers[i] = -1;
      continue;
    }
    resourceNumbers[i] = resources.numberOf(a.resource);
    projectNumbers[i] = projects.numberOf(a.projectId);
  }
  const count = resources.names.length;
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < n; i++) if (resourceNumbers[i] >= 0) start[resourceNumbers[i] + 1]++;
  for (let r = 0; r < count; r++) start[r + 1] += start[r];
  const order = new Uint32Array(start[count]);
  const fill = start.slice(0, count);
  for (let i = 0; i < n; i++) if (resourceNumbers[i] >= 0) order[fill[resourceNumbers[i]]++] = i;

  const columns = assignmentColumns(assignments, projectNumbers);
  const workspace = new LoadWorkspace();
  workspace.projectNames = projects.names;
  const result: ResourceLoad[] = [];
  for (let r = 0; r < count; r++) {
    const name = resources.names[r];
    if (name.trim() === "") continue;
    const resource: Resource | undefined = index.resourcesByName.get(matchKey(name));
    const capacity = resource && resource.capacity > 0 ? resource.capacity : options.defaultCapacity;
    const job = { columns, order, from: start[r], to: start[r + 1] };
    let wideRows: Assignment[] | undefined;
    for (let k = job.from; k < job.to; k++) if (assignments[order[k]].layout === "wide") (wideRows ??= []).push(assignments[order[k]]);
    // With wide rows too, any long-form period may end up over capacity once merged: list all contributors.
    const long = longLoad(job, options.period, options.week, wideRows ? 0 : capacity, workspace);
    // Long-form periods come in order; merged wide ones may not.
    const list = wideRows ? [...mergeLoads(new Map(long.map((p) => [p.period, p])), wideLoad(wideRows, options.period, options.week)).values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)) : long;
    if (list.length === 0) continue;
    result.push({ resource: resource?.name ?? name.trim(), capacity, periods: list });
  }
  return result.sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
}

/** Numbers texts so that spellings with the same match key share a number; names[k] is the first spelling. */
class Numbering {
  readonly names: string[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private lastText: string | undefined;
  private lastNumber = 0;

  numberOf(text: string): number {
    if (text === this.lastText) return this.lastNumber;
    let number = this.byText.get(text);
    if (number === undefined) {
      const key = matchKey(text);
      number = this.byKey.get(key);
      if (number === undefined) {
        number = this.names.length;
        this.byKey.set(key, number);
        this.names.push(text);
      }
      this.byText.set(text, number);
    }
    this.lastText = text;
    this.lastNumber = number;
    return number;
  }
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

/** Excludes assignments of projects in the given stages (for resource/over-allocated's option). */
export function excludeProjectsIn(stages: string[], index: PortfolioIndex): (a: Assignment) => boolean {
  const names = new Set(stages.map(matchKey));
  const memo = new Map<string, boolean>();
  let lastId: string | undefined;
  let lastExcluded = false;
  return (a) => {
    if (a.projectId === lastId) return lastExcluded;
    lastId = a.projectId;
    let excluded = memo.get(a.projectId);
    if (excluded === undefined) {
      const project = index.projectsById.get(matchKey(a.projectId));
      const position = project ? index.stageOf(project) : undefined;
      excluded = position?.name !== undefined && names.has(matchKey(position.name));
      memo.set(a.projectId, excluded);
    }
    lastExcluded = excluded;
    return excluded;
  };
}
