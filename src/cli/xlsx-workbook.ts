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

export function xlsxBytesWorkbook(bytes: Uint8Array, label: string): XlsxBytesWorkbook {
  let source: WorkbookSource | undefined;
  let embedded: string | undefined;
  let output: WrittenPackage | undefined;
  const read = async () => (source ??= await readXlsx(bytes, { label }));
  return {
    read,
    readEmbeddedRuleset: async () => findEmbeddedRuleset(await read()),
    async writeEmbeddedRuleset(json: string) {
      // Stored with the sheets, in the same package write.
      embedded = json;
    },
    async writeSheets(specs: SheetSpec[]): Promise<WriteResult> {
      output = addSheetsToXlsx(output?.bytes ?? bytes, specs, { embeddedRuleset: embedded, current: source });
      return output.result;
    },
    output: () => output,
  };
}
