/**
 * Streaming read for large workbooks: ExcelJS's WorkbookReader walks the package once and hands over
 * rows as they are parsed, so memory stays near the size of the values kept.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { SheetGrid } from "../../workbook/grid";
import { gridValue } from "./read-cells";
import { GridBuilder } from "./read-grid";
import type { PackageInfo } from "./read-package";
import { applyExtras, scanSheetExtras } from "./read-stream-extras";

interface StreamCell {
  value: unknown;
  numFmt?: string;
  col: number;
}

interface StreamRow {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, cb: (cell: StreamCell, col: number) => void): void;
}

interface StreamSheet {
  id: number | string;
  name?: string;
  [Symbol.asyncIterator](): AsyncIterator<StreamRow>;
}

export async function readStreaming(bytes: Uint8Array, info: PackageInfo): Promise<SheetGrid[]> {
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  // ExcelJS reads workbook.xml when the zip reaches it; packages that store it after the sheets (LibreOffice)
  // would crash the reader, so it starts from what the package already told us.
  const state = reader as unknown as { model?: { sheets: unknown[] }; properties?: { model: { date1904: boolean } } };
  state.model ??= { sheets: [] };
  state.properties ??= { model: { date1904: info.date1904 } };
  const byPath = new Map<string, SheetGrid>();
  for await (const ws of reader as unknown as AsyncIterable<StreamSheet>) {
    const path = `xl/worksheets/sheet${ws.id}.xml`;
    // Once workbook.xml has been parsed ExcelJS names the sheet (and renumbers it by sheetId); before, only the part number is known.
    const pkg = info.sheets.find((s) => s.name === ws.name) ?? info.sheets.find((s) => s.path === path);
    const builder = new GridBuilder();
    for await (const row of ws) {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        builder.set(row.number, c, gridValue(cell.value, info.date1904), cell.numFmt ?? null);
      });
    }
    byPath.set(pkg?.path ?? path, builder.build(pkg?.name ?? `Sheet${ws.id}`, pkg?.state ?? "visible"));
  }
  const extras = scanSheetExtras(bytes, new Set(byPath.keys()));
  for (const [path, grid] of byPath) applyExtras(grid, extras.get(path));
  // Keep the workbook's tab order, which the package lists in workbook.xml.
  const ordered = info.sheets.map((s) => byPath.get(s.path)).filter((g): g is SheetGrid => !!g);
  const rest = [...byPath.values()].filter((g) => !ordered.includes(g));
  return [...ordered, ...rest];
}
