/**
 * Synthetic portfolios of any size for benchmarks and scale tests: n projects with `assignmentsPer`
 * long-form assignments and `gatesPer` gate rows each, over a pool of `people` (n/10 by default), with a steady
 * share of realistic problems (overruns, stale updates, double bookings, missing gates). A fixed
 * `allocation` (e.g. 0.1) books people lightly, for a portfolio with few over-allocations.
 */
import { dayFromIso } from "../../src/core/model/dates";
import type { Assignment, GateRecord, Portfolio, Project, Resource } from "../../src/core/model/portfolio";
import { portfolio, sourceFor } from "./portfolio";
import { seededRandom } from "../../scripts/seeded-random";

const STAGES = ["Idea", "Initiation", "Planning", "Execution", "Execution", "Execution", "Closing", "Closed", "On Hold"];
const DECISIONS = ["Approved", "Approved", "Approved", "Approved with conditions", "Pending", "Rejected"] as const;

export function syntheticPortfolio(n: number, { assignmentsPer = 10, gatesPer = 2, seed = 42, people = Math.max(1, Math.floor(n / 10)), allocation = undefined as number | undefined } = {}): Portfolio {
  const rnd = seededRandom(seed);
  const base = dayFromIso("2025-01-01");
  const resourceCount = people;
  const resources: Resource[] = Array.from({ length: resourceCount }, (_, i) => ({ name: `Person ${i + 1}`, capacity: rnd() < 0.2 ? 0.5 : 1, capacityDefaulted: false, source: sourceFor("resources", i + 2) }));
  const projects: Project[] = [];
  const gates: GateRecord[] = [];
  const assignments: Assignment[] = [];
  for (let i = 0; i < n; i++) {
    const id = `PRJ-${String(i + 1).padStart(6, "0")}`;
    const stage = STAGES[Math.floor(rnd() * STAGES.length)];
    const start = base + Math.floor(rnd() * 500);
    const finish = start + 60 + Math.floor(rnd() * 400);
    const budget = 10_000 * (1 + Math.floor(rnd() * 200));
    projects.push({
      id, name: `Project ${i + 1}`, program: `Program ${i % 12}`, manager: rnd() < 0.97 ? `PM ${i % 50}` : undefined, sponsor: rnd() < 0.9 ? `Sponsor ${i % 20}` : undefined,
      stage, stageIndex: undefined, start, finish, budget, actualCost: budget * rnd() * 0.9, forecast: budget * (0.9 + rnd() * 0.3), percentComplete: rnd(),
      lastUpdate: dayFromIso("2026-06-15") - Math.floor(rnd() * 60), extra: {}, source: sourceFor("projects", i + 2),
    });
    for (let g = 0; g < gatesPer; g++) {
      gates.push({ projectId: id, gate: `G${g}`, gateIndex: g, decision: DECISIONS[Math.floor(rnd() * DECISIONS.length)], date: start - 30 + g * 20, artifacts: {}, source: sourceFor("gates", gates.length + 2) });
    }
    for (let a = 0; a < assignmentsPer; a++) {
      const aStart = start + Math.floor(rnd() * 200);
      assignments.push({
        projectId: id, resource: resources[Math.floor(rnd() * resourceCount)].name, layout: "long", start: aStart, finish: aStart + 5 + Math.floor(rnd() * 120),
        allocation: allocation ?? [0.1, 0.2, 0.25, 0.5, 1][Math.floor(rnd() * 5)], source: sourceFor("assignments", assignments.length + 2),
      });
    }
  }
  return portfolio({ projects, gates, resources, assignments });
}
