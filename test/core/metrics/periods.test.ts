import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { columnBounds, columnGranularity, periodLocator } from "../../../src/core/metrics/periods";

describe("periods", () => {
  it("locates months and ISO weeks", () => {
    const month = periodLocator("month");
    expect(month(dayFromIso("2026-02-28"))).toMatchObject({ key: "2026-02", start: dayFromIso("2026-02-01"), end: dayFromIso("2026-02-28") });
    expect(month(dayFromIso("2024-12-31")).key).toBe("2024-12");
    const week = periodLocator("week");
    expect(week(dayFromIso("2026-01-01"))).toMatchObject({ key: "2026-W01", start: dayFromIso("2025-12-29"), end: dayFromIso("2026-01-04") });
    expect(week(dayFromIso("2027-01-01")).key).toBe("2026-W53");
  });

  it("steps from a month to the next and back again", () => {
    const month = periodLocator("month");
    const march = month(dayFromIso("2026-03-31"));
    const april = month(dayFromIso("2026-04-01"));
    expect(march.next).toBe(april);
    expect(month(dayFromIso("2026-03-15"))).toBe(march);
    expect(month(dayFromIso("2026-05-01")).key).toBe("2026-05");
  });

  it("reads wide-plan column keys", () => {
    expect(["2026-03-02", "2026-W11", "2026-03", "Mar"].map(columnGranularity)).toEqual([0, 1, 2, undefined]);
    expect(columnBounds("2026-W11")).toEqual({ start: dayFromIso("2026-03-09"), end: dayFromIso("2026-03-15") });
    expect(columnBounds("2026-02-30")).toBeNull();
  });
});

describe("civilFromDays", () => {
  it("agrees with the calendar over four centuries", async () => {
    const { civilFromDays } = await import("../../../src/core/metrics/periods");
    const { partsFromDay } = await import("../../../src/core/model/dates");
    for (let day = dayFromIso("1900-01-01"); day <= dayFromIso("2300-12-31"); day += 13) {
      const { year, month } = partsFromDay(day);
      expect(civilFromDays(day)).toEqual({ year, month });
    }
  });
});
