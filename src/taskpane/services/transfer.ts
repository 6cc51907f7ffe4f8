/**
 * Large values cross to and from the check worker in pieces. A postMessage copies its whole value in
 * one go on the sending and the receiving thread: a 10,000-project workbook (or its check outcome)
 * sent whole blocks the pane for hundreds of milliseconds. Split into slices of its long arrays, each
 * message is small, and the pane can paint between them.
 */

/** A slice of one long array, found in the value by its path. */
export interface Piece {
  path: (string | number)[];
  start: number;
  items: unknown[];
}

/** Stands in the skeleton for a long array that travels in pieces. */
export interface ChunkedArray {
  chunkedLength: number;
}

const MARKER = "chunkedLength";

function isMarker(value: unknown): value is ChunkedArray {
  return value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1 && MARKER in value;
}

/** How much copying a value costs, roughly: the number of values and containers in it. */
function weigh(v: unknown): number {
  if (v === null || typeof v !== "object") return 1;
  let w = 1;
  if (Array.isArray(v)) for (const item of v) w += weigh(item);
  else for (const key in v) w += weigh((v as Record<string, unknown>)[key]);
  return w;
}

/** Arrays with more items than this travel in pieces; shorter ones are walked into. */
const LONG_ARRAY = 64;

/**
 * Walks the value's structure and yields its long arrays (more than 64 items: rows, records,
 * findings) cut into pieces of about `maxWeight` (values and containers); returns the skeleton, a
 * copy of the structure with a marker in place of each long array. Shorter arrays and plain objects
 * are walked into (the sheets of a workbook: each sheet's rows are cut). Lazily, so a sender can
 * yield to the browser between pieces.
 */
export function* splitInPieces(value: unknown, maxWeight: number): Generator<Piece, unknown> {
  function* walk(v: unknown, path: (string | number)[]): Generator<Piece, unknown> {
    if (Array.isArray(v)) {
      if (v.length <= LONG_ARRAY) {
        const out: unknown[] = [];
        for (let i = 0; i < v.length; i++) out.push(yield* walk(v[i], [...path, i]));
        return out;
      }
      let start = 0;
      let weight = 0;
      for (let i = 0; i < v.length; i++) {
        weight += weigh(v[i]);
        if (weight >= maxWeight || i === v.length - 1) {
          yield { path, start, items: v.slice(start, i + 1) };
          start = i + 1;
          weight = 0;
        }
      }
      return { [MARKER]: v.length } satisfies ChunkedArray;
    }
    if (v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) out[key] = yield* walk(item, [...path, key]);
      return out;
    }
    return v;
  }
  return yield* walk(value, []);
}

/**
 * All pieces and the skeleton at once (see splitInPieces).
 * @example splitLongArrays({ rows: Array(100).fill(1) }, 60) // { skeleton: { rows: { chunkedLength: 100 } }, pieces: [60 items, 40 items] }
 */
export function splitLongArrays(value: unknown, maxWeight: number): { skeleton: unknown; pieces: Piece[] } {
  const pieces: Piece[] = [];
  const walk = splitInPieces(value, maxWeight);
  for (;;) {
    const step = walk.next();
    if (step.done) return { skeleton: step.value, pieces };
    pieces.push(step.value);
  }
}

/** Puts the pieces back into the skeleton, in place, and returns the whole value. */
export function joinPieces<T>(skeleton: unknown, pieces: readonly Piece[]): T {
  const arrays = new Map<string, unknown[]>();
  const arrayAt = (path: (string | number)[]): unknown[] => {
    const key = JSON.stringify(path);
    let array = arrays.get(key);
    if (array) return array;
    let parent: unknown = { root: skeleton };
    let name: string | number = "root";
    for (const step of path) {
      parent = (parent as Record<string | number, unknown>)[name];
      name = step;
    }
    const marker = (parent as Record<string | number, unknown>)[name];
    if (!isMarker(marker)) throw new Error(`no chunked array at ${key}`);
    array = new Array<unknown>(marker.chunkedLength);
    (parent as Record<string | number, unknown>)[name] = array;
    arrays.set(key, array);
    return array;
  };
  // Skeleton-level arrays come first in the piece order, so a parent exists before its children.
  for (const piece of pieces) {
    const target = arrayAt(piece.path);
    for (let i = 0; i < piece.items.length; i++) target[piece.start + i] = piece.items[i];
  }
  return skeleton as T;
}

/** Resolves after the current task, so the browser can paint and handle input between messages. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
