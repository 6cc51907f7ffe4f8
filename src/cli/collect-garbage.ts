/**
 * A full garbage collection where most of the CLI's memory just died (issue 15): the grids once the
 * portfolio is read, the portfolio once the report copy is described. V8 lets the heap grow to about
 * 2.6 times what was live at its last full collection, so without these the peak is set by what
 * lived earlier (at 100k projects a full collection came while grids and portfolio were both live).
 * Node has no API for it: --expose-gc, set at run time, gives a fresh context its `gc`.
 */
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Below this much heap a full collection saves little, and a folder of small files would pay for one per file. */
const WORTH_COLLECTING = 256 * 1024 * 1024;

let gc: (() => void) | undefined;
/** What the heap held after the last collection here. */
let liveAfterLast = 0;

/** Collects the garbage when the heap holds at least `worthAbove` bytes; otherwise does nothing. */
export function collectGarbage(worthAbove = WORTH_COLLECTING): void {
  if (getHeapStatistics().used_heap_size < worthAbove) return;
  if (gc === undefined) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
  liveAfterLast = getHeapStatistics().used_heap_size;
}

/**
 * Collects the garbage when the heap has grown by more than `factor` since the last collection
 * (and holds at least WORTH_COLLECTING): for steps that build much and keep part of it, such as the
 * report's sheets beside the portfolio, where V8 would let the garbage pile up to the size of what lives.
 */
export function collectGarbageIfGrown(factor = 1.2): void {
  const used = getHeapStatistics().used_heap_size;
  // A heap smaller than after the last collection here was collected since (by V8): at most that much lives.
  if (used < liveAfterLast) liveAfterLast = used;
  if (used > Math.max(liveAfterLast * factor, WORTH_COLLECTING)) collectGarbage();
}

/**
 * Runs `step` with the heap let grow past what lives by `percent` at most (from a collection made
 * first), instead of the up to fourfold V8 allows a fast collector: for a step that builds much
 * garbage on top of a large live heap in one go (the report's summary at 100k projects, beside the
 * portfolio), where there is no boundary to collect at. The collector runs more often while it lasts.
 */
export function withTightHeap<T>(step: () => T, percent = 15): T {
  tightenHeap(percent);
  try {
    collectGarbage();
    return step();
  } finally {
    loosenHeap();
  }
}

/**
 * From the next full collection on, lets the heap grow past what lives by `percent` at most (see
 * withTightHeap), when it holds at least WORTH_COLLECTING (a small check keeps V8's own pace);
 * until loosenHeap. Returns whether it did.
 */
export function tightenHeap(percent: number): boolean {
  if (getHeapStatistics().used_heap_size < WORTH_COLLECTING) return false;
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  return true;
}

/** Back to V8's own heap growth (0 is its default: chosen from the collector's speed). */
export function loosenHeap(): void {
  setFlagsFromString("--heap-growing-percent=0");
}
