/**
 * Portfolio demand against capacity per period. Capacity is the sum over the people of the resource
 * list only: someone the plan books who is not in the list has no known capacity, so their demand is
 * shown apart instead of adding an assumed 1.0 FTE to the capacity (which made load % look low).
 * A listed person whose capacity is blank counts at the ruleset's default, and the figures say who.
 */
import type { Resource } from "../model/portfolio";
import { matchKey } from "../lookup/keys";
import type { ResourceLoad } from "./types";

export interface PortfolioCapacity {
  /** Total FTE of the listed people; undefined when the workbook has no resource list. */
  capacity?: number;
  /** People in the resource list (each name once). */
  listed: number;
  /** Listed people whose capacity is blank, counted at `defaultCapacity`. */
  defaulted: string[];
  /** People the plan books who are not in the resource list. */
  unlisted: string[];
  defaultCapacity: number;
  /** Per period: the summed peak FTE of listed people, and of unlisted ones (not set against capacity). */
  periods: { period: string; demand: number; unlisted: number }[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

export function portfolioCapacity(resources: readonly Resource[], loads: readonly ResourceLoad[], defaultCapacity: number): PortfolioCapacity {
  const people = new Map<string, Resource>();
  for (const r of resources) if (r.name.trim() !== "" && !people.has(matchKey(r.name))) people.set(matchKey(r.name), r);
  let capacity = 0;
  const defaulted: string[] = [];
  for (const r of people.values()) {
    capacity += r.capacity;
    if (r.capacityDefaulted) defaulted.push(r.name);
  }
  const demand = new Map<string, { demand: number; unlisted: number }>();
  for (const load of loads) {
    for (const p of load.periods) {
      const d = demand.get(p.period) ?? { demand: 0, unlisted: 0 };
      if (load.listed) d.demand += p.peak;
      else d.unlisted += p.peak;
      demand.set(p.period, d);
    }
  }
  return {
    ...(people.size > 0 ? { capacity: round(capacity) } : {}),
    listed: people.size,
    defaulted,
    unlisted: loads.filter((l) => !l.listed).map((l) => l.resource),
    defaultCapacity,
    periods: [...demand.keys()].sort().map((period) => ({ period, demand: round(demand.get(period)!.demand), unlisted: round(demand.get(period)!.unlisted) })),
  };
}
