/**
 * The task pane's local database (IndexedDB through Dexie): the ruleset library, the run history and
 * a few remembered settings. Nothing here leaves the machine.
 *
 * Schema versions are append-only: never edit a published version, add the next one (with an upgrade
 * function when existing rows need changing), as Dexie requires.
 */
import Dexie, { type EntityTable } from "dexie";
import type { DayNumber } from "../core/model/dates";
import type { FindingDigest } from "./digest";

export interface StoredRuleset {
  id?: number;
  name: string;
  version: string;
  description?: string;
  /** The ruleset as JSON text, exactly as it would be exported. */
  json: string;
  /** Epoch milliseconds. */
  savedAt: number;
}

export type RunOrigin = "taskpane" | "ribbon" | "validate";

export interface StoredRun {
  id?: number;
  /** Epoch milliseconds when the run finished. */
  at: number;
  /** The workbook's label (file name or document title). */
  workbook: string;
  fingerprint: string;
  ruleset: { name: string; version: string };
  asOf: DayNumber;
  counts: { error: number; warning: number; info: number; total: number; projects: number };
  findings: FindingDigest[];
  /** Set when the run had more findings than the store keeps; the counts are still complete. */
  findingsTruncated?: boolean;
  origin: RunOrigin;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

export const DEFAULT_DB_NAME = "pmo-rulebook";

export class RulebookDb extends Dexie {
  rulesets!: EntityTable<StoredRuleset, "id">;
  runs!: EntityTable<StoredRun, "id">;
  settings!: EntityTable<StoredSetting, "key">;

  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    // Version 1: the ruleset library and the run history.
    this.version(1).stores({
      rulesets: "++id, name, savedAt",
      runs: "++id, at, workbook, fingerprint",
    });
    // Version 2: remembered settings, and runs listed per workbook in time order without a scan.
    this.version(2)
      .stores({
        runs: "++id, at, workbook, fingerprint, [workbook+at]",
        settings: "&key",
      })
      .upgrade(async (tx) => {
        // Version-1 runs predate the origin field; they all came from the task pane.
        await tx
          .table("runs")
          .toCollection()
          .modify((run: Partial<StoredRun>) => {
            if (run.origin === undefined) run.origin = "taskpane";
          });
      });
  }
}
