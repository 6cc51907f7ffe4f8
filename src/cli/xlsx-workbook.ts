/**
 * The workbook port over one file's bytes, for the CLI: reading with the package reader, writing by
 * adding the sheets to the package in memory (addSheetsToXlsx). The new bytes are then written to
 * disk by the CLI (write-output.ts), which keeps the user's file safe.
 */
import type { WorkbookSource } from "../workbook/grid";
import type { WorkbookReader, WorkbookWriter, WriteResult } from "../workbook/port";
import type { SheetSpec } from "../workbook/sheet-spec";
import { findEmbeddedRuleset } from "../core/ruleset/embedded";
import { readXlsx } from "../adapters/xlsx/read-workbook";
import { addSheetsToXlsx, type PackageKind, type WrittenPackage } from "../adapters/xlsx/write/index";

export interface XlsxBytesWorkbook extends WorkbookReader, WorkbookWriter {
  /** The package with the sheets added, once writeSheets has run: its bytes, or the same as pieces (WrittenPackage). */
  output(): { readonly bytes: Uint8Array; pieces: Uint8Array[]; kind?: PackageKind } | undefined;
}

/**
 * `reload`, when given, lets the bytes go once they are read and gives them again for the write (the
 * CLI reads the file again: at 100k projects its 100 MB are then not held through the check).
 * `afterSheet` is called as each sheet is written (addSheetsToXlsx).
 */
export function xlsxBytesWorkbook(bytes: Uint8Array, label: string, reload?: () => Promise<Uint8Array>, afterSheet?: () => void): XlsxBytesWorkbook {
  let held: Uint8Array | undefined = bytes;
  let source: WorkbookSource | undefined;
  let embedded: string | undefined;
  let output: WrittenPackage | undefined;
  const read = async () => {
    if (source) return source;
    source = await readXlsx(held ?? (await reload!()), { label });
    if (reload) held = undefined;
    return source;
  };
  return {
    read,
    readEmbeddedRuleset: async () => findEmbeddedRuleset(await read()),
    async writeEmbeddedRuleset(json: string) {
      // Stored with the sheets, in the same package write.
      embedded = json;
    },
    async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
      output = addSheetsToXlsx(output?.bytes ?? held ?? (await reload!()), specs, { embeddedRuleset: embedded, current: source, afterSheet });
      return output.result;
    },
    output: () => output,
  };
}
