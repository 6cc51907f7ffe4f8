/**
 * The store the task pane and the ribbon command use: a small API over the Dexie database so that
 * screens never write queries, and so that tests can run it on fake-indexeddb.
 */
import type { Ruleset } from "../core/ruleset/types";
import type { CheckOutcome } from "../core/pipeline";
import { RulebookDb, type RunOrigin, type StoredRuleset, type StoredRun } from "./db";
import { digestFindings } from "./digest";

/** Runs kept per workbook; older ones are pruned so the history cannot grow without bound. */
export const RUNS_KEPT_PER_WORKBOOK = 50;
/**
 * Findings kept per run (about 150 bytes each). A portfolio with more is in a state where "new since
 * last run" matters less than the counts, which are always kept in full.
 */
export const FINDINGS_KEPT_PER_RUN = 20_000;

export class RulebookStore {
  constructor(readonly db: RulebookDb = new RulebookDb()) {}

  /** The ruleset library, newest first. */
  async listRulesets(): Promise<StoredRuleset[]> {
    return (await this.db.rulesets.orderBy("savedAt").reverse().toArray());
  }

  /** Saves a ruleset; a library entry with the same name and version is replaced, not duplicated. */
  async saveRuleset(ruleset: Ruleset, now: number = Date.now()): Promise<StoredRuleset> {
    const json = JSON.stringify(ruleset, null, 2);
    return this.db.transaction("rw", this.db.rulesets, async () => {
      const same = await this.db.rulesets.where("name").equals(ruleset.name).filter((r) => r.version === ruleset.version).first();
      const entry: StoredRuleset = {
        name: ruleset.name,
        version: ruleset.version,
        ...(ruleset.description ? { description: ruleset.description } : {}),
        json,
        savedAt: now,
      };
      if (same?.id !== undefined) entry.id = same.id;
      entry.id = await this.db.rulesets.put(entry);
      return entry;
    });
  }

  async deleteRuleset(id: number): Promise<void> {
    await this.db.rulesets.delete(id);
  }

  /** Records a finished check in the history and prunes the workbook's oldest runs beyond the limit. */
  async recordRun(
    outcome: Pick<CheckOutcome, "ruleset" | "result" | "fingerprint" | "asOf">,
    workbook: string,
    origin: RunOrigin,
    now: number = Date.now(),
  ): Promise<StoredRun> {
    const { summary } = outcome.result;
    const run: StoredRun = {
      at: now,
      workbook,
      fingerprint: outcome.fingerprint,
      ruleset: { name: outcome.ruleset.name, version: outcome.ruleset.version },
      asOf: outcome.asOf,
      counts: { error: summary.error, warning: summary.warning, info: summary.info, total: summary.total, projects: summary.projects },
      findings: digestFindings(outcome.result.findings.slice(0, FINDINGS_KEPT_PER_RUN)),
      origin,
    };
    if (outcome.result.findings.length > FINDINGS_KEPT_PER_RUN) run.findingsTruncated = true;
    return this.db.transaction("rw", this.db.runs, async () => {
      run.id = await this.db.runs.add(run);
      const ids = await this.db.runs.where("[workbook+at]").between([workbook, -Infinity], [workbook, Infinity]).primaryKeys();
      // primaryKeys come in [workbook+at] order, oldest first.
      const excess = ids.length - RUNS_KEPT_PER_WORKBOOK;
      if (excess > 0) await this.db.runs.bulkDelete(ids.slice(0, excess));
      return run;
    });
  }

  /** Runs of one workbook, newest first. */
  async listRuns(workbook: string, limit = RUNS_KEPT_PER_WORKBOOK): Promise<StoredRun[]> {
    return this.db.runs
      .where("[workbook+at]")
      .between([workbook, -Infinity], [workbook, Infinity])
      .reverse()
      .limit(limit)
      .toArray();
  }

  /** Deletes the history of one workbook. */
  async clearRuns(workbook: string): Promise<number> {
    return this.db.runs.where("workbook").equals(workbook).delete();
  }

  async getSetting<T>(key: string, fallback: T): Promise<T> {
    const row = await this.db.settings.get(key);
    return row === undefined ? fallback : (row.value as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, value });
  }
}
