/**
 * Working days and periods of the days a load computation covers, as tables: the sweep asks for every
 * stretch of every resource how many working days it holds, where its period ends and its first
 * working day, and a table answers each with an array read instead of weekday and date arithmetic.
 * Days outside the tables (a range too long to tabulate) are answered by the arithmetic.
 */
import type { DayNumber } from "../model/dates";
import type { PeriodSpan } from "./periods";
import type { WorkWeek } from "./working-days";

/** At most this many days are tabulated (about 180 years; three tables of 64k entries). */
const MAX_DAYS = 1 << 16;

export class LoadCalendar {
  private readonly base: number;
  private readonly size: number;
  /** workingBefore[k]: working days in [base, base + k). */
  private readonly workingBefore: Int32Array;
  /** nextWorking[k]: the first working day on or after base + k (-1 when none in the table). */
  private readonly nextWorking: Int32Array;
  private readonly spans: PeriodSpan[];

  /** Tables for the days first … last (both inclusive), when there are not too many of them. */
  constructor(
    private readonly week: WorkWeek,
    private readonly locate: (day: DayNumber) => PeriodSpan,
    first: DayNumber,
    last: DayNumber,
  ) {
    const size = last >= first && last - first < MAX_DAYS ? last - first + 1 : 0;
    this.base = size > 0 ? first : 0;
    this.size = size;
    this.workingBefore = new Int32Array(size + 1);
    this.nextWorking = new Int32Array(size);
    this.spans = new Array<PeriodSpan>(size);
    for (let k = 0; k < size; k++) {
      this.workingBefore[k + 1] = this.workingBefore[k] + (week.isWorking(first + k) ? 1 : 0);
      this.spans[k] = locate(first + k);
    }
    let next = -1;
    for (let k = size - 1; k >= 0; k--) {
      if (week.isWorking(first + k)) next = first + k;
      this.nextWorking[k] = next;
    }
  }

  /** Working days in [from, to], both inclusive; 0 when to < from (as WorkWeek.count). */
  count(from: DayNumber, to: DayNumber): number {
    const a = from - this.base;
    const b = to - this.base;
    if (a >= 0 && b < this.size) return b < a ? 0 : this.workingBefore[b + 1] - this.workingBefore[a];
    return this.week.count(from, to);
  }

  /** The period holding a day. */
  span(day: DayNumber): PeriodSpan {
    const k = day - this.base;
    return k >= 0 && k < this.size ? this.spans[k] : this.locate(day);
  }

  /** The first working day on or after `day` (the caller knows there is one). */
  firstWorking(day: DayNumber): DayNumber {
    const k = day - this.base;
    const next = k >= 0 && k < this.size ? this.nextWorking[k] : -1;
    if (next >= 0) return next;
    let d = day;
    while (!this.week.isWorking(d)) d++;
    return d;
  }
}
