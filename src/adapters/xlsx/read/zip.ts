/**
 * The package's zip directory, read without Node: the central directory (zip64 records and extra fields
 * included) lists every entry with its sizes, so data descriptors after the data need no special care.
 * Part names are found ignoring letter case, as OPC compares them. Inflating is the caller's: fflate by
 * default (runs in a browser worker), Node's zlib where the CLI has it (faster).
 */
import { Inflate as StreamInflate, inflateSync } from "fflate";

export interface PackageEntry {
  name: string;
  method: number;
  size: number;
  /** The compressed bytes. */
  raw: Uint8Array;
}

/** Raw deflate to bytes; `size` is the inflated size the directory states. */
export type Inflate = (raw: Uint8Array, size: number) => Uint8Array;

export const fflateInflate: Inflate = (raw, size) => inflateSync(raw, { out: new Uint8Array(size) });

const DAMAGED = "its zip directory is damaged (open it in Excel and save it again)";
const SATURATED = 0xffffffff;

export class PackageZip {
  private readonly byName = new Map<string, PackageEntry>();

  constructor(
    readonly entries: PackageEntry[],
    private readonly inflate: Inflate,
  ) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  /** The entry of a part name, whatever the letter case of either. */
  entry(name: string): PackageEntry | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  /** The part's bytes, or undefined when there is no such part. Throws one sentence on damaged data. */
  bytes(name: string): Uint8Array | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    if (e.method === 0) return e.raw;
    if (e.method !== 8) throw new Error(`its part ${e.name} is compressed with a method Excel does not use (${e.method})`);
    let out: Uint8Array;
    try {
      out = this.inflate(e.raw, e.size);
    } catch {
      throw new Error(`its part ${e.name} is damaged (the compressed data cannot be read)`);
    }
    if (out.length !== e.size) throw new Error(`its part ${e.name} is damaged (it inflates to ${out.length} bytes, not the ${e.size} its directory says)`);
    return out;
  }

  /**
   * The part's bytes in pieces (fflate's streaming inflate), for parts too large to hold inflated:
   * `onPiece(bytes, final)`; the last call has final set. Throws one sentence on damaged data.
   */
  stream(name: string, onPiece: (bytes: Uint8Array, final: boolean) => void): void {
    const e = this.entry(name);
    if (!e) throw new Error(`it has no part ${name}`);
    if (e.method === 0) return onPiece(e.raw, true);
    if (e.method !== 8) throw new Error(`its part ${e.name} is compressed with a method Excel does not use (${e.method})`);
    let total = 0;
    let ended = false;
    const inflater = new StreamInflate((chunk, final) => {
      total += chunk.length;
      if (final) ended = true;
      onPiece(chunk, final);
    });
    try {
      for (let i = 0; i < e.raw.length; i += SLICE) inflater.push(e.raw.subarray(i, Math.min(e.raw.length, i + SLICE)), i + SLICE >= e.raw.length);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("its ")) throw error;
      throw new Error(`its part ${e.name} is damaged (the compressed data cannot be read)`);
    }
    if (!ended || total !== e.size) throw new Error(`its part ${e.name} is damaged (it inflates to ${total} bytes, not the ${e.size} its directory says)`);
  }
}

/** Compressed bytes handed to the streaming inflater at a time. */
const SLICE = 1 << 20;

/** Reads the central directory. Throws one sentence (without the file's name) on what cannot be read. */
export function openZip(bytes: Uint8Array, inflate: Inflate = fflateInflate): PackageZip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return new PackageZip(entries(bytes, view), inflate);
  } catch (e) {
    if (e instanceof RangeError) throw new Error(DAMAGED);
    throw e;
  }
}

function directory(view: DataView, length: number): { count: number; offset: number } {
  let eocd = -1;
  for (let i = length - 22; i >= Math.max(0, length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("it is not a complete zip package (no zip directory at its end; it may be cut short)");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === 0x07064b50) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > length || view.getUint32(record, true) !== 0x06064b50) throw new Error(DAMAGED);
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  } else if (count === 0xffff || offset === SATURATED) {
    throw new Error(DAMAGED);
  }
  return { count, offset };
}

function zip64Fields(view: DataView, start: number, end: number, fields: { size: number; compressed: number; local: number }): void {
  for (let p = start; p + 4 <= end; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        if (q + 8 > p + 4 + len) throw new Error(DAMAGED);
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (fields.size === SATURATED) fields.size = next();
      if (fields.compressed === SATURATED) fields.compressed = next();
      if (fields.local === SATURATED) fields.local = next();
      return;
    }
    p += 4 + len;
  }
}

function entries(bytes: Uint8Array, view: DataView): PackageEntry[] {
  const { count, offset } = directory(view, bytes.length);
  const decoder = new TextDecoder();
  const out: PackageEntry[] = [];
  const seen = new Map<string, string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error(DAMAGED);
    const flags = view.getUint16(p + 8, true);
    if (flags & 1) throw new Error("it is encrypted; save it without a password and try again");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const fields = { size: view.getUint32(p + 24, true), compressed: view.getUint32(p + 20, true), local: view.getUint32(p + 42, true) };
    zip64Fields(view, p + 46 + nameLen, p + 46 + nameLen + extraLen, fields);
    if (view.getUint32(fields.local, true) !== 0x04034b50) throw new Error(DAMAGED);
    const start = fields.local + 30 + view.getUint16(fields.local + 26, true) + view.getUint16(fields.local + 28, true);
    if (start + fields.compressed > bytes.length) throw new Error(DAMAGED);
    const key = name.toLowerCase();
    const twin = seen.get(key);
    if (twin !== undefined) {
      throw new Error(`the package holds two entries for the part ${twin === name ? name : `${twin} (also as ${name})`}, and which one Excel would show is not defined`);
    }
    seen.set(key, name);
    out.push({ name, method: view.getUint16(p + 10, true), size: fields.size, raw: bytes.subarray(start, start + fields.compressed) });
    p += 46 + nameLen + extraLen + view.getUint16(p + 32, true);
  }
  return out;
}
