import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { dayOfDateTime, durationOfHours, finishDayOf, finishOfDay, hoursOfDuration, startOfDay } from "../../../src/core/project-xml/dates";

describe("MSPDI dates", () => {
  it("reads the day written, ignoring the time and any zone", () => {
    expect(dayOfDateTime("2026-03-02T08:00:00")).toBe(dayFromIso("2026-03-02"));
    expect(dayOfDateTime("2026-03-02T23:30:00-05:00")).toBe(dayFromIso("2026-03-02"));
    expect(dayOfDateTime("2026-03-02")).toBe(dayFromIso("2026-03-02"));
  });

  it("is NaN for what is no date", () => {
    expect(dayOfDateTime("soon")).toBeNaN();
    expect(dayOfDateTime("2026-02-30T08:00:00")).toBeNaN();
    expect(dayOfDateTime(undefined)).toBeNaN();
  });

  it("reads a finish at midnight as the day before, unless that precedes the start", () => {
    const start = dayFromIso("2026-03-02");
    expect(finishDayOf("2026-03-07T00:00:00", start)).toBe(dayFromIso("2026-03-06"));
    expect(finishDayOf("2026-03-02T00:00:00", start)).toBe(start);
    expect(finishDayOf("2026-03-06T17:00:00", start)).toBe(dayFromIso("2026-03-06"));
  });

  it("writes a day's start and finish of work", () => {
    expect(startOfDay(dayFromIso("2026-03-02"))).toBe("2026-03-02T08:00:00");
    expect(finishOfDay(dayFromIso("2026-03-02"))).toBe("2026-03-02T17:00:00");
  });
});

describe("MSPDI durations", () => {
  it("writes hours as Project does", () => {
    expect(durationOfHours(16)).toBe("PT16H0M0S");
    expect(durationOfHours(7.5)).toBe("PT7H30M0S");
    expect(durationOfHours(0)).toBe("PT0H0M0S");
  });

  it("reads hours, minutes, seconds and days", () => {
    expect(hoursOfDuration("PT16H30M0S")).toBe(16.5);
    expect(hoursOfDuration("P2DT4H")).toBe(52);
    expect(hoursOfDuration("PT0H0M0S")).toBe(0);
  });

  it("is NaN for months, years and what is no duration", () => {
    expect(hoursOfDuration("P1M")).toBeNaN();
    expect(hoursOfDuration("PT")).toBeNaN();
    expect(hoursOfDuration("8h")).toBeNaN();
  });
});
