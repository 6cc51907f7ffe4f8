/**
 * Day-by-day peak of long-form assignments for one resource, as Microsoft Project's Max Units check
 * works, computed by sweeping start/end events (O(n log n)) rather than looping over days. The load is
 * constant between two events; each constant stretch is split at period boundaries and its working
 * days counted arithmetically. Contributors are collected in a second sweep, only at each period's
 * peak day. Buffers live in a workspace reused across resources: thousands of small resources would
 * otherwise allocate (and garbage-collect) thousands of typed arrays. Projects come numbered by the
 * caller, so no map is consulted per assignment.
 */
import type { Assignment } from "../model/portfolio";
import { roundFte, type PeriodLoad } from "./fte";
import type { LoadCalendar } from "./load-calendar";
import { NO_PROJECTS, type LoadWorkspace } from "./load-workspace";
import type { PeriodSpan } from "./periods";

const EPS = 1e-9;
/** Later than any day: the end of the event lists. */
const NO_DAY = 0x7fffffff;

/**
 * The assignments' figures in resource order (the caller's counting sort), so that one resource's are
 * contiguous and read sequentially: start, first day after the finish, allocation, project number;
 * `bookable` is 1 for a long-form assignment with valid dates and a positive allocation, `wide` for a
 * wide-plan row, `index` the assignment's position in the portfolio. Days are whole (DayNumber) and
 * kept as 32-bit integers, so the sweep's weekday arithmetic is integer arithmetic.
 */
export interface AssignmentColumns {
  start: Int32Array;
  end: Int32Array;
  allocation: Float64Array;
  project: Int32Array;
  bookable: Uint8Array;
  /** 1 for a wide-plan row (handled by wide-load.ts). */
  wide: Uint8Array;
  index: Uint32Array;
  /** The earliest start and the latest end (first day no longer booked) of the bookable ones; last < first when none is. */
  first: number;
  last: number;
}

/** One resource's assignments: positions from … to-1 of the columns. */
export interface LongLoadJob {
  columns: AssignmentColumns;
  from: number;
  to: number;
}

/**
 * Reads every assignment once, in sheet order, into the columns at its position (`position[i]`, or -1
 * to leave assignment i out): the writes scatter, the reads of the records do not.
 */
export function assignmentColumns(assignments: Assignment[], projectNumbers: Int32Array, position: Int32Array, size: number): AssignmentColumns {
  const columns: AssignmentColumns = {
    start: new Int32Array(size),
    end: new Int32Array(size),
    allocation: new Float64Array(size),
    project: new Int32Array(size),
    bookable: new Uint8Array(size),
    wide: new Uint8Array(size),
    index: new Uint32Array(size),
    first: NO_DAY,
    last: -NO_DAY,
  };
  for (let i = 0; i < assignments.length; i++) {
    const at = position[i];
    if (at < 0) continue;
    const a = assignments[i];
    columns.index[at] = i;
    columns.project[at] = projectNumbers[i];
    if (a.layout === "wide") columns.wide[at] = 1;
    if (a.layout !== "long" || a.start === undefined || a.finish === undefined || a.finish < a.start || a.allocation === undefined || !(a.allocation > 0) || !Number.isFinite(a.allocation)) continue;
    columns.start[at] = a.start;
    columns.end[at] = a.finish + 1;
    columns.allocation[at] = a.allocation;
    columns.bookable[at] = 1;
    if (a.start < columns.first) columns.first = a.start;
    if (a.finish + 1 > columns.last) columns.last = a.finish + 1;
  }
  return columns;
}

/**
 * Peak per period of one resource's long-form assignments, in period order. Contributing projects are listed for the
 * periods whose peak exceeds `capacity` (the ones a PMO acts on; listing them everywhere would allocate
 * hundreds of thousands of objects on a large portfolio for nothing).
 */
