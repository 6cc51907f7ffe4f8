/**
 * The simulated Excel host behind every RequestContext: the document, the request limits, the faults a
 * test injects, and the counters a benchmark prints.
 */
import type { WorkbookState } from "./state";
import { WEB_PAYLOAD_LIMIT, type Platform } from "./profiles";

export { WEB_PAYLOAD_LIMIT };

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
  /**
   * Syncs that ran an API member without undo support outside an undo group: from there on the user's
   * undo stack is cleared (Ctrl+Z cannot go back past it).
   */
  undoClears: number[];
  /** How many times each API member ran ("Worksheet.delete", "Range.values"...), for tests and fault injection. */
  members: Map<string, number>;
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
  failAction?: { sync?: number; index: number; code: string };
  /** Sync number `sync` (as counted in stats.syncs) fails with `code` before any of its actions runs. */
  failSyncs?: { sync: number; code: string }[];
  /**
   * The `nth` (1-based, default 1) run of an API member ("Worksheet.delete", "Worksheet.name" for the
   * setter, "WorksheetCollection.add", "Range.select"...) fails with `code`, and the `times - 1` runs
   * after it too (default 1; Infinity for "from then on"). Counted across runs, as stats.members.
   */
  failOperations?: { member: string; code: string; nth?: number; times?: number }[];
}

/** Documented or reported behaviours that differ between hosts of the same platform. */
export interface StandinQuirks {
  /**
   * NamedItem.visible = false has no effect (office-js issues #3878 and #3949: Excel leaves the name
   * visible). Without the quirk only names added in the same request can be hidden, as #3878 reports.
   */
  nameHidingIgnored: boolean;
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
  platform: Platform;
  quirks: StandinQuirks;
  resetStats(): void;
}

export function emptyStats(): StandinStats {
  return { runs: 0, syncs: 0, records: [], calculationSuspendedSyncs: 0, runOptions: [], cellEditDelays: 0, undoClears: [], members: new Map() };
}

export function createHost(state: WorkbookState, options: Partial<Pick<StandinHost, "limits" | "requirementSets" | "platform" | "quirks">> = {}): StandinHost {
  const host: StandinHost = {
    state,
    stats: emptyStats(),
    faults: { cellEditSyncs: 0 },
    limits: { requestBytes: WEB_PAYLOAD_LIMIT, responseBytes: Infinity, ...options.limits },
    requirementSets: options.requirementSets ?? { ExcelApi: "1.17" },
    platform: options.platform ?? "windows",
    quirks: { nameHidingIgnored: false, ...(options.quirks ?? {}) },
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
