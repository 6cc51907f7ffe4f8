/**
 * Runs the check (read the portfolio from the grids, apply the rules) off the pane's main thread, so
 * the pane stays responsive on a 10,000-project workbook. Pure core code only: the workbook was read
 * through Office.js on the main thread and arrives here as plain grids, in pieces (see checker.ts).
 */
import { checkSource } from "../../core/pipeline";
import { joinPieces, type Piece } from "./transfer";
import { postInPieces, type CheckJob, type WorkerReply, type WorkerRequest } from "./checker";

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(reply: WorkerReply): void };

const pieces: Piece[] = [];

scope.onmessage = (event) => {
  const request = event.data;
  if (request.kind === "piece") {
    pieces.push(request.piece);
    return;
  }
  try {
    const { source, ruleset, options } = joinPieces<CheckJob>(request.skeleton, pieces);
    const outcome = checkSource(source, ruleset, { ...options, onProgress: (progress) => scope.postMessage({ kind: "progress", progress }) });
    // Nothing else runs in this worker: no need to yield between the pieces of the outcome.
    void postInPieces((message) => scope.postMessage(message as WorkerReply), outcome, "done", async () => undefined);
  } catch (error) {
    scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