export function longLoad(job: LongLoadJob, calendar: LoadCalendar, capacity: number, ws: LoadWorkspace): PeriodLoad[] {
  const { columns, from, to } = job;
  ws.ensure(to - from);
  let n = 0;
  for (let k = from; k < to; k++) {
    if (columns.bookable[k] === 0) continue;
    ws.startDay[n] = columns.start[k];
    ws.endDay[n] = columns.end[k];
    ws.alloc[n] = columns.allocation[k];
    ws.projectOf[n] = columns.project[k];
    n++;
  }
  if (n === 0) return [];
  orderBy(ws.startDay, n, ws.packed, ws.byStart);
  orderBy(ws.endDay, n, ws.packed, ws.byEnd);
  const count = sweepPeaks(ws, n, calendar);

  // A period within capacity lists no projects, and many resources share its figures (the same month
  // at the same peak for the same days): those entries are shared, frozen objects, one per figures.
  const entries: PeriodLoad[] = [];
  const over: number[] = [];
  for (let k = 0; k < count; k++) {
    const span = ws.entrySpan[k];
    const peak = ws.entryPeak[k];
    const peakDays = ws.entryDays[k];
    if (peak > capacity + EPS) {
      over.push(k);
      entries.push({ period: span.key, peak, peakDays, projects: NO_PROJECTS });
    } else entries.push(ws.within(span, peak, peakDays));
  }
  if (over.length === 0) return entries;

  // Second sweep: who is booked on each over-capacity period's peak day.
  const peakAt = ws.entryAt;
  over.sort((a, b) => peakAt[a] - peakAt[b]);
  let next = 0;
  sweep(ws, n, (from, to) => {
    while (next < over.length && peakAt[over[next]] < from) next++;
    while (next < over.length && peakAt[over[next]] <= to) entries[over[next++]].projects = contributors(ws);
  });
  return entries;
}

/**
 * The first sweep, written out (no callback per stretch): each stretch of constant load is split at
 * period boundaries, and each period keeps its peak, the working days at it and the first such day,
 * in ws.entry*. Stretches arrive in day order, so periods do too: the entry to update is the last one
 * or a new one. Returns how many entries there are. Load is summed in the same order as sweep's.
 */
function sweepPeaks(ws: LoadWorkspace, n: number, calendar: LoadCalendar): number {
  const { startDay, endDay, byStart, byEnd, alloc, activePosition, activeItems } = ws;
  let count = 0;
  let activeSize = 0;
  let runningLoad = 0;
  let s = 0;
  let e = 0;
  let span: PeriodSpan | undefined;
  while (s < n || e < n) {
    // An integer bound rather than Infinity keeps the days (and the weekday arithmetic) in integers.
    const day = Math.min(s < n ? startDay[byStart[s]] : NO_DAY, e < n ? endDay[byEnd[e]] : NO_DAY);
    while (e < n && endDay[byEnd[e]] === day) {
      const i = byEnd[e++];
      const at = activePosition[i];
      const last = activeItems[--activeSize];
      activeItems[at] = last;
      activePosition[last] = at;
      runningLoad -= alloc[i];
    }
    while (s < n && startDay[byStart[s]] === day) {
      const i = byStart[s++];
      activePosition[i] = activeSize;
      activeItems[activeSize++] = i;
      runningLoad += alloc[i];
    }
    if (activeSize === 0) {
      runningLoad = 0; // no drift carried from one busy stretch to the next
      continue;
    }
    const to = Math.min(s < n ? startDay[byStart[s]] : NO_DAY, e < n ? endDay[byEnd[e]] : NO_DAY) - 1;
    const load = roundFte(runningLoad);
    for (let d = day; d <= to; ) {
      if (span === undefined || d > span.end || d < span.start) span = calendar.span(d);
      const pieceEnd = Math.min(to, span.end);
      const days = calendar.count(d, pieceEnd);
      if (days > 0) {
        const last = count - 1;
        if (count === 0 || ws.entrySpan[last] !== span) {
          ws.ensureEntries(count + 1);
          ws.entrySpan[count] = span;
          ws.entryPeak[count] = load;
          ws.entryDays[count] = days;
          ws.entryAt[count] = calendar.firstWorking(d);
          count++;
        } else if (load > ws.entryPeak[last] + EPS) {
          ws.entryPeak[last] = load;
          ws.entryDays[last] = days;
          ws.entryAt[last] = calendar.firstWorking(d);
        } else if (Math.abs(load - ws.entryPeak[last]) <= EPS) {
          ws.entryDays[last] += days;
        }
      }
      d = pieceEnd + 1;
    }
  }
  return count;
}

