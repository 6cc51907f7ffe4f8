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
import { joinPieces, nextTask, splitInPieces, type Piece } from "./transfer";

/** The core's progress, plus the hand-over of the workbook to the worker and of the outcome back (parts so far). */
export type CheckProgress = CoreProgress | { phase: "sending"; parts: number } | { phase: "receiving"; parts: number };

/** The core workflow's checker (src/core/check-workflow.ts), telling the pane's progress. */
export type Checker = WorkflowChecker<CheckProgress>;

export type CheckerOptions = Omit<CheckOptions, "onProgress"> & { onProgress?: (progress: CheckProgress) => void };

/** Values per message (cells, fields): about 2,000 rows of a register copy in a few milliseconds. */
export const PIECE_WEIGHT = 25_000;

export interface CheckJob {
  source: WorkbookSource;
  ruleset: Ruleset;
  options: Omit<CheckOptions, "onProgress">;
}

/** Pane to worker: pieces of the job, then the job's skeleton, which starts the check. */
export type WorkerRequest = { kind: "piece"; piece: Piece } | { kind: "run"; skeleton: unknown };

/** Worker to pane: progress, pieces of the outcome, then its skeleton (or why the check failed). */
export type WorkerReply =
  | { kind: "progress"; progress: CoreProgress }
  | { kind: "piece"; piece: Piece }
  | { kind: "done"; skeleton: unknown }
  | { kind: "failed"; message: string };

// Imported on demand: this module is part of the pane's first download, the rules engine is not.
export const inlineChecker: Checker = async (source, ruleset, { onProgress, ...options }) =>
  (await import("../../core/pipeline")).checkSource(source, ruleset, { ...options, ...(onProgress ? { onProgress } : {}) });

/** Sends a value as pieces then its skeleton, yielding between messages so the sender stays responsive. */
export async function postInPieces(
  post: (message: { kind: "piece"; piece: Piece } | { kind: "run" | "done"; skeleton: unknown }) => void,
  value: unknown,
  last: "run" | "done",
  yieldBetween: () => Promise<void> = nextTask,
  onPiece?: (parts: number) => void,
): Promise<void> {
  const walk = splitInPieces(value, PIECE_WEIGHT);
  let parts = 0;
  for (;;) {
    const step = walk.next();
    if (step.done) {
      post({ kind: last, skeleton: step.value });
      return;
    }
    post({ kind: "piece", piece: step.value });
    onPiece?.(++parts);
    await yieldBetween();
  }
}

/** A checker that starts a worker per check; if the worker cannot start or load, it checks inline. */
export function workerChecker(): Checker {
  return (source, ruleset, options) =>
    new Promise<CheckOutcome>((resolve, reject) => {
      const { onProgress, ...plain } = options;
      let worker: Worker;
      try {
        worker = new Worker(new URL("./check.worker.ts", import.meta.url), { name: "pmo-rulebook-check" });
      } catch {
        inlineChecker(source, ruleset, options).then(resolve, reject);
        return;
      }
      let settled = false;
      const pieces: Piece[] = [];
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.kind === "progress") onProgress?.(reply.progress);
        else if (reply.kind === "piece") {
          pieces.push(reply.piece);
          // Told every few parts: each is a re-render of the progress line.
          if (pieces.length % 8 === 1) onProgress?.({ phase: "receiving", parts: pieces.length });
        }
        else {
          settled = true;
          worker.terminate();
          if (reply.kind === "done") resolve(joinPieces<CheckOutcome>(reply.skeleton, pieces));
          else reject(new Error(reply.message));
        }
      };
      // The worker script failed to load or crashed (not a rule error: those are replies): check inline.
      worker.onerror = (event) => {
        event.preventDefault();
        worker.terminate();
        if (settled) return;
        settled = true;
        console.warn(`PMO Rulebook: the check worker failed (${event.message || "it did not load"}); checking on the main thread instead.`);
        inlineChecker(source, ruleset, options).then(resolve, reject);
      };
      const job: CheckJob = { source, ruleset, options: plain };
      const sent = (parts: number) => parts % 8 === 1 && onProgress?.({ phase: "sending", parts });
      postInPieces((message) => worker.postMessage(message as WorkerRequest), job, "run", nextTask, sent).catch(reject);
    });
}
