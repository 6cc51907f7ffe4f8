/**
 * Where the check runs: in a Web Worker when the host has them (the pane keeps painting and
 * answering), else inline. Both run the same core function, so the outcome is identical either way.
 * The workbook goes to the worker and the outcome comes back in small pieces (see transfer.ts), and
 * the worker tells its progress, so no step blocks the pane for long.
 */
import type { CheckOptions, CheckOutcome, CheckProgress as CoreProgress } from "../../core/pipeline";
import type { Ruleset } from "../../core/ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import type { Checker as WorkflowChecker } from "../../core/check-workflow";
import { runInWorker, type TransferProgress } from "./worker-job";

/** The core's progress, plus the hand-over of the workbook to the worker and of the outcome back (parts so far). */
export type CheckProgress = CoreProgress | TransferProgress;

/** The core workflow's checker (src/core/check-workflow.ts), telling the pane's progress. */
export type Checker = WorkflowChecker<CheckProgress>;

export type CheckerOptions = Omit<CheckOptions, "onProgress"> & { onProgress?: (progress: CheckProgress) => void };

export interface CheckJob {
  source: WorkbookSource;
  ruleset: Ruleset;
  options: Omit<CheckOptions, "onProgress">;
}

// Imported on demand: this module is part of the pane's first download, the rules engine is not.
export const inlineChecker: Checker = async (source, ruleset, { onProgress, ...options }) =>
  (await import("../../core/pipeline")).checkSource(source, ruleset, { ...options, ...(onProgress ? { onProgress } : {}) });

/** A checker that starts a worker per check (check.worker.ts); if the worker cannot start or load, it checks inline. */
export function workerChecker(): Checker {
  return (source, ruleset, options) => {
    const { onProgress, ...plain } = options;
    return runInWorker<CheckJob, CheckOutcome, CoreProgress>({
      start: () => new Worker(new URL("./check.worker.ts", import.meta.url), { name: "pmo-rulebook-check" }),
      job: { source, ruleset, options: plain },
      inline: () => inlineChecker(source, ruleset, options),
      ...(onProgress ? { onProgress } : {}),
      what: "check",
      instead: "checking on the main thread instead",
    });
  };
}
