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
  const n = valid.length;
  const startDay = new Float64Array(n);
  const endDay = new Float64Array(n); // first day no longer booked
  const alloc = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    startDay[i] = valid[i].start!;
    endDay[i] = valid[i].finish! + 1;
    alloc[i] = valid[i].allocation!;
  }
  // Each distinct project (by match key) gets a small number, so contributors add up in an array.
  const projectNumber = new Map<string, number>();
  const projectNames: string[] = [];
  const projectOf = new Uint32Array(n);
  const keyOfText = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const text = valid[i].projectId;
    let number = keyOfText.get(text);
    if (number === undefined) {
      const key = matchKey(text);
      number = projectNumber.get(key);
      if (number === undefined) {
        number = projectNames.length;
        projectNumber.set(key, number);
        projectNames.push(text);
      }
      keyOfText.set(text, number);
    }
    projectOf[i] = number;
  }
  const byStart = orderBy(startDay);
  const byEnd = orderBy(endDay);
  const locate = periodLocator(period);
  const entries: Entry[] = [];

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
  const sum = new Float64Array(projectNames.length);
  sweep(startDay, endDay, byStart, byEnd, alloc, (from, to, active) => {
    while (next < entries.length && entries[next].peakAt < from) next++;
    while (next < entries.length && entries[next].peakAt <= to) entries[next++].projects = contributors(active, projectOf, projectNames, alloc, sum);
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
function sweep(startDay: Float64Array, endDay: Float64Array, byStart: Uint32Array, byEnd: Uint32Array, alloc: Float64Array, visit: (from: number, to: number, active: ActiveSet, load: number) => void): void {
  const n = byStart.length;
  const active = new ActiveSet(n);
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

/** Projects booked at once with their summed allocation, largest first; `sum` is scratch space, left zeroed. */
function contributors(active: ActiveSet, projectOf: Uint32Array, names: string[], alloc: Float64Array, sum: Float64Array): PeriodLoad["projects"] {
  const touched: number[] = [];
  for (let a = 0; a < active.size; a++) {
    const i = active.items[a];
    const p = projectOf[i];
    if (sum[p] === 0) touched.push(p);
    sum[p] += alloc[i];
  }
  const result: PeriodLoad["projects"] = touched.map((p) => ({ projectId: names[p], allocation: roundFte(sum[p]) }));
  for (const p of touched) sum[p] = 0;
  return result.sort((a, b) => b.allocation - a.allocation || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
}

/** The assignments booked on the current day: O(1) add and remove (swap with the last), no allocation. */
class ActiveSet {
  readonly items: Uint32Array;
  private readonly position: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.items = new Uint32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  add(i: number): void {
    this.position[i] = this.size;
    this.items[this.size++] = i;
  }

  delete(i: number): void {
    const at = this.position[i];
    if (at < 0) return;
    const last = this.items[--this.size];
    this.items[at] = last;
    this.position[last] = at;
    this.position[i] = -1;
  }
}
