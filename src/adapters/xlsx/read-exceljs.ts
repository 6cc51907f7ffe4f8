/**
 * The ExcelJS-based reader the package reader (read-workbook.ts) replaced, kept for the reader's
 * contract tests only: small files loaded whole, large ones through ExcelJS's streaming reader plus a
 * second pass for merges and error cells. Nothing in the product imports it.
 */
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { WorkbookSource } from "../../workbook/grid";
import { gridValue } from "./read-cells";
import { columnLetters, GridBuilder, sortMerges } from "./read-grid";
import { readPackageInfo } from "./read-package";
import type { PackageInfo } from "./read-package";
import { readStreaming } from "./read-stream";

/** Files above this size are always streamed. */
export const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;
/** Files above this size are streamed when the package lets the streaming reader see every number format. */
export const STREAM_PREFERRED_BYTES = 1024 * 1024;

/** Reads a workbook from a path or its bytes, as the product did before the package reader. */
export async function readXlsxWithExcelJS(input: string | Uint8Array, opts: { label?: string; stream?: boolean } = {}): Promise<WorkbookSource> {
  const label = opts.label ?? (typeof input === "string" ? input.split(/[\\/]/).pop() ?? input : "workbook.xlsx");
  const bytes = typeof input === "string" ? await readBytes(input, label) : input;
  checkSignature(bytes, label);
  let info: PackageInfo;
  try {
    info = readPackageInfo(bytes);
  } catch (e) {
    throw new Error(`${label} cannot be read as an .xlsx workbook: ${(e as Error).message}.`);
  }
  // Streaming is two to three times faster and takes a third of the memory, so it is used from 1 MB on
  // whenever it reads the package as faithfully as the full loader.
  const stream = opts.stream ?? (bytes.length > STREAM_THRESHOLD_BYTES || (bytes.length > STREAM_PREFERRED_BYTES && info.streamsFaithfully));
  try {
    const sheets = stream ? await readStreaming(bytes, info) : await readLoaded(bytes, info);
    return { label, date1904: info.date1904, sheets, tables: info.tables, names: info.names };
  } catch (e) {
    if (stream) throw new Error(`${label} cannot be read as an .xlsx workbook: ${(e as Error).message}.`);
    // ExcelJS's full loader trips over some packages (LibreOffice tables); the streaming reader does not parse those parts.
    try {
      const sheets = await readStreaming(bytes, info);
      return { label, date1904: info.date1904, sheets, tables: info.tables, names: info.names };
    } catch {
      throw new Error(`${label} cannot be read as an .xlsx workbook: ${(e as Error).message}.`);
    }
  }
}

async function readBytes(path: string, label: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new Error(`${label} does not exist.`);
    if (code === "EISDIR") throw new Error(`${label} is a folder, not a workbook.`);
    throw new Error(`${label} cannot be opened: ${(e as Error).message}.`);
  }
}

function checkSignature(bytes: Uint8Array, label: string): void {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error(`${label} is password-protected or an old .xls file; save it as an unencrypted .xlsx workbook and try again.`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new Error(`${label} is not an .xlsx workbook (it is not a zip package).`);
  }
}

async function readLoaded(bytes: Uint8Array, info: PackageInfo): Promise<WorkbookSource["sheets"]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  const sheets: WorkbookSource["sheets"] = [];
  wb.eachSheet((ws) => {
    const builder = new GridBuilder();
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // ExcelJS gives every cell of a merge its master's value; Excel holds it in the top-left cell only.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        builder.set(r, c, gridValue(cell.value, info.date1904), cell.numFmt ?? null);
      });
    });
    const pkg = info.sheets.find((s) => s.name === ws.name);
    const grid = builder.build(ws.name, pkg?.state ?? (ws.state as "visible" | "hidden" | "veryHidden") ?? "visible");
    grid.merges = mergedRanges(ws);
    sheets.push(grid);
  });
  return sheets;
}

interface MergeDimensions {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merged ranges in A1, top-left first (ExcelJS keeps them by master cell, with no public getter). */
function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeDimensions | undefined> })._merges ?? {};
  return sortMerges(Object.values(merges).flatMap((m) => (m ? [`${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}`] : [])));
}
