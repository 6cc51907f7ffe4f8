/**
 * An .xlsx file's bytes to the grids the core reads, with the package reader and fflate: pure, so the
 * task pane reads a picked file with it in a worker exactly as the CLI reads one (which hands in Node's
 * zlib instead, read-workbook.ts). Throws one sentence naming the file.
 */
import type { WorkbookSource } from "../../../workbook/grid";
import { readPackage } from "./index";

/** Refuses what is not a zip package (an old .xls, an encrypted workbook, any other file) with the reason. */
export function checkSignature(bytes: Uint8Array, label: string): void {
  if (bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new Error(`${label} is password-protected or an old .xls file; save it as an unencrypted .xlsx workbook and try again.`);
  }
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new Error(`${label} is not an .xlsx workbook (it is not a zip package).`);
  }
}

/** Reads a workbook's bytes, labelled `label` (its file name) in what it says. */
export function readWorkbookBytes(bytes: Uint8Array, label: string): WorkbookSource {
  checkSignature(bytes, label);
  try {
    return readPackage(bytes, { label });
  } catch (e) {
    throw new Error(`${label} cannot be read as an .xlsx workbook: ${(e as Error).message}.`);
  }
}
