/**
 * Workbooks the user picks in the pane ("Consolidate workbooks…"), as submissions: each file is read
 * through the same Office adapter the pane reads the open workbook with, over an in-memory stand-in
 * of the file built with ExcelJS (no data leaves the pane), one file at a time, in a Web Worker
 * (read-file.worker.ts) so the pane keeps painting; inline where workers are not available. The
 * reading code is loaded on first use, so the pane's first download does not grow.
 */
import type { SubmissionInput } from "../../core/consolidate/workflow";
import type { WorkbookSource } from "../../workbook/grid";
import { joinPieces, type Piece } from "../services/transfer";

/** Worker to pane: pieces of the grids, then their skeleton, or why the file could not be read. */
export type ReadReply = { kind: "piece"; piece: Piece } | { kind: "done"; skeleton: unknown } | { kind: "failed"; message: string };

export function pickedSubmission(file: File): SubmissionInput {
  return { file: file.name, reader: { read: () => readPicked(file), readEmbeddedRuleset: async () => null } };
}

function readPicked(file: File): Promise<WorkbookSource> {
  return new Promise<WorkbookSource>((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./read-file.worker.ts", import.meta.url), { name: "pmo-rulebook-read" });
    } catch {
      readInline(file).then(resolve, reject);
      return;
    }
    let settled = false;
    const pieces: Piece[] = [];
    worker.onmessage = (event: MessageEvent<ReadReply>) => {
      const reply = event.data;
      if (reply.kind === "piece") {
        pieces.push(reply.piece);
        return;
      }
      settled = true;
      worker.terminate();
      if (reply.kind === "done") resolve(joinPieces<WorkbookSource>(reply.skeleton, pieces));
      else reject(new Error(reply.message));
    };
    // The worker failed to load or crashed (not a read error: those are replies): read on this thread.
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      if (settled) return;
      settled = true;
      console.warn(`PMO Rulebook: the reading worker failed (${event.message || "it did not load"}); reading on the main thread instead.`);
      readInline(file).then(resolve, reject);
    };
    worker.postMessage({ file });
  });
}

async function readInline(file: File): Promise<WorkbookSource> {
  const [{ standinStateFromXlsx }, { createStandinExcel }, { OfficeWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "picked-files" */ "../../excel-standin/from-exceljs"),
    import(/* webpackChunkName: "picked-files" */ "../../excel-standin/standin"),
    import(/* webpackChunkName: "picked-files" */ "../../adapters/office"),
  ]);
  let state;
  try {
    state = await standinStateFromXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
  } catch (error) {
    throw new Error(`${file.name} cannot be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
  }
  const standin = createStandinExcel(state, { limits: { requestBytes: Number.POSITIVE_INFINITY, responseBytes: Number.POSITIVE_INFINITY } });
  return new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, label: file.name }).read();
}
