/**
 * Work the pane hands to a Web Worker so it keeps painting and answering (a check, reading a picked
 * file, a Project XML export): the job goes to the worker and the result comes back in pieces
 * (transfer.ts), the worker tells its progress, and where a worker cannot start or load the same work
 * runs on this thread instead. One protocol for every such worker; the worker side is serveJob.
 */
import { joinPieces, nextTask, splitInPieces, type Piece } from "./transfer";

/** Values per message (cells, fields): about 2,000 rows of a register copy in a few milliseconds. */
export const PIECE_WEIGHT = 25_000;

/** Pane to worker: pieces of the job, then the job's skeleton, which starts the work. */
export type JobRequest = { kind: "piece"; piece: Piece } | { kind: "run"; skeleton: unknown };

/** Worker to pane: progress, pieces of the result, then its skeleton (or why the work failed). */
export type JobReply<P> = { kind: "progress"; progress: P } | { kind: "piece"; piece: Piece } | { kind: "done"; skeleton: unknown } | { kind: "failed"; message: string };

/** The hand-over itself, in parts so far: the job going to the worker, the result coming back. */
export type TransferProgress = { phase: "sending"; parts: number } | { phase: "receiving"; parts: number };

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

export interface WorkerJob<J, R, P> {
  /** Starts the worker (`new Worker(new URL("./x.worker.ts", import.meta.url), …)`); may throw where workers are not allowed. */
  start: () => Worker;
  job: J;
  /** The same work on this thread, for when the worker cannot start or load. */
  inline: () => Promise<R>;
  /** Told the worker's progress and the hand-over's. */
  onProgress?: (progress: P | TransferProgress) => void;
  /** Finishes the console warning when the worker fails to load: "the {what} worker failed (…); {instead}". */
  what: string;
  instead: string;
}

/** Runs a job in a worker of its own (terminated when done) and resolves with its result. */
export function runInWorker<J, R, P = never>({ start, job, inline, onProgress, what, instead }: WorkerJob<J, R, P>): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = start();
    } catch {
      inline().then(resolve, reject);
      return;
    }
    let settled = false;
    const pieces: Piece[] = [];
    worker.onmessage = (event: MessageEvent<JobReply<P>>) => {
      const reply = event.data;
      if (reply.kind === "progress") onProgress?.(reply.progress);
      else if (reply.kind === "piece") {
        pieces.push(reply.piece);
        // Told every few parts: each is a re-render of a progress line.
        if (pieces.length % 8 === 1) onProgress?.({ phase: "receiving", parts: pieces.length });
      } else {
        settled = true;
        worker.terminate();
        if (reply.kind === "done") resolve(joinPieces<R>(reply.skeleton, pieces));
        else reject(new Error(reply.message));
      }
    };
    // The worker script failed to load or crashed (not a failure of the work: those are replies).
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (settled) return;
      settled = true;
      console.warn(`PMO Rulebook: the ${what} worker failed (${event.message || "it did not load"}); ${instead}.`);
      inline().then(resolve, reject);
    };
    const sent = (parts: number) => parts % 8 === 1 && onProgress?.({ phase: "sending", parts });
    postInPieces((message) => worker.postMessage(message as JobRequest), job, "run", nextTask, sent).catch(reject);
  });
}

/** The worker's global scope, as far as a job needs it. */
export interface JobScope<P> {
  onmessage: ((event: MessageEvent<JobRequest>) => void) | null;
  postMessage(reply: JobReply<P>): void;
}

/**
 * The worker side: gathers the job's pieces, runs `work` on the whole job once its skeleton arrives
 * and sends the result back in pieces, or the failure's message. Nothing else runs in the worker, so
 * it does not yield between the result's pieces.
 */
export function serveJob<J, R, P = never>(scope: JobScope<P>, work: (job: J, progress: (progress: P) => void) => R | Promise<R>): void {
  const pieces: Piece[] = [];
  scope.onmessage = async (event) => {
    const request = event.data;
    if (request.kind === "piece") {
      pieces.push(request.piece);
      return;
    }
    try {
      const job = joinPieces<J>(request.skeleton, pieces);
      const result = await work(job, (progress) => scope.postMessage({ kind: "progress", progress }));
      await postInPieces((message) => scope.postMessage(message as JobReply<P>), result, "done", async () => undefined);
    } catch (error) {
      scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    } finally {
      pieces.length = 0;
    }
  };
}