/** Room for 2^21 assignments per resource; days are shifted to be positive (dates back to 1700). */
const SLOT = 2 ** 21;
const OFFSET = 100_000;

/**
 * Writes into `order` the indices 0..n-1 ordered by day, ties in index order. Most people have a dozen
 * assignments: an insertion sort of the indices beats a native sort call. More are packed, day and index
 * in one float64 (day × 2^21 + index, exact below 2^53), and sorted natively without a comparator.
 */
function orderBy(days: Int32Array, n: number, packed: Float64Array, order: Uint32Array): void {
  if (n <= 32) {
    for (let i = 0; i < n; i++) {
      const day = days[i];
      let j = i - 1;
      // Strictly later days move up: equal days keep index order.
      for (; j >= 0 && days[order[j]] > day; j--) order[j + 1] = order[j];
      order[j + 1] = i;
    }
    return;
  }
  for (let i = 0; i < n; i++) packed[i] = (days[i] + OFFSET) * SLOT + i;
  packed.subarray(0, n).sort();
  // The index is the remainder; a float % is a library call, the subtraction is exact.
  for (let i = 0; i < n; i++) order[i] = packed[i] - Math.floor(packed[i] / SLOT) * SLOT;
}

/**
 * Calls visit(from, to, load) for each stretch [from, to] with a constant, non-empty set of
 * assignments (kept in ws.activeItems[0 … ws.activeSize-1]); load is their summed allocation. The
 * second sweep (contributors) uses it; sweepPeaks is the same walk written out.
 */
function sweep(ws: LoadWorkspace, n: number, visit: (from: number, to: number, load: number) => void): void {
  const { startDay, endDay, byStart, byEnd, alloc, activeItems, activePosition } = ws;
  let activeSize = 0;
  ws.activeSize = 0;
  let load = 0;
  let s = 0;
  let e = 0;
  while (s < n || e < n) {
    const day = Math.min(s < n ? startDay[byStart[s]] : Infinity, e < n ? endDay[byEnd[e]] : Infinity);
    while (e < n && endDay[byEnd[e]] === day) {
      // Swap-remove: the last active assignment takes the place of the one ending.
      const i = byEnd[e++];
      const at = activePosition[i];
      const last = activeItems[--activeSize];
      activeItems[at] = last;
      activePosition[last] = at;
      load -= alloc[i];
    }
    while (s < n && startDay[byStart[s]] === day) {
      const i = byStart[s++];
      activePosition[i] = activeSize;
      activeItems[activeSize++] = i;
      load += alloc[i];
    }
    if (activeSize === 0) {
      load = 0; // no drift carried from one busy stretch to the next
      continue;
    }
    const following = Math.min(s < n ? startDay[byStart[s]] : Infinity, e < n ? endDay[byEnd[e]] : Infinity);
    ws.activeSize = activeSize;
    visit(day, following - 1, load);
  }
}

/** Projects booked at once with their summed allocation, largest first (ws.sum is left zeroed). */
function contributors(ws: LoadWorkspace): PeriodLoad["projects"] {
  const { projectOf, alloc, activeItems, projectNames } = ws;
  if (ws.sum.length < projectNames.length) ws.sum = new Float64Array(projectNames.length);
  const sum = ws.sum;
  const touched: number[] = [];
  for (let a = 0; a < ws.activeSize; a++) {
    const i = activeItems[a];
    const p = projectOf[i];
    if (sum[p] === 0) touched.push(p);
    sum[p] += alloc[i];
  }
  const result: PeriodLoad["projects"] = touched.map((p) => ({ projectId: projectNames[p], allocation: roundFte(sum[p]) }));
  for (const p of touched) sum[p] = 0;
  return result.sort((a, b) => b.allocation - a.allocation || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
}
