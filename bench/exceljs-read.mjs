// The reference for the read-speed goal (issue 15): a bare streaming read of every cell with ExcelJS's
// WorkbookReader, as the product's reader did before the package reader. Prints the cell count.
// Usage: node bench/exceljs-read.mjs <file.xlsx>
import { createReadStream } from "node:fs";
import ExcelJS from "exceljs";

const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(process.argv[2]), {
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
process.stdout.write(`${cells}\n`);
