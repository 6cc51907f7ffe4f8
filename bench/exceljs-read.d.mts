/** Types for bench/exceljs-read.mjs: every non-empty cell of the workbook, read with ExcelJS and counted. */
export declare function countCells(file: string): Promise<number>;
