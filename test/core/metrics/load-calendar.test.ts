import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { LoadCalendar } from "../../../src/core/metrics/load-calendar";
import { periodLocator } from "../../../src/core/metrics/periods";
import { WorkWeek } from "../../../src/core/metrics/working-days";

const week = new WorkWeek([0, 1, 2, 3, 4]);
const first = dayFromIso("2026-01-01");
const last = dayFromIso("2026-12-31");

function firstWorking(day: number): number {
  let d = day;
  while (!week.isWorking(d)) d++;
  return d;
}

describe("LoadCalendar", () => {
  const calendar = new LoadCalendar(week, periodLocator("month"), first, last);
  const locate = periodLocator("month");

  it("counts working days as WorkWeek does, inside and across the table's edges", () => {
    for (const [from, to] of [[first, last], [first + 3, first + 40], [first - 20, first + 5], [last - 5, last + 30], [first + 10, first + 9]]) {
      expect(calendar.count(from, to)).toBe(week.count(from, to));
    }
  });

  it("finds a day's period and first working day, inside and outside the table", () => {
    for (const day of [first - 3, first, dayFromIso("2026-03-01"), dayFromIso("2026-05-31"), last, last + 2]) {
      expect(calendar.span(day)).toBe(locate(day));
      expect(calendar.firstWorking(day)).toBe(firstWorking(day));
    }
  });

  it("answers by arithmetic when the range is too long to tabulate", () => {
    const wide = new LoadCalendar(week, periodLocator("week"), dayFromIso("1700-01-01"), dayFromIso("9999-12-31"));
    expect(wide.count(first, last)).toBe(week.count(first, last));
    expect(wide.span(first).key).toBe("2026-W01");
  });
});
