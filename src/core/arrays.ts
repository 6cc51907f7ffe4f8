/**
 * Array helpers for data of any size. `push(...items)` and `Math.max(...items)` pass every item as an
 * argument, and past about 100,000 items that overflows the call stack ("Maximum call stack size
 * exceeded": text output of 188k findings crashed so). These loop instead; eslint forbids the spreads.
 */

/** Appends every item to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `start` and the items (Math.max of them, NaN aside). */
export function maxOf(items: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const x of items) if (x > max) max = x;
  return max;
}

/** The smallest of `start` and the items (Math.min of them, NaN aside). */
export function minOf(items: Iterable<number>, start = Infinity): number {
  let min = start;
  for (const x of items) if (x < min) min = x;
  return min;
}
