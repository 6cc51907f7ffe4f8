import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { daysUntilDue, dueDay, isOverdue, slipBand, slipDays } from "../../../src/core/lookup/milestones";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { milestone } from "../../factories";

const t = defaultRuleset().thresholds;
const asOf = dayFromIso("2026-06-15");

describe("milestone lookups", () => {
  it("measures slip from the actual date once achieved, else from the forecast", () => {
    expect(slipDays(milestone({ baseline: "2026-05-01", forecast: "2026-05-21" }))).toBe(20);
    expect(slipDays(milestone({ baseline: "2026-05-01", forecast: "2026-06-30", actual: "2026-05-11" }))).toBe(10);
    expect(slipDays(milestone({ baseline: "2026-05-01", forecast: "2026-04-28" }))).toBe(-3);
    expect(slipDays(milestone({ forecast: "2026-04-28" }))).toBeUndefined();
    expect(slipDays(milestone({ baseline: "2026-04-28" }))).toBeUndefined();
  });

  it("bands slip by the thresholds: more than 14 days a warning, more than 30 an error", () => {
    expect(slipBand(14, t)).toBeUndefined();
    expect(slipBand(15, t)).toBe("warning");
    expect(slipBand(30, t)).toBe("warning");
    expect(slipBand(31, t)).toBe("error");
    expect(slipBand(undefined, t)).toBeUndefined();
  });

  it("is overdue when not achieved and its forecast (else baseline) has passed", () => {
    expect(isOverdue(milestone({ baseline: "2026-06-01" }), asOf)).toBe(true);
    expect(isOverdue(milestone({ baseline: "2026-06-01", forecast: "2026-07-01" }), asOf)).toBe(false);
    expect(isOverdue(milestone({ baseline: "2026-06-01", actual: "2026-06-02" }), asOf)).toBe(false);
    expect(isOverdue(milestone({ baseline: "2026-06-15" }), asOf)).toBe(false);
    expect(isOverdue(milestone({}), asOf)).toBe(false);
    expect(dueDay(milestone({ baseline: "2026-06-01", forecast: "2026-07-01" }))).toBe(dayFromIso("2026-07-01"));
    expect(daysUntilDue(milestone({ baseline: "2026-06-25" }), asOf)).toBe(10);
  });
});
