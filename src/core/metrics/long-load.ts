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
import { periodLocator, type PeriodKind, type PeriodSpan } from "./periods";
import type { WorkWeek } from "./working-days";

const EPS = 1e-9;

/**
 * Most slots of the shared-entry cache: 2^20. The cache gets half as many slots as there are
 * assignments: 2^16 for 100k assignments (21.9k objects for 12.7k distinct entries, against 192k
 * unshared), 2^19 for a million rather than thrashing in 2^16.
 */
const MAX_SHARED_BITS = 20;

/**
 * The contributor list of every period within capacity: one frozen empty array shared by all of them.
 * A large portfolio has hundreds of thousands of resource-periods; an array each was a third of their
 * allocations. Frozen, so a caller that tried to add to it would fail loudly rather than share the edit.
 */
const NO_PROJECTS: PeriodLoad["projects"] = Object.freeze([]) as unknown as PeriodLoad["projects"];

/** Scratch buffers and the project numbering shared by every resource of one computation. */
export class LoadWorkspace {
  startDay = new Float64Array(64);
  endDay = new Float64Array(64); // first day no longer booked
  alloc = new Float64Array(64);
  projectOf = new Uint32Array(64);
  packed = new Float64Array(64);
  byStart = new Uint32Array(64);
  byEnd = new Uint32Array(64);
  activeItems = new Uint32Array(64);
  activePosition = new Int32Array(64);
  /** One resource's periods while it is swept: span, peak, days at the peak, first working day at the peak. */
  entrySpan: PeriodSpan[] = [];
  entryPeak = new Float64Array(64);
  entryDays = new Float64Array(64);
  entryAt = new Float64Array(64);
  /**
   * The shared within-capacity entries of this computation: a direct-mapped cache (slot by hash of span,
   * peak and days). A slot is one array read where two Map lookups per entry were; a collision only
   * costs a second frozen object with the same figures.
   */
  private readonly sharedBits: number;
  private readonly sharedEntry: (PeriodLoad | undefined)[];
  /** How many of activeItems are booked in the stretch being visited. */
  activeSize = 0;
  sum = new Float64Array(64);
  projectNames: string[] = [];

  /** `assignments`: how many the computation has, to size the shared-entry cache (small plans, small cache). */
  constructor(assignments = 1 << MAX_SHARED_BITS) {
    this.sharedBits = Math.min(MAX_SHARED_BITS, Math.max(8, Math.ceil(Math.log2(assignments / 2 + 1))));
    const slots = 1 << this.sharedBits;
    this.sharedEntry = new Array(slots).fill(undefined);
  }

  ensureEntries(n: number): void {
    if (n <= this.entryPeak.length) return;
    const size = Math.max(n, this.entryPeak.length * 2);
    const grow = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.entryPeak = grow(this.entryPeak);
    this.entryDays = grow(this.entryDays);
    this.entryAt = grow(this.entryAt);
  }

  /** The entry of a period within capacity (no projects listed): one frozen object per span, peak and days. */
  within(span: PeriodSpan, peak: number, peakDays: number): PeriodLoad {
    // Peaks are rounded to a millionth (roundFte) and days are few, so the pair packs into one exact integer.
    if (!(peak >= 0 && peak < 1e6 && Number.isInteger(peakDays) && peakDays >= 0 && peakDays < 64)) return { period: span.key, peak, peakDays, projects: NO_PROJECTS };
    const key = Math.round(peak * 1e6) * 64 + peakDays;
    const slot = (Math.imul(span.start, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b)) >>> (32 - this.sharedBits);
    // The entry says what it holds: comparing its own figures costs no second array read (a cache miss).
    const cached = this.sharedEntry[slot];
    if (cached !== undefined && cached.period === span.key && cached.peak === peak && cached.peakDays === peakDays) return cached;
    const entry = Object.freeze({ period: span.key, peak, peakDays, projects: NO_PROJECTS }) as PeriodLoad;
    this.sharedEntry[slot] = entry;
    return entry;
  }

  ensure(n: number): void {
    if (n <= this.startDay.length) return;
    const size = Math.max(n, this.startDay.length * 2);
    this.startDay = new Float64Array(size);
    this.endDay = new Float64Array(size);
    this.alloc = new Float64Array(size);
    this.projectOf = new Uint32Array(size);
    this.packed = new Float64Array(size);
    this.byStart = new Uint32Array(size);
    this.byEnd = new Uint32Array(size);
    this.activeItems = new Uint32Array(size);
    this.activePosition = new Int32Array(size);
  }
}

/**
 * Every assignment's figures, read once in sheet order (sequential memory access) by the caller:
 * start, first day after the finish, allocation, project number; `bookable` is 1 for a long-form
 * assignment with valid dates and a positive allocation, `wide` for a wide-plan row.
 */
