/**
 * A minimal zip reader/writer for .xlsx packages. Entries the writer does not change are copied with
 * their original compressed bytes and name bytes (no inflate/deflate round trip: fast on big
 * workbooks, and the user's parts stay identical even compressed). New and edited parts are deflated
 * with Node's zlib. New entries get a fixed timestamp so equal input gives equal output. Zip64 records
 * (which some producers write even for small files) are read; the output is a plain zip, since an
 * .xlsx the writer can hold in memory never needs zip64 sizes.
 */
import { Buffer } from "node:buffer";
import { Inflate } from "fflate";
import * as zlib from "node:zlib";
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
  /** The name as stored in the input (kept as is, whatever its encoding). */
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** General-purpose flags, kept for the UTF-8 name bit. */
  flags: number;
  time: number;
  date: number;
  /** The compressed bytes as found in the input. */
  raw: Uint8Array;
}

/** An entry to write: one read from the input, a new one, or a part deflated as it was written (PartStream), whose bytes are in pieces. */
export type OutEntry = Omit<ZipEntry, "raw"> & { raw: Uint8Array | readonly Uint8Array[] };

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** zlib.crc32 exists from Node 20.15; the table version covers older Node 20 releases. */
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** CRC-32 of `data`, continuing from `previous` (the CRC of the bytes before it) to checksum a part in pieces. */
export function crc32(data: Uint8Array, previous = 0): number {
  if (nativeCrc32) return nativeCrc32(data, previous) >>> 0;
  let c = ~previous;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const DAMAGED = "Damaged .xlsx file: its zip directory is inconsistent; open it in Excel and save it again.";
const SATURATED32 = 0xffffffff;

/** Where the central directory is and how many entries it holds, from the (zip64) end records. */
function directory(view: DataView, length: number): { count: number; offset: number } {
  let eocd = -1;
  for (let i = length - 22; i >= Math.max(0, length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("Not an .xlsx file: no zip directory found.");
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const locator = eocd - 20;
  if (locator >= 0 && view.getUint32(locator, true) === 0x07064b50) {
    const record = Number(view.getBigUint64(locator + 8, true));
    if (record + 56 > length || view.getUint32(record, true) !== 0x06064b50) throw new Error(DAMAGED);
    count = Number(view.getBigUint64(record + 32, true));
    offset = Number(view.getBigUint64(record + 48, true));
  } else if (count === 0xffff || offset === SATURATED32) {
    throw new Error(DAMAGED);
  }
  return { count, offset };
}

/** Sizes and offset of an entry, taking saturated fields from its zip64 extra field (id 0x0001). */
function zip64Fields(view: DataView, extraStart: number, extraEnd: number, fields: { size: number; compressedSize: number; local: number }): void {
  for (let p = extraStart; p + 4 <= extraEnd; ) {
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
      if (fields.size === SATURATED32) fields.size = next();
      if (fields.compressedSize === SATURATED32) fields.compressedSize = next();
      if (fields.local === SATURATED32) fields.local = next();
      return;
    }
    p += 4 + len;
  }
}

/**
 * Reads the central directory. Throws one sentence on what .xlsx files never use (encryption) and on
 * a package with two entries for one part name (compared ignoring case, as OPC does): which of them
 * Excel would show is not defined, so the writer refuses rather than guess.
 */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return readEntries(bytes, view);
  } catch (error) {
    if (error instanceof RangeError) throw new Error(DAMAGED);
    throw error;
  }
}

function readEntries(bytes: Uint8Array, view: DataView): ZipEntry[] {
  const { count, offset } = directory(view, bytes.length);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  const seen = new Map<string, string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error(DAMAGED);
    const flags = view.getUint16(p + 8, true);
    if (flags & 1) throw new Error("Encrypted workbooks are not supported; save the workbook without a password first.");
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = decoder.decode(nameBytes);
    const fields = { size: view.getUint32(p + 24, true), compressedSize: view.getUint32(p + 20, true), local: view.getUint32(p + 42, true) };
    zip64Fields(view, p + 46 + nameLen, p + 46 + nameLen + extraLen, fields);
    if (view.getUint32(fields.local, true) !== 0x04034b50) throw new Error(DAMAGED);
    const dataStart = fields.local + 30 + view.getUint16(fields.local + 26, true) + view.getUint16(fields.local + 28, true);
    if (dataStart + fields.compressedSize > bytes.length) throw new Error(DAMAGED);
    const key = name.toLowerCase();
    const twin = seen.get(key);
    if (twin !== undefined) {
      throw new Error(`The package holds two entries for the part ${twin === name ? name : `${twin} (also as ${name})`}; which one Excel would show is not defined, so the workbook is left as it is. Open it in Excel and save it again`);
    }
    seen.set(key, name);
    entries.push({
      name,
      nameBytes,
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: fields.compressedSize,
      size: fields.size,
      flags,
      raw: bytes.subarray(dataStart, dataStart + fields.compressedSize),
    });
    p += 46 + nameLen + extraLen + view.getUint16(p + 32, true);
  }
  return entries;
}

