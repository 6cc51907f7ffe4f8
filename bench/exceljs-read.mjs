// The reference for the read-speed goals (issues 15 and 14): a bare streaming read of every cell with
// ExcelJS's WorkbookReader, as the product's reader did before the package reader. Prints the cell count.
// Usage: node bench/exceljs-read.mjs <file.xlsx>; bench/consolidate-measure.ts imports countCells.
import { createReadStream } from "node:fs";
import { pathToFileURL } from "node:url";
import ExcelJS from "exceljs";

/** Every non-empty cell of the workbook, read and counted, nothing kept. */
export async function countCells(file) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  let cells = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== null && cell.value !== undefined) cells++;
      });
    }
  }
  return cells;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${await countCells(process.argv[2])}\n`);
}
