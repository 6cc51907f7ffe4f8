/**
 * Groups cells with the same key into rectangles so formats are written per block, not per cell:
 * runs of equal keys along each row, then identical runs on consecutive rows merged downwards.
 */

export interface KeyedRect<K> {
  key: K;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * @param keyAt the key of a cell, or undefined for cells that need nothing written
 * @param same key equality (keys are usually strings; looks compare by content)
 * @example groupRuns(2, 2, (r, c) => "x", (a, b) => a === b) // [{ key: "x", row: 0, col: 0, rows: 2, cols: 2 }]
 */
export function groupRuns<K>(rowCount: number, colCount: (row: number) => number, keyAt: (row: number, col: number) => K | undefined, same: (a: K, b: K) => boolean): KeyedRect<K>[] {
  const done: KeyedRect<K>[] = [];
  // Open rectangles that may still grow downwards, indexed by "col:cols".
  let open = new Map<string, KeyedRect<K>>();
  for (let r = 0; r < rowCount; r++) {
    const next = new Map<string, KeyedRect<K>>();
    const width = colCount(r);
    for (let c = 0; c < width; ) {
      const key = keyAt(r, c);
      if (key === undefined) {
        c++;
        continue;
      }
      let end = c + 1;
      while (end < width) {
        const k = keyAt(r, end);
        if (k === undefined || !same(k, key)) break;
        end++;
      }
      const id = `${c}:${end - c}`;
      const above = open.get(id);
      if (above && same(above.key, key)) {
        above.rows++;
        open.delete(id);
        next.set(id, above);
      } else {
        next.set(id, { key, row: r, col: c, rows: 1, cols: end - c });
      }
      c = end;
    }
    for (const run of open.values()) done.push(run);
    open = next;
  }
  for (const run of open.values()) done.push(run);
  return done.sort((a, b) => a.row - b.row || a.col - b.col);
}