/** The entry's compressed bytes as one array (joined when they are in pieces). */
function rawBytes(e: OutEntry): Uint8Array {
  return e.raw instanceof Uint8Array ? e.raw : joinPieces(e.raw);
}

export function inflateEntry(e: OutEntry): Uint8Array {
  if (e.method === 0) return rawBytes(e);
  if (e.method === 8) {
    try {
      return new Uint8Array(inflateRawSync(rawBytes(e)));
    } catch {
      throw new Error(`The part ${e.name} is damaged (its compressed data cannot be read)`);
    }
  }
  throw new Error(`Unsupported compression method ${e.method} for ${e.name}.`);
}

/** Compressed bytes handed to the inflater at a time while looking for a part's first bytes. */
const HEAD_SLICE = 16 * 1024;

/**
 * The first `length` bytes of an entry's content (all of it when shorter), inflating no more of it
 * than that takes: a user's sheet part can inflate to hundreds of megabytes (issue 15).
 */
export function entryHead(e: OutEntry, length: number): Uint8Array {
  if (e.method !== 8) return inflateEntry(e).subarray(0, length);
  const raw = rawBytes(e);
  const out: Uint8Array[] = [];
  let have = 0;
  const inflater = new Inflate((chunk) => {
    out.push(chunk.slice());
    have += chunk.length;
  });
  try {
    for (let at = 0; at < raw.length && have < length; at += HEAD_SLICE) inflater.push(raw.subarray(at, at + HEAD_SLICE), at + HEAD_SLICE >= raw.length);
  } catch {
    throw new Error(`The part ${e.name} is damaged (its compressed data cannot be read)`);
  }
  return joinPieces(out).subarray(0, length);
}

/** 1980-01-01 00:00 in DOS date/time. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/**
 * zlib level for new and edited parts. On the report's sheet XML, level 4 deflates about 2.5 times
 * faster than zlib's default 6 for some 4% more bytes (measured on the 10k and 100k bench sheets).
 */
const LEVEL = 4;

export function newEntry(name: string, content: Uint8Array): ZipEntry {
  const raw = new Uint8Array(deflateRawSync(content, { level: LEVEL }));
  return { name, nameBytes: new TextEncoder().encode(name), method: 8, crc: crc32(content), compressedSize: raw.length, size: content.length, flags: 0x0800, time: 0, date: DOS_DATE, raw };
}

/** UTF-16 code units of text a PartStream gathers before it encodes and deflates them (about 1 MB). */
const SEGMENT_CHARS = 1 << 20;

/**
 * UTF-16 code units gathered as a string before they are encoded to UTF-8 (a segment's bytes are
 * these encodings, joined). Kept small so the text's string pieces die young: gathered a whole
 * segment at a time, they lived long enough to be promoted to the old generation, hundreds of
 * megabytes of garbage for the 100k report that only a full GC frees (issue 15).
 */
const ENCODE_CHARS = 1 << 16;

/**
 * A part written as text in pieces and deflated a segment at a time, so a 100k-row sheet is never
 * held whole, neither as a string nor as bytes: only its compressed pieces are kept. Each segment is
 * deflated on its own and ended with a sync flush (an empty stored block, not final), the last one
 * with the final block, so the pieces joined are one valid deflate stream; with ~1 MB segments the
 * fresh start of each costs a fraction of a percent of the compressed size.
 */
export class PartStream {
  private pending = "";
  /** The current segment's text before `pending`, encoded. */
  private encoded: Buffer[] = [];
  private encodedChars = 0;
  private readonly pieces: Uint8Array[] = [];
  private crc = 0;
  private size = 0;
  private compressedSize = 0;

