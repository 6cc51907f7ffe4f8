/**
 * Resource load per period, day by day as Microsoft Project's Max Units check works: the peak is the
 * highest total allocation on any working day of the period. Long-form assignments are swept over
 * their start/end events per resource (O(n log n)), never looped day by day.
 */
import type { Assignment, Resource } from "../model/portfolio";
import type { PortfolioIndex } from "../rules/support/portfolio-index";
import { matchKey } from "../rules/support/keys";
import { periodLocator, type PeriodKind } from "./periods";
import type { ResourceLoad } from "./types";
import { roundFte, type PeriodLoad } from "./fte";
import { wideLoad } from "./wide-load";
import type { WorkWeek } from "./working-days";

const EPS = 1e-9;

export type { PeriodLoad } from "./fte";

export interface LoadOptions {
  period: PeriodKind;
  week: WorkWeek;
  defaultCapacity: number;
  /** Assignments to leave out (e.g. of cancelled projects). */
  exclude?: (assignment: Assignment) => boolean;
}

/** Load of every resource that has assignments, sorted by resource name. */
export function computeResourceLoad(assignments: Assignment[], index: PortfolioIndex, options: LoadOptions): ResourceLoad[] {
  const byResource = new Map<string, Assignment[]>();
  for (const a of assignments) {
    if (a.resource.trim() === "" || options.exclude?.(a)) continue;
    const key = matchKey(a.resource);
    const list = byResource.get(key);
    if (list) list.push(a);
    else byResource.set(key, [a]);
  }
  const result: ResourceLoad[] = [];
  for (const [key, list] of byResource) {
    const resource: Resource | undefined = index.resourcesByName.get(key);
    const capacity = resource && resource.capacity > 0 ? resource.capacity : options.defaultCapacity;
    const long = longLoad(list.filter((a) => a.layout === "long"), options);
    const wide = list.some((a) => a.layout === "wide") ? wideLoad(list.filter((a) => a.layout === "wide"), options.period, options.week) : undefined;
    const periods = wide ? mergeLoads(long, wide) : long;
    if (periods.size === 0) continue;
    const sorted = [...periods.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    result.push({ resource: resource?.name ?? list[0].resource.trim(), capacity, periods: sorted });
  }
  return result.sort((a, b) => (a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0));
}

/** Day-by-day peak of long-form assignments, per period. */
export function longLoad(assignments: Assignment[], { period, week }: LoadOptions): Map<string, PeriodLoad> {
  const valid = assignments.filter((a) => a.start !== undefined && a.finish !== undefined && a.finish >= a.start && a.allocation !== undefined && a.allocation > 0 && Number.isFinite(a.allocation));
  const periods = new Map<string, PeriodLoad>();
  if (valid.length === 0) return periods;
  const starts = valid.map((_, i) => i).sort((i, j) => valid[i].start! - valid[j].start!);
  const ends = valid.map((_, i) => i).sort((i, j) => valid[i].finish! - valid[j].finish!);
  const active = new Set<number>();
  const locate = periodLocator(period);
  let s = 0;
  let e = 0;
  let load = 0;
  while (s < starts.length || e < ends.length) {
    // The next event day: an assignment starts, or one ends (the day after its finish).
    const nextStart = s < starts.length ? valid[starts[s]].start! : Infinity;
    const nextEnd = e < ends.length ? valid[ends[e]].finish! + 1 : Infinity;
    const day = Math.min(nextStart, nextEnd);
    while (e < ends.length && valid[ends[e]].finish! + 1 === day) active.delete(ends[e++]);
    while (s < starts.length && valid[starts[s]].start! === day) active.add(starts[s++]);
    load = 0;
    for (const i of active) load += valid[i].allocation!;
    load = roundFte(load);
    if (active.size === 0) continue;
    const following = Math.min(s < starts.length ? valid[starts[s]].start! : Infinity, e < ends.length ? valid[ends[e]].finish! + 1 : Infinity);
    addSegment(periods, valid, active, load, day, following - 1, locate, week);
  }
  return periods;
}

/** Records a stretch of constant load [from, to] in the periods it crosses. */
function addSegment(periods: Map<string, PeriodLoad>, valid: Assignment[], active: Set<number>, load: number, from: number, to: number, locate: ReturnType<typeof periodLocator>, week: WorkWeek): void {
  for (let day = from; day <= to; ) {
    const span = locate(day);
    const pieceEnd = Math.min(to, span.end);
    const days = week.count(day, pieceEnd);
    if (days > 0) {
      const entry = periods.get(span.key);
      if (!entry || load > entry.peak + EPS) {
        periods.set(span.key, { period: span.key, peak: load, peakDays: days, projects: contributors(valid, active) });
      } else if (Math.abs(load - entry.peak) <= EPS) {
        entry.peakDays += days;
      }
    }
    day = pieceEnd + 1;
  }
}

function contributors(valid: Assignment[], active: Set<number>): PeriodLoad["projects"] {
  const byProject = new Map<string, { projectId: string; allocation: number }>();
  for (const i of active) {
    const a = valid[i];
    const key = matchKey(a.projectId);
    const entry = byProject.get(key);
    if (entry) entry.allocation = roundFte(entry.allocation + a.allocation!);
    else byProject.set(key, { projectId: a.projectId, allocation: a.allocation! });
  }
  return [...byProject.values()].sort((a, b) => b.allocation - a.allocation || (a.projectId < b.projectId ? -1 : 1));
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
  return (a) => {
    const project = index.projectsById.get(matchKey(a.projectId));
    if (!project) return false;
    const position = index.stageOf(project);
    return position.name !== undefined && names.has(matchKey(position.name));
  };
}
