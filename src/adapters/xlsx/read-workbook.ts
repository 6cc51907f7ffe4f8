/**
 * Reads an .xlsx file into raw grids for the core with the package reader (src/adapters/xlsx/read/):
 * one pass over each sheet part, inflated with Node's zlib (parts over 32 MB as a stream, so memory
 * holds the values rather than the XML). Reading never writes to the file.
 */
import { readFile } from "node:fs/promises";
import { createInflateRaw, inflateRawSync } from "node:zlib";
import type { WorkbookSource } from "../../workbook/grid";
import type { WorkbookReader } from "../../workbook/port";
import { findEmbeddedRuleset } from "../../core/ruleset/embedded";
import { readPackageStreaming, type InflateStream } from "./read/index";
import type { Inflate } from "./read/zip";
import { checkSignature } from "./read/workbook-bytes";

/** Node's zlib: two to three times faster than fflate on large parts. */
const zlibInflate: Inflate = (raw, size) => {
  const out = inflateRawSync(raw, { maxOutputLength: Math.max(size, 1) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
};

/** Node's zlib as a stream: a part over 32 MB is scanned as it inflates, a megabyte at a time. */
export const zlibStream: InflateStream = (raw, onPiece) =>
  new Promise((resolve, reject) => {
    const inflater = createInflateRaw({ chunkSize: 1 << 20 });
    inflater.on("data", (chunk: Buffer) => {
      try {
        onPiece(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      } catch (error) {
        inflater.destroy(error as Error);
      }
    });
    // A turn of the event loop after the end: until then the closing stream still holds `raw`, a part of
    // the file's bytes, and a caller that checks without a pause would keep them (100 MB at 100k projects).
    inflater.on("end", () => setImmediate(resolve));
    inflater.on("error", reject);
    inflater.end(raw);
  });

/** Reads a workbook from a path or its bytes. Throws one clear sentence when the file is not a readable .xlsx. */
export async function readXlsx(input: string | Uint8Array, opts: { label?: string } = {}): Promise<WorkbookSource> {
  const label = opts.label ?? (typeof input === "string" ? input.split(/[\\/]/).pop() ?? input : "workbook.xlsx");
  const bytes = typeof input === "string" ? await readBytes(input, label) : input;
  checkSignature(bytes, label);
  try {
    return await readPackageStreaming(bytes, { label, inflate: zlibInflate, stream: zlibStream });
  } catch (e) {
    throw new Error(`${label} cannot be read as an .xlsx workbook: ${(e as Error).message}.`);
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

/** The file adapter behind the CLI: a path in, grids and the embedded ruleset out. */
export class XlsxFileReader implements WorkbookReader {
  private source?: Promise<WorkbookSource>;

  constructor(private readonly path: string) {}

  read(): Promise<WorkbookSource> {
    this.source ??= readXlsx(this.path);
    return this.source;
  }

  async readEmbeddedRuleset(): Promise<string | null> {
    return findEmbeddedRuleset(await this.read());
  }
}