  write(text: string): void {
    this.pending += text;
    if (this.encodedChars + this.pending.length >= SEGMENT_CHARS) this.segment(false);
    else if (this.pending.length >= ENCODE_CHARS) this.encode();
  }

  private encode(): void {
    let text = this.pending;
    // A high surrogate at the end waits for its low half (encoded apart, each would become U+FFFD).
    const last = text.charCodeAt(text.length - 1);
    const keep = last >= 0xd800 && last <= 0xdbff ? 1 : 0;
    if (keep) text = text.slice(0, -1);
    this.pending = keep ? this.pending.slice(-1) : "";
    this.encoded.push(Buffer.from(text, "utf8"));
    this.encodedChars += text.length;
  }

  private segment(final: boolean): void {
    this.encoded.push(Buffer.from(this.pending, "utf8"));
    this.pending = "";
    const bytes = this.encoded.length === 1 ? this.encoded[0] : Buffer.concat(this.encoded);
    this.encoded = [];
    this.encodedChars = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    const out = deflateRawSync(bytes, { level: LEVEL, finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH });
    this.pieces.push(out);
    this.compressedSize += out.length;
  }

  /** Ends the stream; the entry holds the compressed pieces. */
  entry(name: string): OutEntry {
    this.segment(true);
    return { name, nameBytes: new TextEncoder().encode(name), method: 8, crc: this.crc, compressedSize: this.compressedSize, size: this.size, flags: 0x0800, time: 0, date: DOS_DATE, raw: this.pieces };
  }
}

/** Writes the entries, in order, as a zip archive. */
export function writeZip(entries: OutEntry[]): Uint8Array {
  return joinPieces(writeZipPieces(entries));
}

/** Pieces joined into one plain Uint8Array (not a Buffer: callers compare and slice it as one). */
export function joinPieces(pieces: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  const joined = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}

/**
 * The zip archive of the entries, in order, as pieces to be written one after the other: the
 * entries' compressed bytes are not copied (a 100 MB workbook's untouched parts go to the file
 * straight from the input's bytes).
 */
export function writeZipPieces(entries: OutEntry[]): Uint8Array[] {
  const names = entries.map((e) => e.nameBytes);
  const localSize = entries.reduce((s, e, i) => s + 30 + names[i].length + e.compressedSize, 0);
  const centralSize = names.reduce((s, n) => s + 46 + n.length, 0);
  if (entries.length > 0xfffe || localSize + centralSize + 22 > SATURATED32 || entries.some((e) => e.size >= SATURATED32)) {
    throw new Error("The workbook with the report would be over 4 GB or hold over 65,534 parts, which needs zip64; that is not supported");
  }
  const header = (view: DataView, e: OutEntry, at: number) => {
    // Version 2.0, flags without the data-descriptor bit (sizes are known up front).
    view.setUint16(at, 20, true);
    view.setUint16(at + 2, e.flags & 0x0800, true);
    view.setUint16(at + 4, e.method, true);
    view.setUint16(at + 6, e.time, true);
    view.setUint16(at + 8, e.date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.compressedSize, true);
    view.setUint32(at + 18, e.size, true);
  };
  const out: Uint8Array[] = [];
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    offsets.push(p);
    const local = new Uint8Array(30 + names[i].length);
    const view = new DataView(local.buffer);
    view.setUint32(0, 0x04034b50, true);
    header(view, e, 4);
    view.setUint16(26, names[i].length, true);
    view.setUint16(28, 0, true);
    local.set(names[i], 30);
    out.push(local);
    if (e.raw instanceof Uint8Array) out.push(e.raw);
    else for (const piece of e.raw) out.push(piece);
    p += local.length + e.compressedSize;
  });
  const central = new Uint8Array(centralSize + 22);
  const view = new DataView(central.buffer);
  let q = 0;
  entries.forEach((e, i) => {
    view.setUint32(q, 0x02014b50, true);
    view.setUint16(q + 4, 20, true);
    header(view, e, q + 6);
    view.setUint16(q + 28, names[i].length, true);
    view.setUint32(q + 42, offsets[i], true);
    central.set(names[i], q + 46);
    q += 46 + names[i].length;
  });
  view.setUint32(q, 0x06054b50, true);
  view.setUint16(q + 8, entries.length, true);
  view.setUint16(q + 10, entries.length, true);
  view.setUint32(q + 12, centralSize, true);
  view.setUint32(q + 16, p, true);
  out.push(central);
  return out;
}
