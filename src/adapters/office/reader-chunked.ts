/**
 * The read for Excel on the web when a workbook is too big for one response (5 MB limit): the same
 * grids, fetched in row blocks of a bounded number of cells, several blocks per sync. More syncs, but
 * only for workbooks that need them; the two-sync read is always tried first.
 */
import type { CellValue, SheetGrid, WorkbookSource } from "../../workbook/grid";
import { officeCode } from "./errors";
import type { ExcelRunner } from "./office-api";
import { gridCells, queueWorkbookLook, VISIBILITY } from "./reader";

/** About 25 bytes a cell for value plus format: 100k cells keep a response near 2.5 MB. */
export const CELLS_PER_SYNC = 100_000;

interface Block {
  sheet: number;
  start: number;
  rows: number;
}

function blocksOf(shapes: { rows: number; cols: number }[], cellsPerSync: number): Block[][] {
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  shapes.forEach((shape, sheet) => {
    const step = Math.max(1, Math.floor(cellsPerSync / Math.max(1, shape.cols)));
    for (let start = 0; start < shape.rows; start += step) {
      const rows = Math.min(step, shape.rows - start);
      if (current.length > 0 && cells + rows * shape.cols > cellsPerSync) {
        syncs.push(current);
        current = [];
        cells = 0;
      }
      current.push({ sheet, start, rows });
      cells += rows * shape.cols;
    }
  });
  if (current.length > 0) syncs.push(current);
  return syncs;
}

async function readInBlocks(excel: ExcelRunner, label: string | undefined, cellsPerSync: number): Promise<WorkbookSource> {
  return excel.run(async (context) => {
    const { sheets, date1904, workbookLabel, queueTables } = queueWorkbookLook(context, label);
    await context.sync();

    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"));
    const tableInfos = queueTables();
    await context.sync();

    const shapes = used.map((u) => (u.isNullObject ? { rows: 0, cols: 0 } : { rows: u.rowCount, cols: u.columnCount }));
    const values: CellValue[][][] = shapes.map(() => []);
    const formats: (string | null)[][][] = shapes.map(() => []);
    for (const batch of blocksOf(shapes, cellsPerSync)) {
      const loaded = batch.map((b) => ({ b, range: sheets.items[b.sheet].getRangeByIndexes(used[b.sheet].rowIndex + b.start, used[b.sheet].columnIndex, b.rows, shapes[b.sheet].cols).load("values, numberFormat") }));
      await context.sync();
      for (const { b, range } of loaded) {
        const cells = gridCells(range.values as unknown[][], range.numberFormat as unknown[][]);
        values[b.sheet].push(...cells.values);
        formats[b.sheet].push(...cells.formats);
      }
    }
    const grids: SheetGrid[] = sheets.items.map((s, i) => ({
      name: s.name,
      top: used[i].isNullObject ? 1 : used[i].rowIndex + 1,
      left: used[i].isNullObject ? 1 : used[i].columnIndex + 1,
      values: values[i],
      formats: formats[i],
      visibility: VISIBILITY[s.visibility] ?? "visible",
    }));
    return { label: workbookLabel(), date1904: date1904(), sheets: grids, tables: tableInfos() };
  });
}

/** Reads in blocks, halving the block size while Excel still finds a response too large. */
export async function readWorkbookInBlocks(excel: ExcelRunner, label: string | undefined): Promise<WorkbookSource> {
  for (let cells = CELLS_PER_SYNC; ; cells = Math.floor(cells / 2)) {
    try {
      return await readInBlocks(excel, label, cells);
    } catch (error) {
      if (officeCode(error) !== "ResponsePayloadSizeLimitExceeded" || cells < 1_000) throw error;
    }
  }
}
