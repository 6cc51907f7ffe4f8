/**
 * Reads one picked submission off the pane's main thread: the file's bytes into an in-memory stand-in
 * (ExcelJS), then the grids through the Office adapter, as the pane reads the open workbook. The grids
 * go back in pieces (services/transfer.ts), so no message is large.
 */
import { standinStateFromXlsx } from "../../excel-standin/from-exceljs";
import { createStandinExcel } from "../../excel-standin/standin";
import { OfficeWorkbook } from "../../adapters/office";
import { postInPieces } from "../services/worker-job";
import type { ReadReply } from "./picked-files";

const scope = self as unknown as { onmessage: ((event: MessageEvent<{ file: File }>) => void) | null; postMessage(reply: ReadReply): void };

scope.onmessage = async (event) => {
  const { file } = event.data;
  try {
    let state;
    try {
      state = await standinStateFromXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      throw new Error(`${file.name} cannot be read as an .xlsx workbook (${error instanceof Error ? error.message : String(error)}).`);
    }
    // Generous limits: this is a file in memory, not a round trip to Excel.
    const standin = createStandinExcel(state, { limits: { requestBytes: Number.POSITIVE_INFINITY, responseBytes: Number.POSITIVE_INFINITY } });
    const source = await new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, label: file.name }).read();
    await postInPieces((message) => scope.postMessage(message as ReadReply), source, "done", async () => undefined);
  } catch (error) {
    scope.postMessage({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