export interface AssignmentColumns {
  start: Float64Array;
  end: Float64Array;
  allocation: Float64Array;
  project: Int32Array;
  bookable: Uint8Array;
  /** 1 for a wide-plan row (handled by wide-load.ts). */
  wide: Uint8Array;
}

/** One resource's assignments: indices order[from … to-1] into the columns. */
export interface LongLoadJob {
  columns: AssignmentColumns;
  order: Uint32Array;
  from: number;
  to: number;
}

/** Reads the columns of all assignments (see AssignmentColumns). */
export function assignmentColumns(assignments: Assignment[], projectNumbers: Int32Array): AssignmentColumns {
  const n = assignments.length;
  const columns: AssignmentColumns = { start: new Float64Array(n), end: new Float64Array(n), allocation: new Float64Array(n), project: projectNumbers, bookable: new Uint8Array(n), wide: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const a = assignments[i];
    if (a.layout === "wide") columns.wide[i] = 1;
    if (a.layout !== "long" || a.start === undefined || a.finish === undefined || a.finish < a.start || a.allocation === undefined || !(a.allocation > 0) || !Number.isFinite(a.allocation)) continue;
    columns.start[i] = a.start;
    columns.end[i] = a.finish + 1;
    columns.allocation[i] = a.allocation;
    columns.bookable[i] = 1;
  }
  return columns;
}

/**
 * Peak per period of one resource's long-form assignments, in period order. Contributing projects are listed for the
 * periods whose peak exceeds `capacity` (the ones a PMO acts on; listing them everywhere would allocate
 * hundreds of thousands of objects on a large portfolio for nothing).
 */
export function longLoad(job: LongLoadJob, period: PeriodKind, week: WorkWeek, capacity: number, ws: LoadWorkspace): PeriodLoad[] {
  const { columns, order, from, to } = job;
  ws.ensure(to - from);
  let n = 0;
  for (let k = from; k < to; k++) {
    const i = order[k];
    if (columns.bookable[i] === 0) continue;
    ws.startDay[n] = columns.start[i];
    ws.endDay[n] = columns.end[i];
    ws.alloc[n] = columns.allocation[i];
    ws.projectOf[n] = columns.project[i];
    n++;
  }
  if (n === 0) return [];
  orderBy(ws.startDay, n, ws.packed, ws.byStart);
  orderBy(ws.endDay, n, ws.packed, ws.byEnd);
  const locate = periodLocator(period);

  // Stretches arrive in day order, so periods do too: the entry to update is the last one or a new one.
  // Entries are kept as figures in the workspace and become objects once complete (see below).
  let count = 0;
  sweep(ws, n, (from, to, runningLoad) => {
    const load = roundFte(runningLoad);
    for (let day = from; day <= to; ) {
      const span = locate(day);
      const pieceEnd = Math.min(to, span.end);
      const days = week.count(day, pieceEnd);
      if (days > 0) {
        const last = count - 1;
        if (count === 0 || ws.entrySpan[last] !== span) {
          ws.ensureEntries(count + 1);
          ws.entrySpan[count] = span;
          ws.entryPeak[count] = load;
          ws.entryDays[count] = days;
          ws.entryAt[count] = firstWorking(day, week);
          count++;
        } else if (load > ws.entryPeak[last] + EPS) {
          ws.entryPeak[last] = load;
          ws.entryDays[last] = days;
          ws.entryAt[last] = firstWorking(day, week);
        } else if (Math.abs(load - ws.entryPeak[last]) <= EPS) {
          ws.entryDays[last] += days;
        }
      }
      day = pieceEnd + 1;
    }
  });

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

/** Room for 2^21 assignments per resource; days are shifted to be positive (dates back to 1700). */
const SLOT = 2 ** 21;
const OFFSET = 100_000;

/**
 * Writes into `order` the indices 0..n-1 ordered by day, without a comparator: day and index are
 * packed into one float64 (day × 2^21 + index, exact below 2^53) and sorted natively.
 */
function orderBy(days: Float64Array, n: number, packed: Float64Array, order: Uint32Array): void {
  for (let i = 0; i < n; i++) packed[i] = (days[i] + OFFSET) * SLOT + i;
  // Most people have a dozen assignments: an insertion sort in place beats a subarray view and a native sort call.
  if (n <= 32) {
    for (let i = 1; i < n; i++) {
      const v = packed[i];
      let j = i - 1;
      for (; j >= 0 && packed[j] > v; j--) packed[j + 1] = packed[j];
      packed[j + 1] = v;
    }
  } else packed.subarray(0, n).sort();
  for (let i = 0; i < n; i++) order[i] = packed[i] % SLOT;
}

/**
 * Calls visit(from, to, load) for each stretch [from, to] with a constant, non-empty set of
 * assignments (kept in ws.activeItems[0 … ws.activeSize-1]); load is their summed allocation.
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

function firstWorking(day: number, week: WorkWeek): number {
  let d = day;
  while (!week.isWorking(d)) d++;
  return d;
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
