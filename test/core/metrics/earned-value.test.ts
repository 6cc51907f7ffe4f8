import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { plannedValueFromFinancials, plannedValueFromSchedule, projectEarnedValue } from "../../../src/core/metrics/earned-value";
import { financial, project } from "../../factories";

const asOf = dayFromIso("2026-06-15");

describe("earned value", () => {
  it("computes PV from the schedule with whole days, clamped to [0, BAC]", () => {
    const p = project({ start: "2026-06-01", finish: "2026-06-30" });
    expect(plannedValueFromSchedule(p, 3000, asOf)).toBe(1500);
    expect(plannedValueFromSchedule(p, 3000, dayFromIso("2026-05-01"))).toBe(0);
    expect(plannedValueFromSchedule(p, 3000, dayFromIso("2026-08-01"))).toBe(3000);
    expect(plannedValueFromSchedule(project({ start: "2026-06-30", finish: "2026-06-01" }), 3000, asOf)).toBeUndefined();
  });

  it("sums per-period planned values up to the as-of date", () => {
    const rows = [financial({ periodEnd: "2026-05-31", plannedValue: 100 }), financial({ periodEnd: "2026-04-30", plannedValue: 50 }), financial({ periodEnd: "2026-06-30", plannedValue: 500 }), financial({ plannedValue: 999 })];
    expect(plannedValueFromFinancials(rows, 1000, asOf)).toBe(150);
    expect(plannedValueFromFinancials([financial({ periodEnd: "2026-05-31" })], 1000, asOf)).toBeUndefined();
  });

  it("computes EAC, ETC, VAC and TCPI by each formula", () => {
    const p = project({ budget: 1000, percentComplete: 0.4, actualCost: 500, start: "2026-01-01", finish: "2026-12-31" });
    const cpi = projectEarnedValue(p, undefined, asOf, "cpi")!;
    expect(cpi).toMatchObject({ ev: 400, ac: 500, cpi: 0.8, eac: 1250, etc: 750, vac: -250, tcpi: 600 / 500 });
    expect(projectEarnedValue(p, undefined, asOf, "atypical")).toMatchObject({ eac: 1100, etc: 600, vac: -100 });
    const both = projectEarnedValue(p, undefined, asOf, "cpi-spi")!;
    expect(both.eac).toBeCloseTo(500 + 600 / (0.8 * both.spi!), 9);
  });

  it("has no indices without actuals and no row without a budget", () => {
    const noActuals = projectEarnedValue(project({ budget: 1000, percentComplete: 0.4 }), undefined, asOf, "cpi")!;
    expect([noActuals.ev, noActuals.cpi, noActuals.eac]).toEqual([400, undefined, undefined]);
    expect(projectEarnedValue(project({ percentComplete: 0.4 }), undefined, asOf, "cpi")).toBeUndefined();
    expect(projectEarnedValue(project({ budget: 1000, percentComplete: 0.4, actualCost: 1000 }), undefined, asOf, "cpi")!.tcpi).toBeUndefined();
  });
});
