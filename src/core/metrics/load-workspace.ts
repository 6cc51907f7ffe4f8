/** Scratch buffers shared by every resource of one load computation, and the shared within-capacity entries. */
import type { PeriodLoad } from "./fte";
import type { PeriodSpan } from "./periods";

/**
 * The contributor list of every period within capacity: one frozen empty array shared by all of them.
 * A large portfolio has hundreds of thousands of resource-periods; an array each was a third of their
 * allocations. Frozen, so a caller that tried to add to it would fail loudly rather than share the edit.
 */
export const NO_PROJECTS: PeriodLoad["projects"] = Object.freeze([]) as unknown as PeriodLoad["projects"];

/** Scratch buffers and the project numbering shared by every resource of one computation. */
export class LoadWorkspace {
  startDay = new Int32Array(64);
  endDay = new Int32Array(64); // first day no longer booked
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
   * The shared within-capacity entries of this computation, by span (its id) and then by peak and days
   * packed into one number. Each span's map is small and stays in cache while resource after resource
   * asks it; one table for all spans, hashed, missed the cache on nearly every entry.
   */
  private readonly sharedEntry: (SharedEntries | undefined)[] = [];
  /** How many of activeItems are booked in the stretch being visited. */
  activeSize = 0;
  sum = new Float64Array(64);
  projectNames: string[] = [];

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
    let shared = this.sharedEntry[span.id];
    if (shared === undefined) this.sharedEntry[span.id] = shared = new SharedEntries();
    return shared.get(key) ?? shared.add(key, Object.freeze({ period: span.key, peak, peakDays, projects: NO_PROJECTS }) as PeriodLoad);
  }

  ensure(n: number): void {
    if (n <= this.startDay.length) return;
    const size = Math.max(n, this.startDay.length * 2);
    this.startDay = new Int32Array(size);
    this.endDay = new Int32Array(size);
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
 * One span's shared entries by their packed figures: an open-addressing table over a Float64Array. A
 * Map keyed by numbers this large boxes each key (a heap number per lookup) and hashes it generically.
 */
class SharedEntries {
  private keys = new Float64Array(16).fill(-1);
  private values: (PeriodLoad | undefined)[] = new Array(16).fill(undefined);
  private size = 0;

  get(key: number): PeriodLoad | undefined {
    const mask = this.keys.length - 1;
    for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
      const k = this.keys[slot];
      if (k === key) return this.values[slot];
      if (k === -1) return undefined;
    }
  }

  add(key: number, entry: PeriodLoad): PeriodLoad {
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(key, entry);
    this.size++;
    return entry;
  }

  private place(key: number, entry: PeriodLoad): void {
    const mask = this.keys.length - 1;
    let slot = slotOf(key, mask);
    while (this.keys[slot] !== -1) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = entry;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Array(keys.length * 2).fill(undefined);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.place(keys[i], values[i]!);
  }
}

/** A slot for a non-negative integer key below 2^53: both 32-bit halves mixed (keys differ mostly in the low bits). */
function slotOf(key: number, mask: number): number {
  const low = key >>> 0;
  const high = (key / 4294967296) >>> 0;
  return Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> 16 & mask;
}
