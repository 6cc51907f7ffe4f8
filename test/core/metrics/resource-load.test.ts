import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { computeResourceLoad } from "../../../src/core/metrics/resource-load";
import { WorkWeek } from "../../../src/core/metrics/working-days";
import { buildIndex } from "../../../src/core/lookup/portfolio-index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import type { Assignment } from "../../../src/core/model/portfolio";
import { assignment, portfolio, project, resource } from "../../factories";
import { syntheticPortfolio } from "../../factories/synthetic";

const week = new WorkWeek([0, 1, 2, 3, 4]);

function load(assignments: Assignment[], period: "month" | "week" = "month") {
  const p = portfolio({ projects: [project({ id: "A" }), project({ id: "B" })], resources: [resource({ name: "Ada", capacity: 0.5 })], assignments });
  return computeResourceLoad(p.assignments, buildIndex(p, defaultRuleset()), { period, week, defaultCapacity: 1 });
}

/** Reference implementation: literally day by day. */
function dayByDay(assignments: Assignment[]): Map<string, { peak: number; peakDays: number }> {
  const byMonth = new Map<string, { peak: number; peakDays: number }>();
  const days = assignments.flatMap((a) => [a.start!, a.finish!]);
  for (let d = Math.min(...days); d <= Math.max(...days); d++) {
    if (!week.isWorking(d)) continue;
    const total = Math.round(assignments.filter((a) => a.start! <= d && d <= a.finish!).reduce((s, a) => s + a.allocation!, 0) * 1e6) / 1e6;
    if (total === 0) continue;
    const key = new Date(d * 86_400_000).toISOString().slice(0, 7);
    const entry = byMonth.get(key);
    if (!entry || total > entry.peak) byMonth.set(key, { peak: total, peakDays: 1 });
    else if (total === entry.peak) entry.peakDays++;
  }
  return byMonth;
}

