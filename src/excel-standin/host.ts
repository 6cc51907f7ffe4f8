/**
 * The simulated Excel host behind every RequestContext: the document, the request limits, the faults a
 * test injects, and the counters a benchmark prints.
 */
import type { WorkbookState } from "./state";

/** Excel on the web rejects a request or response over 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface SyncRecord {
  /** UTF-8 bytes of the request (the queued actions as JSON). */
  requestBytes: number;
  /** UTF-8 bytes of the response (the loaded values as JSON). */
  responseBytes: number;
  actions: number;
  /** Whether the batch succeeded. */
  ok: boolean;
  errorCode?: string;
}

export interface StandinStats {
  runs: number;
  syncs: number;
  records: SyncRecord[];
  /** Syncs during which application.suspendApiCalculationUntilNextSync() was in force. */
  calculationSuspendedSyncs: number;
  runOptions: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean }[];
  /** Syncs that Excel held until the user left cell-edit mode (delayForCellEdit). */
  cellEditDelays: number;
}

export interface StandinFaults {
  /** The next N syncs fail with InvalidOperationInCellEditMode, as when the user is typing in a cell. */
  cellEditSyncs: number;
  /** The user starts editing a cell when sync number `sync` (as counted in stats.syncs) is sent, for `count` syncs. */
  cellEditFrom?: { sync: number; count: number };
  /**
   * Fails action `index` (1-based) of the sync numbered `sync` (1-based, as counted in stats.syncs; the
   * next sync when omitted) with `code`, to test what a half-done batch leaves behind.
   */
  failAction?: { sync?: number; index: number; code: "GeneralException" | "AccessDenied" | "InvalidArgument" };
}

export interface StandinLimits {
  requestBytes: number;
  /** Response limit; off (Infinity) unless a test asks, since desktop Excel has none. */
  responseBytes: number;
}

export interface StandinHost {
  state: WorkbookState;
  stats: StandinStats;
  faults: StandinFaults;
  limits: StandinLimits;
  /** Requirement sets this simulated host supports, e.g. { ExcelApi: "1.12" }. */
  requirementSets: Record<string, string>;
  resetStats(): void;
}

export function emptyStats(): StandinStats {
  return { runs: 0, syncs: 0, records: [], calculationSuspendedSyncs: 0, runOptions: [], cellEditDelays: 0 };
}

export function createHost(state: WorkbookState, options: Partial<Pick<StandinHost, "limits" | "requirementSets">> = {}): StandinHost {
  const host: StandinHost = {
    state,
    stats: emptyStats(),
    faults: { cellEditSyncs: 0 },
    limits: { requestBytes: WEB_PAYLOAD_LIMIT, responseBytes: Infinity, ...options.limits },
    requirementSets: options.requirementSets ?? { ExcelApi: "1.17" },
    resetStats() {
      host.stats = emptyStats();
    },
  };
  return host;
}

/** Compares dotted versions ("1.10" > "1.9"). */
export function versionAtLeast(have: string, want: string): boolean {
  const a = have.split(".").map(Number);
  const b = want.split(".").map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
