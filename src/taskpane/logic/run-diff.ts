/**
 * What changed between two runs of the same workbook: findings that are new and findings that were
 * fixed, compared by their stable key (rule, project, resource, period, cell), never by message text.
 */
import type { FindingDigest } from "../../store/digest";

export interface RunDiff {
  added: FindingDigest[];
  fixed: FindingDigest[];
  /** Findings present in both runs. */
  unchanged: number;
}

/**
 * Compares keys as multisets: if a cell had two findings of the same rule and now has one, one is fixed.
 * @example diffFindings([{key:"a"},{key:"b"}], [{key:"b"},{key:"c"}]) // added [a], fixed [c], unchanged 1
 */
export function diffFindings(current: readonly FindingDigest[], previous: readonly FindingDigest[]): RunDiff {
  const remaining = new Map<string, number>();
  for (const f of previous) remaining.set(f.key, (remaining.get(f.key) ?? 0) + 1);
  const added: FindingDigest[] = [];
  let unchanged = 0;
  for (const f of current) {
    const left = remaining.get(f.key) ?? 0;
    if (left > 0) {
      remaining.set(f.key, left - 1);
      unchanged++;
    } else {
      added.push(f);
    }
  }
  const fixed: FindingDigest[] = [];
  // Walk previous in order so fixed findings keep their original order.
  for (const f of previous) {
    const left = remaining.get(f.key) ?? 0;
    if (left > 0) {
      fixed.push(f);
      remaining.set(f.key, left - 1);
    }
  }
  return { added, fixed, unchanged };
}
