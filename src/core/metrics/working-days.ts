/** Working-day arithmetic on day numbers (no Date objects, so no time-zone effects). */
import { weekday, type DayNumber } from "../model/dates";

/** A calendar of working weekdays (0 = Monday … 6 = Sunday). */
export class WorkWeek {
  private readonly working: boolean[];
  readonly perWeek: number;
  /** partial[w * 7 + k]: working days among the k days starting on weekday w. */
  private readonly partial: Uint8Array;

  constructor(workingDays: number[]) {
    this.working = [0, 1, 2, 3, 4, 5, 6].map((d) => workingDays.includes(d));
    this.perWeek = this.working.filter(Boolean).length;
    this.partial = new Uint8Array(49);
    for (let w = 0; w < 7; w++) {
      for (let k = 1; k < 7; k++) this.partial[w * 7 + k] = this.partial[w * 7 + k - 1] + (this.working[(w + k - 1) % 7] ? 1 : 0);
    }
  }

  isWorking(day: DayNumber): boolean {
    return this.working[weekday(day)];
  }

  /** Working days in [from, to], both inclusive; 0 when to < from. O(1). */
  count(from: DayNumber, to: DayNumber): number {
    if (to < from) return 0;
    const span = to - from + 1;
    return Math.floor(span / 7) * this.perWeek + this.partial[weekday(from) * 7 + (span % 7)];
  }
}
