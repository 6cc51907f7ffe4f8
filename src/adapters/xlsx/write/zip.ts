/**
 * A minimal zip reader/writer for .xlsx packages. Entries the writer does not change are copied with
 * their original compressed bytes (no inflate/deflate round trip: fast on big workbooks, and the
 * user's parts stay identical even compressed). New and edited parts are deflated with Node's zlib.
 * New entries get a fixed timestamp so equal input gives equal output.
 */
import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";

export interface ZipEntry {
  name: string;
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
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

export function crc32(data: Uint8Array): number {
  if (nativeCrc32) return nativeCrc32(data) >>> 0;
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Reads the central directory; throws on what .xlsx files never use (encryption, zip64 sizes). */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("Not an .xlsx file: no zip directory found.");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (p === 0xffffffff) throw new Error("Workbooks over 4 GB (zip64) are not supported.");
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== 0x02014b50) throw new Error("Damaged .xlsx file: bad zip directory entry.");
    const flags = view.getUint16(p + 8, true);
    if (flags & 1) throw new Error("Encrypted workbooks are not supported; save the workbook without a password first.");
    const nameLen = view.getUint16(p + 28, true);
    const local = view.getUint32(p + 42, true);
    const compressedSize = view.getUint32(p + 20, true);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize,
      size: view.getUint32(p + 24, true),
      flags,
      raw: bytes.subarray(dataStart, dataStart + compressedSize),
    });
    p += 46 + nameLen + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

export function inflateEntry(e: ZipEntry): Uint8Array {
  if (e.method === 0) return e.raw;
  if (e.method === 8) return new Uint8Array(inflateRawSync(e.raw));
  throw new Error(`Unsupported compression method ${e.method} for ${e.name}.`);
}

/** 1980-01-01 00:00 in DOS date/time. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function newEntry(name: string, content: Uint8Array): ZipEntry {
  const raw = new Uint8Array(deflateRawSync(content, { level: 6 }));
  return { name, method: 8, crc: crc32(content), compressedSize: raw.length, size: content.length, flags: 0x0800, time: 0, date: DOS_DATE, raw };
}

/** Writes the entries, in order, as a zip archive. */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((s, e, i) => s + 30 + names[i].length + e.raw.length, 0);
  const centralSize = names.reduce((s, n) => s + 46 + n.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  const header = (e: ZipEntry, at: number) => {
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
  entries.forEach((e, i) => {
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    header(e, p + 4);
    view.setUint16(p + 26, names[i].length, true);
    view.setUint16(p + 28, 0, true);
    out.set(names[i], p + 30);
    out.set(e.raw, p + 30 + names[i].length);
    p += 30 + names[i].length + e.raw.length;
  });
  const central = p;
  entries.forEach((e, i) => {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true);
    header(e, p + 6);
    view.setUint16(p + 28, names[i].length, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - central, true);
  view.setUint32(p + 16, central, true);
  return out;
}
