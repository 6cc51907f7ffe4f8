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
import { LoadWorkspace, longLoad } from "./long-load";
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

/** Load of every resource that has assignments, sorted by resource name. */
export function computeResourceLoad(assignments: Assignment[], index: PortfolioIndex, options: LoadOptions): ResourceLoad[] {
  // Grouped by the exact text first (cheap), then by match key over the few distinct spellings.
  const byText = new Map<string, Assignment[]>();
  for (const a of assignments) {
    if (options.exclude?.(a)) continue;
    const list = byText.get(a.resource);
    if (list) list.push(a);
    else byText.set(a.resource, [a]);
  }
  const byResource = new Map<string, Assignment[]>();
  for (const [text, list] of byText) {
    if (text.trim() === "") continue;
    const key = matchKey(text);
    const merged = byResource.get(key);
    if (merged) for (const a of list) merged.push(a);
    else byResource.set(key, list);
  }
  const result: ResourceLoad[] = [];
  const workspace = new LoadWorkspace();
  for (const [key, list] of byResource) {
    const resource: Resource | undefined = index.resourcesByName.get(key);
    const capacity = resource && resource.capacity > 0 ? resource.capacity : options.defaultCapacity;
    const long = longLoad(list.filter((a) => a.layout === "long"), options.period, options.week, capacity, workspace);
    const wide = list.some((a) => a.layout === "wide") ? wideLoad(list.filter((a) => a.layout === "wide"), options.period, options.week) : undefined;
    const periods = wide ? mergeLoads(long, wide) : long;
    if (periods.size === 0) continue;
    const sorted = [...periods.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    result.push({ resource: resource?.name ?? list[0].resource.trim(), capacity, periods: sorted });
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

/** Excludes assignments of projects in the given stages (for resource/over-allocated's option). */
export function excludeProjectsIn(stages: string[], index: PortfolioIndex): (a: Assignment) => boolean {
  const names = new Set(stages.map(matchKey));
  const memo = new Map<string, boolean>();
  return (a) => {
    let excluded = memo.get(a.projectId);
    if (excluded === undefined) {
      const project = index.projectsById.get(matchKey(a.projectId));
      const position = project ? index.stageOf(project) : undefined;
      excluded = position?.name !== undefined && names.has(matchKey(position.name));
      memo.set(a.projectId, excluded);
    }
    return excluded;
  };
}
