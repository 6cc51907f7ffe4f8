/**
 * A write is a list of operations, each with an estimate of the bytes it adds to a request, so the
 * writer can pack them into as few syncs as fit under the request budget.
 */

export interface Op {
  /** Estimated request bytes (the JSON of its arguments plus the object path overhead). */
  bytes: number;
  run: (context: Excel.RequestContext) => void;
}

/** Object paths, method names and ids that Office.js adds around each action's arguments. */
export const OP_OVERHEAD = 200;

/** UTF-8 length of the JSON of a value: what it weighs in the request. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}

export function op(payload: unknown, run: (context: Excel.RequestContext) => void): Op {
  return { bytes: jsonBytes(payload) + OP_OVERHEAD, run };
}

/** Splits rows [0, count) into consecutive blocks whose estimated bytes stay under `limit`. */
export function rowBlocks(count: number, rowBytes: (row: number) => number, limit: number): { start: number; rows: number }[] {
  const blocks: { start: number; rows: number }[] = [];
  let start = 0;
  let size = 0;
  for (let r = 0; r < count; r++) {
    const b = rowBytes(r);
    if (r > start && size + b > limit) {
      blocks.push({ start, rows: r - start });
      start = r;
      size = 0;
    }
    size += b;
  }
  if (count > start) blocks.push({ start, rows: count - start });
  return blocks;
}

/**
 * Packs operations, in order, into as few batches of at most `budget` bytes as possible (an oversized
 * one goes alone). Filled from the end, so the last operation (the writer's swap) always shares the
 * last batch instead of costing a sync of its own; greedy packing of a sequence is optimal from
 * either end.
 */
export function packBatches(ops: Op[], budget: number): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let size = 0;
  for (let i = ops.length - 1; i >= 0; i--) {
    const o = ops[i];
    if (current.length > 0 && size + o.bytes > budget) {
      batches.push(current.reverse());
      current = [];
      size = 0;
    }
    current.push(o);
    size += o.bytes;
  }
  if (current.length > 0) batches.push(current.reverse());
  return batches.reverse();
}
