/**
 * Where the check runs: in a Web Worker when the host has them (the pane keeps painting its progress
 * bar), else inline. Both run the same core function, so the outcome is identical either way.
 */
import type { CheckOptions, CheckOutcome } from "../../core/pipeline";
import type { Ruleset } from "../../core/ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";

export type Checker = (source: WorkbookSource, ruleset: Ruleset, options: CheckOptions) => Promise<CheckOutcome>;

export interface CheckJob {
  source: WorkbookSource;
  ruleset: Ruleset;
  options: CheckOptions;
}

export type CheckReply = { ok: true; outcome: CheckOutcome } | { ok: false; message: string };

// Imported on demand: this module is part of the pane's first download, the rules engine is not.
export const inlineChecker: Checker = async (source, ruleset, options) => (await import("../../core/pipeline")).checkSource(source, ruleset, options);

/** A checker that starts a worker per check; if the worker cannot start or load, it checks inline. */
export function workerChecker(): Checker {
  return (source, ruleset, options) =>
    new Promise<CheckOutcome>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL("./check.worker.ts", import.meta.url), { name: "pmo-rulebook-check" });
      } catch {
        inlineChecker(source, ruleset, options).then(resolve, reject);
        return;
      }
      worker.onmessage = (event: MessageEvent<CheckReply>) => {
        worker.terminate();
        if (event.data.ok) resolve(event.data.outcome);
        else reject(new Error(event.data.message));
      };
      // The worker script failed to load or crashed (not a rule error: those are replies): check inline.
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        console.warn(`PMO Rulebook: the check worker failed (${event.message || "it did not load"}); checking on the main thread instead.`);
        inlineChecker(source, ruleset, options).then(resolve, reject);
      };
      const job: CheckJob = { source, ruleset, options };
      worker.postMessage(job);
    });
}
