/**
 * Workbooks the user picks in the pane ("Consolidate workbooks…"), as submissions: each file is read
 * with the package reader the CLI uses (no data leaves the pane), one file at a time, in a Web Worker
 * (read-file.worker.ts) so the pane keeps painting; inline where workers are not available. The
 * reading code is loaded on first use, so the pane's first download does not grow.
 */
import type { SubmissionInput } from "../../core/consolidate/workflow";
import type { WorkbookSource } from "../../workbook/grid";
import { runInWorker } from "../services/worker-job";

export function pickedSubmission(file: File): SubmissionInput {
  return { file: file.name, reader: { read: () => readPicked(file), readEmbeddedRuleset: async () => null } };
}

function readPicked(file: File): Promise<WorkbookSource> {
  const inline = async () => (await import(/* webpackChunkName: "picked-files" */ "./read-file")).readPickedFile(file);
  if (typeof Worker === "undefined") return inline();
  return runInWorker<{ file: File }, WorkbookSource>({
    start: () => new Worker(new URL("./read-file.worker.ts", import.meta.url), { name: "pmo-rulebook-read" }),
    job: { file },
    inline,
    what: "reading",
    instead: "reading on the main thread instead",
  });
}
