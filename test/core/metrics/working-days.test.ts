import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { WorkWeek } from "../../../src/core/metrics/working-days";

const week = new WorkWeek([0, 1, 2, 3, 4]);
const d = dayFromIso;

describe("WorkWeek", () => {
  it("counts Monday to Friday in a whole week", () => {
    expect(week.count(d("2026-03-02"), d("2026-03-08"))).toBe(5);
  });

  it("counts partial weeks from any weekday", () => {
    expect(week.count(d("2026-03-06"), d("2026-03-09"))).toBe(2); // Fri, Sat, Sun, Mon
    expect(week.count(d("2026-03-07"), d("2026-03-08"))).toBe(0);
    expect(week.count(d("2026-03-01"), d("2026-03-31"))).toBe(22);
  });

  it("returns 0 for an empty range", () => {
    expect(week.count(d("2026-03-09"), d("2026-03-08"))).toBe(0);
  });

  it("matches a day-by-day count for other working weeks", () => {
    const sixDays = new WorkWeek([0, 1, 2, 3, 4, 5]);
    const from = d("2025-12-20");
    for (let len = 0; len < 40; len++) {
      let slow = 0;
      for (let x = from; x <= from + len; x++) if (sixDays.isWorking(x)) slow++;
      expect(sixDays.count(from, from + len)).toBe(slow);
    }
  });
});
