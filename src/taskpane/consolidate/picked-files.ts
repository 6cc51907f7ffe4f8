/**
 * Workbooks the user picks in the pane ("Consolidate workbooks…"), as submissions: each file is read
 * through the same Office adapter the pane reads the open workbook with, over an in-memory stand-in
 * of the file built with ExcelJS in the browser (no data leaves the pane), one file at a time. The
 * reading code is loaded on first use, so the pane's first download does not grow.
 */
import type { SubmissionInput } from "../../core/consolidate/workflow";

export function pickedSubmission(file: File): SubmissionInput {
  return {
    file: file.name,
    reader: {
      async read() {
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
        // Generous limits: this is a file in memory, not a round trip to Excel.
        const standin = createStandinExcel(state, { limits: { requestBytes: Number.POSITIVE_INFINITY, responseBytes: Number.POSITIVE_INFINITY } });
        return new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, label: file.name }).read();
      },
      readEmbeddedRuleset: async () => null,
    },
  };
}
