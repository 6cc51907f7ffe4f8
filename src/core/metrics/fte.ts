import type { ResourceLoad } from "./types";

/** One resource's load in one period. */
export type PeriodLoad = ResourceLoad["periods"][number];

/** FTE sums rounded to a millionth, so 0.8 + 0.4 reads 1.2 and equal loads compare equal. */
export function roundFte(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