describe("computeResourceLoad", () => {
  it("takes capacity from Resources and the default otherwise", () => {
    const result = load([assignment({ resource: "ada ", start: "2026-03-02", finish: "2026-03-02" }), assignment({ resource: "Bob", start: "2026-03-02", finish: "2026-03-02" })]);
    expect(result.map((r) => [r.resource, r.capacity])).toEqual([["Ada", 0.5], ["Bob", 1]]);
  });

  it("ignores assignments without dates, with finish before start or without allocation", () => {
    const result = load([assignment({ start: "2026-03-02" }), assignment({ start: "2026-03-05", finish: "2026-03-01" }), assignment({ start: "2026-03-02", finish: "2026-03-03", allocation: 0 })]);
    expect(result).toEqual([]);
  });

  it("names the projects on the peak day of an over-capacity period", () => {
    const [ada] = load([
      assignment({ resource: "Ada", projectId: "A", start: "2026-03-02", finish: "2026-03-20", allocation: 0.5 }),
      assignment({ resource: "Ada", projectId: "B", start: "2026-03-10", finish: "2026-03-11", allocation: 0.25 }),
      assignment({ resource: "Ada", projectId: "A", start: "2026-03-11", finish: "2026-03-11", allocation: 0.25 }),
    ]);
    expect(ada.periods).toEqual([{ period: "2026-03", peak: 1, peakDays: 1, projects: [{ projectId: "A", allocation: 0.75 }, { projectId: "B", allocation: 0.25 }] }]);
  });

  it("agrees with a day-by-day count on a synthetic portfolio", () => {
    const p = syntheticPortfolio(200, { assignmentsPer: 6, seed: 7 });
    const loads = computeResourceLoad(p.assignments, buildIndex(p, defaultRuleset()), { period: "month", week, defaultCapacity: 1 });
    expect(loads.length).toBeGreaterThan(10);
    for (const l of loads.slice(0, 8)) {
      const reference = dayByDay(p.assignments.filter((a) => a.resource === l.resource));
      expect(Object.fromEntries(l.periods.map((x) => [x.period, { peak: x.peak, peakDays: x.peakDays }]))).toEqual(Object.fromEntries(reference));
      for (const x of l.periods) {
        // Contributors are listed where the peak is over capacity, and add up to the peak.
        if (x.peak > l.capacity) expect(x.projects.reduce((s, c) => s + c.allocation, 0)).toBeCloseTo(x.peak, 6);
        else expect(x.projects).toEqual([]);
      }
    }
  });

  it("agrees with a day-by-day count for a person with more than 32 assignments", () => {
    // Forty overlapping bookings of one person, some starting or ending on the same day as another.
    const many = Array.from({ length: 40 }, (_x, k) =>
      assignment({ resource: "Ada", projectId: k % 2 ? "A" : "B", start: dayFromIso("2026-01-05") + ((k * 7) % 60), finish: dayFromIso("2026-01-05") + ((k * 7) % 60) + 10 + (k % 4) * 9, allocation: [0.1, 0.2, 0.25][k % 3] }),
    );
    const [ada] = load(many);
    expect(Object.fromEntries(ada.periods.map((x) => [x.period, { peak: x.peak, peakDays: x.peakDays }]))).toEqual(Object.fromEntries(dayByDay(many)));
  });

  it("is the same when the assignments come in another order", () => {
    const p = syntheticPortfolio(100, { seed: 3 });
    const index = buildIndex(p, defaultRuleset());
    const forward = computeResourceLoad(p.assignments, index, { period: "week", week, defaultCapacity: 1 });
    const backward = computeResourceLoad([...p.assignments].reverse(), index, { period: "week", week, defaultCapacity: 1 });
    expect(backward.map((r) => r.periods.map((x) => [x.period, x.peak, x.peakDays]))).toEqual(forward.map((r) => r.periods.map((x) => [x.period, x.peak, x.peakDays])));
  });

  it("shares one frozen entry among resources with the same month, peak and days within capacity", () => {
    const [ada, bob, cy] = load([
      assignment({ resource: "Ada", projectId: "A", start: "2026-03-02", finish: "2026-03-31", allocation: 0.5 }),
      assignment({ resource: "Bob", projectId: "B", start: "2026-03-02", finish: "2026-03-31", allocation: 0.5 }),
      assignment({ resource: "Cy", projectId: "A", start: "2026-03-02", finish: "2026-03-31", allocation: 0.75 }),
    ]);
    // Ada's capacity is 0.5: her March is within it, as Bob's is within his default 1.
    expect(ada.periods).toEqual([{ period: "2026-03", peak: 0.5, peakDays: 22, projects: [] }]);
    expect(bob.periods[0]).toBe(ada.periods[0]);
    expect(Object.isFrozen(bob.periods[0])).toBe(true);
    expect(cy.periods).toEqual([{ period: "2026-03", peak: 0.75, peakDays: 22, projects: [] }]);
    expect(cy.periods[0]).not.toBe(ada.periods[0]);
  });

  it("keeps periods in key order", () => {
    const [ada] = load([assignment({ resource: "Ada", start: "2026-11-20", finish: "2027-01-10" })], "week");
    const keys = ada.periods.map((x) => x.period);
    expect(keys).toEqual([...keys].sort());
    expect(keys[0]).toBe("2026-W47");
    expect(dayFromIso("2027-01-10")).toBeGreaterThan(0);
  });
});

describe("computeResourceLoad with long and wide plans together", () => {
  it("adds a person's wide-plan month to the long-form peak of that month", () => {
    const [ada] = load([
      assignment({ resource: "Ada", projectId: "A", start: "2026-03-02", finish: "2026-03-06", allocation: 0.5 }),
      assignment({ resource: "Ada", projectId: "B", layout: "wide", period: "2026-03", allocation: 0.25 }),
      assignment({ resource: "Ada", projectId: "B", layout: "wide", period: "2026-04", allocation: 0.5 }),
    ]);
    expect(ada.periods.map((p) => [p.period, p.peak, p.projects.map((c) => c.projectId)])).toEqual([
      ["2026-03", 0.75, ["A", "B"]],
      ["2026-04", 0.5, ["B"]],
    ]);
  });

  it("leaves out the assignments the exclude predicate names", () => {
    const p = portfolio({ projects: [project({ id: "A" })], assignments: [assignment({ projectId: "A", start: "2026-03-02", finish: "2026-03-02" }), assignment({ projectId: "X", start: "2026-03-02", finish: "2026-03-02" })] });
    const loads = computeResourceLoad(p.assignments, buildIndex(p, defaultRuleset()), { period: "month", week, defaultCapacity: 1, excludeProject: (id) => id === "X" });
    expect(loads[0].periods[0].peak).toBe(1);
  });
});
