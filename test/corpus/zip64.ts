/**
 * Rewrites a zip the way a streaming zip64 writer does for any size of file: every entry's sizes and
 * offset saturated (0xFFFFFFFF) with the real values in a zip64 extra field, and a zip64 end record.
 * Valid zip; a reader that ignores zip64 sees nonsense. Entries are stored (no compression).
 */
import { unzipSync } from "fflate";
import { crc32 } from "../../src/adapters/xlsx/write/zip";

export function toZip64(bytes: Uint8Array): Uint8Array {
  const entries = Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name: new TextEncoder().encode(name), data, crc: crc32(data) }));
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const push = (u: Uint8Array) => {
    chunks.push(u);
    offset += u.length;
  };
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(offset);
    const h = new DataView(new ArrayBuffer(30 + e.name.length + 20));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 45, true);
    h.setUint16(6, 0x0800, true);
    h.setUint16(8, 0, true);
    h.setUint32(14, e.crc, true);
    h.setUint32(18, 0xffffffff, true);
    h.setUint32(22, 0xffffffff, true);
    h.setUint16(26, e.name.length, true);
    h.setUint16(28, 20, true);
    new Uint8Array(h.buffer).set(e.name, 30);
    const x = 30 + e.name.length;
    h.setUint16(x, 1, true);
    h.setUint16(x + 2, 16, true);
    h.setBigUint64(x + 4, BigInt(e.data.length), true);
    h.setBigUint64(x + 12, BigInt(e.data.length), true);
    push(new Uint8Array(h.buffer));
    push(e.data);
  }
  const central = offset;
  entries.forEach((e, i) => {
    const c = new DataView(new ArrayBuffer(46 + e.name.length + 28));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 45, true);
    c.setUint16(6, 45, true);
    c.setUint16(8, 0x0800, true);
    c.setUint32(16, e.crc, true);
    c.setUint32(20, 0xffffffff, true);
    c.setUint32(24, 0xffffffff, true);
    c.setUint16(28, e.name.length, true);
    c.setUint16(30, 28, true);
    c.setUint32(42, 0xffffffff, true);
    new Uint8Array(c.buffer).set(e.name, 46);
    const x = 46 + e.name.length;
    c.setUint16(x, 1, true);
    c.setUint16(x + 2, 24, true);
    c.setBigUint64(x + 4, BigInt(e.data.length), true);
    c.setBigUint64(x + 12, BigInt(e.data.length), true);
    c.setBigUint64(x + 20, BigInt(offsets[i]), true);
    push(new Uint8Array(c.buffer));
  });
  const centralSize = offset - central;
  const record = offset;
  const z = new DataView(new ArrayBuffer(56 + 20 + 22));
  z.setUint32(0, 0x06064b50, true);
  z.setBigUint64(4, 44n, true);
  z.setUint16(12, 45, true);
  z.setUint16(14, 45, true);
  z.setBigUint64(24, BigInt(entries.length), true);
  z.setBigUint64(32, BigInt(entries.length), true);
  z.setBigUint64(40, BigInt(centralSize), true);
  z.setBigUint64(48, BigInt(central), true);
  z.setUint32(56, 0x07064b50, true);
  z.setBigUint64(64, BigInt(record), true);
  z.setUint32(72, 1, true);
  z.setUint32(76, 0x06054b50, true);
  z.setUint16(84, 0xffff, true);
  z.setUint16(86, 0xffff, true);
  z.setUint32(88, 0xffffffff, true);
  z.setUint32(92, 0xffffffff, true);
  push(new Uint8Array(z.buffer));
  const out = new Uint8Array(offset);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** The zip with one more entry under a name that already exists (exactly, or in another letter case). */
export function withDuplicateEntry(bytes: Uint8Array, name: string, data: Uint8Array): Uint8Array {
  // fflate's zipSync keys entries by name, so a second entry under one name needs a hand-made archive.
  return storedZip([...Object.entries(unzipSync(bytes)), [name, data]]);
}

/** A plain stored zip of the given (possibly repeated) entries. */
function storedZip(entries: readonly (readonly [string, Uint8Array])[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [n, data] of entries) {
    const name = enc.encode(n);
    const crc = crc32(data);
    const h = new DataView(new ArrayBuffer(30 + name.length));
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint32(14, crc, true);
    h.setUint32(18, data.length, true);
    h.setUint32(22, data.length, true);
    h.setUint16(26, name.length, true);
    new Uint8Array(h.buffer).set(name, 30);
    const c = new DataView(new ArrayBuffer(46 + name.length));
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    new Uint8Array(c.buffer).set(name, 46);
    parts.push(new Uint8Array(h.buffer), data);
    central.push(new Uint8Array(c.buffer));
    offset += 30 + name.length + data.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
