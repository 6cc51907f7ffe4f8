/** Issue 15 (memory): generated worksheets are deflated as they are written, and the zip is written in pieces. */
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { PartStream, crc32, entryHead, joinPieces, newEntry, writeZip, writeZipPieces } from "../../../src/adapters/xlsx/write/zip";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { buildReport } from "../../../src/core/report/index";
import { sampleInput } from "../../core/report/fixtures";
import { userWorkbook } from "./write-helpers";

/** Byte arrays compared as hex (toEqual walks a multi-megabyte array element by element: tens of seconds). */
const hex = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");

/** Text of several ~1 MB segments, with characters of 2, 3 and 4 UTF-8 bytes. */
function longText(): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < 60_000; i++) pieces.push(`<row r="${i}"><c><is><t>Projekt ${i} – Überprüfung 日本 😀</t></is></c></row>`);
  return pieces;
}

describe("PartStream", () => {
  it("deflates a part in segments whose pieces joined are one deflate stream of the whole text", () => {
    const pieces = longText();
    const stream = new PartStream();
    for (const p of pieces) stream.write(p);
    const entry = stream.entry("xl/worksheets/sheet9.xml");
    const whole = new TextEncoder().encode(pieces.join(""));
    expect(Array.isArray(entry.raw) && entry.raw.length).toBeGreaterThan(2);
    const raw = joinPieces(entry.raw as Uint8Array[]);
    expect(hex(inflateRawSync(raw))).toBe(hex(whole));
    expect(entry).toMatchObject({ size: whole.length, compressedSize: raw.length, crc: crc32(whole), method: 8 });
  });

  it("cuts and deflates segments as one string per segment would: at the first write reaching 2^20 code units", () => {
    const pieces = longText();
    const stream = new PartStream();
    for (const p of pieces) stream.write(p);
    const raw = stream.entry("xl/worksheets/sheet9.xml").raw as Uint8Array[];
    const expected: Buffer[] = [];
    let segment = "";
    for (const p of pieces) {
      segment += p;
      if (segment.length >= 1 << 20) {
        expected.push(deflateRawSync(Buffer.from(segment, "utf8"), { level: 4, finishFlush: constants.Z_SYNC_FLUSH }));
        segment = "";
      }
    }
    expected.push(deflateRawSync(Buffer.from(segment, "utf8"), { level: 4, finishFlush: constants.Z_FINISH }));
    expect(raw.map(hex)).toEqual(expected.map(hex));
  });

  it("keeps a character whole when its two UTF-16 halves come in two writes", () => {
    const stream = new PartStream();
    // The first write ends with the high half of 😀 at the point where the text is encoded.
    const first = "a".repeat((1 << 16) - 1) + "\ud83d";
    stream.write(first);
    stream.write("\ude00 done");
    const raw = joinPieces(stream.entry("x.xml").raw as Uint8Array[]);
    expect(new TextDecoder().decode(inflateRawSync(raw))).toBe("a".repeat((1 << 16) - 1) + "😀 done");
  });

  it("continues a CRC over pieces as over the whole", () => {
    const whole = new TextEncoder().encode(longText().slice(0, 2000).join(""));
    expect(crc32(whole.subarray(1000), crc32(whole.subarray(0, 1000)))).toBe(crc32(whole));
  });

  it("writes a zip in pieces that joined are the zip writeZip writes, readable by another unzipper", () => {
    const stream = new PartStream();
    for (const p of longText()) stream.write(p);
    const entries = [newEntry("a.xml", new TextEncoder().encode("<a/>")), stream.entry("b.xml"), newEntry("c.xml", new Uint8Array(0))];
    const joined = joinPieces(writeZipPieces(entries));
    expect(hex(joined)).toBe(hex(writeZip(entries)));
    const files = unzipSync(joined);
    expect(Object.keys(files)).toEqual(["a.xml", "b.xml", "c.xml"]);
    expect(strFromU8(files["b.xml"])).toBe(longText().join(""));
  });
});

describe("the package writer's streamed worksheets", () => {
  it("hold a row for every spec row with cells, and the pieces are the package's bytes", async () => {
    const specs = buildReport(sampleInput());
    const out = addSheetsToXlsx(await userWorkbook(), specs);
    expect(hex(joinPieces(out.pieces))).toBe(hex(out.bytes));
    const files = unzipSync(out.bytes);
    const sheets = Object.entries(files).filter(([path]) => /^xl\/worksheets\/[^/]+\.xml$/.test(path)).map(([, f]) => strFromU8(f));
    for (const xml of sheets) expect(xml.endsWith("</worksheet>")).toBe(true);
    const rowCounts = sheets.map((xml) => xml.split("<row ").length - 1).sort((a, b) => a - b);
    // Every spec's rows with cells are there (beside the user's own sheets' rows).
    for (const spec of specs) expect(rowCounts).toContain(spec.rows.filter((r) => r.some((c) => c)).length);
  });
});

describe("entryHead", () => {
  const text = new TextEncoder().encode(longText().join(""));

  it("gives a deflated part's first bytes as inflating all of it would", () => {
    const entry = newEntry("xl/worksheets/sheet1.xml", text);
    expect(hex(entryHead(entry, 64 * 1024))).toBe(hex(text.subarray(0, 64 * 1024)));
  });

  it("gives all of a part shorter than the head asked for", () => {
    const short = text.subarray(0, 1000);
    expect(hex(entryHead(newEntry("xl/worksheets/sheet1.xml", short), 64 * 1024))).toBe(hex(short));
  });

  it("reads a part written in pieces (PartStream) and a stored part", () => {
    const stream = new PartStream();
    for (const p of longText()) stream.write(p);
    expect(hex(entryHead(stream.entry("xl/worksheets/sheet2.xml"), 5000))).toBe(hex(text.subarray(0, 5000)));
    const stored = { ...newEntry("xl/worksheets/sheet3.xml", text), method: 0, raw: text };
    expect(hex(entryHead(stored, 5000))).toBe(hex(text.subarray(0, 5000)));
  });

  it("says a damaged part is damaged", () => {
    const entry = newEntry("xl/worksheets/sheet1.xml", text);
    const raw = (entry.raw as Uint8Array).slice();
    raw.fill(0xff, 0, 64);
    expect(() => entryHead({ ...entry, raw }, 64 * 1024)).toThrow(/^The part xl\/worksheets\/sheet1\.xml is damaged/);
  });
});
