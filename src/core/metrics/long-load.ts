/**
 * Day-by-day peak of long-form assignments for one resource, as Microsoft Project's Max Units check
 * works, computed by sweeping start/end events (O(n log n)) rather than looping over days. The load is
 * constant between two events; each constant stretch is split at period boundaries and its working
 * days counted arithmetically. Contributors are collected in a second sweep, only at each period's
 * peak day, so a busy resource does not snapshot its assignments at every event.
 */
import type { Assignment } from "../model/portfolio";
import { matchKey } from "../rules/support/keys";
import { roundFte, type PeriodLoad } from "./fte";
import { periodLocator, type PeriodKind } from "./periods";
import type { WorkWeek } from "./working-days";

const EPS = 1e-9;

interface Entry extends PeriodLoad {
  /** First working stretch start at which the peak is reached. */
  peakAt: number;
}

export function longLoad(assignments: Assignment[], period: PeriodKind, week: WorkWeek): Map<string, PeriodLoad> {
  const valid = assignments.filter((a) => a.start !== undefined && a.finish !== undefined && a.finish >= a.start && a.allocation !== undefined && a.allocation > 0 && Number.isFinite(a.allocation));
  const periods = new Map<string, PeriodLoad>();
  if (valid.length === 0) return periods;
  const startDay = Float64Array.from(valid, (a) => a.start!);
  const endDay = Float64Array.from(valid, (a) => a.finish! + 1); // first day no longer booked
  const alloc = Float64Array.from(valid, (a) => a.allocation!);
  const byStart = orderBy(startDay);
  const byEnd = orderBy(endDay);
  const locate = periodLocator(period);
  const entries: Entry[] = [];
  const projectKeys = valid.map((a) => matchKey(a.projectId));

  sweep(startDay, endDay, byStart, byEnd, alloc, (from, to, active, runningLoad) => {
    const load = roundFte(runningLoad);
    for (let day = from; day <= to; ) {
      const span = locate(day);
      const pieceEnd = Math.min(to, span.end);
      const days = week.count(day, pieceEnd);
      if (days > 0) {
        const entry = periods.get(span.key) as Entry | undefined;
        if (!entry) {
          const created: Entry = { period: span.key, peak: load, peakDays: days, projects: [], peakAt: firstWorking(day, week) };
          periods.set(span.key, created);
          entries.push(created);
        } else if (load > entry.peak + EPS) {
          entry.peak = load;
          entry.peakDays = days;
          entry.peakAt = firstWorking(day, week);
        } else if (Math.abs(load - entry.peak) <= EPS) {
          entry.peakDays += days;
        }
      }
      day = pieceEnd + 1;
    }
  });

  // Second sweep: who is booked on each period's peak day.
  entries.sort((a, b) => a.peakAt - b.peakAt);
  let next = 0;
  sweep(startDay, endDay, byStart, byEnd, alloc, (from, to, active) => {
    while (next < entries.length && entries[next].peakAt < from) next++;
    while (next < entries.length && entries[next].peakAt <= to) entries[next++].projects = contributors(valid, projectKeys, active, alloc);
  });
  for (const entry of entries) delete (entry as Partial<Entry>).peakAt;
  return periods;
}

/**
 * Indices ordered by day without a comparator: day and index are packed into one float64
 * (day × 2^21 + index, exact below 2^53) and sorted natively, much faster than a callback sort.
 */
function orderBy(days: Float64Array): Uint32Array {
  const packed = new Float64Array(days.length);
  for (let i = 0; i < days.length; i++) packed[i] = (days[i] + OFFSET) * SLOT + i;
  packed.sort();
  const order = new Uint32Array(days.length);
  for (let i = 0; i < days.length; i++) order[i] = packed[i] % SLOT;
  return order;
}

/** Room for 2^21 assignments per resource; days are shifted to be positive (dates back to 1700). */
const SLOT = 2 ** 21;
const OFFSET = 100_000;

/**
 * Calls visit(from, to, active, load) for each stretch [from, to] with a constant, non-empty set of
 * assignments; load is their summed allocation.
 */
function sweep(startDay: Float64Array, endDay: Float64Array, byStart: Uint32Array, byEnd: Uint32Array, alloc: Float64Array, visit: (from: number, to: number, active: Set<number>, load: number) => void): void {
  const n = byStart.length;
  const active = new Set<number>();
  let load = 0;
  let s = 0;
  let e = 0;
  while (s < n || e < n) {
    const day = Math.min(s < n ? startDay[byStart[s]] : Infinity, e < n ? endDay[byEnd[e]] : Infinity);
    while (e < n && endDay[byEnd[e]] === day) {
      active.delete(byEnd[e]);
      load -= alloc[byEnd[e++]];
    }
    while (s < n && startDay[byStart[s]] === day) {
      active.add(byStart[s]);
      load += alloc[byStart[s++]];
    }
    if (active.size === 0) {
      load = 0; // no drift carried from one busy stretch to the next
      continue;
    }
    const following = Math.min(s < n ? startDay[byStart[s]] : Infinity, e < n ? endDay[byEnd[e]] : Infinity);
    visit(day, following - 1, active, load);
  }
}

function firstWorking(day: number, week: WorkWeek): number {
  let d = day;
  while (!week.isWorking(d)) d++;
  return d;
}

function contributors(valid: Assignment[], projectKeys: string[], active: Set<number>, alloc: Float64Array): PeriodLoad["projects"] {
  // Few assignments overlap at once, so a linear search beats a Map here.
  const keys: string[] = [];
  const result: PeriodLoad["projects"] = [];
  for (const i of active) {
    const at = keys.indexOf(projectKeys[i]);
    if (at >= 0) result[at].allocation = roundFte(result[at].allocation + alloc[i]);
    else {
      keys.push(projectKeys[i]);
      result.push({ projectId: valid[i].projectId, allocation: alloc[i] });
    }
  }
  return result.sort((a, b) => b.allocation - a.allocation || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
}
