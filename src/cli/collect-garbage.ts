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

/** Collects the garbage when the heap holds at least `worthAbove` bytes; otherwise does nothing. */
export function collectGarbage(worthAbove = WORTH_COLLECTING): void {
  if (getHeapStatistics().used_heap_size < worthAbove) return;
  if (gc === undefined) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
