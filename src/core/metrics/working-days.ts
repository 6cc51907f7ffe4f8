/** Working-day arithmetic on day numbers (no Date objects, so no time-zone effects). */
import { weekday, type DayNumber } from "../model/dates";

/** A calendar of working weekdays (0 = Monday … 6 = Sunday). */
export class WorkWeek {
  private readonly working: boolean[];
  readonly perWeek: number;

  constructor(workingDays: number[]) {
    this.working = [0, 1, 2, 3, 4, 5, 6].map((d) => workingDays.includes(d));
    this.perWeek = this.working.filter(Boolean).length;
  }

  isWorking(day: DayNumber): boolean {
    return this.working[weekday(day)];
  }

  /** Working days in [from, to], both inclusive; 0 when to < from. O(1). */
  count(from: DayNumber, to: DayNumber): number {
    if (to < from) return 0;
    const span = to - from + 1;
    const weeks = Math.floor(span / 7);
    let n = weeks * this.perWeek;
    let wd = weekday(from);
    for (let i = 0; i < span % 7; i++) {
      if (this.working[wd]) n++;
      wd = wd === 6 ? 0 : wd + 1;
    }
    return n;
  }
}
