/**
 * The sheet scan fed in pieces (how parts over 32 MB are read) gives exactly what one pass over the
 * whole part gives, wherever the pieces are cut: every sheet part of the contract's workbooks, cut
 * into pieces of 1, 2, 7, 61 and 4096 bytes, and whole workbooks read with every part streamed.
 */
import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readPackage, readPackageStreaming } from "../../../src/adapters/xlsx/read/index";
import { zlibStream } from "../../../src/adapters/xlsx/read-workbook";
import { readSharedStrings, readStyles, readWorkbook } from "../../../src/adapters/xlsx/read/parts";
import { scanSheet, SheetScanner } from "../../../src/adapters/xlsx/read/sheet-scan";
import { openZip } from "../../../src/adapters/xlsx/read/zip";
import { contractWorkbooks } from "../../support/read-contract";

const inflate = (raw: Uint8Array) => new Uint8Array(inflateRawSync(raw));
const workbooks = (await contractWorkbooks()).filter((w) => !w.name.includes("duplicate-entry"));

describe("the sheet scan in pieces", () => {
  it.each(workbooks.map((w) => [w.name, w] as const))("%s: every cut gives the same cells", (_, w) => {
    const zip = openZip(w.bytes, inflate);
    const wb = readWorkbook(zip);
    const ctx = { shared: readSharedStrings(zip, wb.part), styles: readStyles(zip), date1904: wb.date1904 };
    for (const sheet of wb.sheets) {
      if (!sheet.part) continue;
      const bytes = zip.bytes(sheet.part)!;
      const whole = scanSheet(bytes, { ...ctx, part: sheet.part });
      // Small cuts on small parts; the 300-project sheet is cut more coarsely to keep the test quick.
      const sizes = bytes.length > 200_000 ? [61, 4096] : [1, 2, 7, 61, 4096];
      for (const size of sizes) {
        const scanner = new SheetScanner({ ...ctx, part: sheet.part });
        for (let i = 0; i < bytes.length; i += size) scanner.feed(bytes.subarray(i, Math.min(bytes.length, i + size)), i + size >= bytes.length);
        expect(scanner.finish(), `${sheet.name}, pieces of ${size}`).toEqual(whole);
      }
    }
  });

  it.each(workbooks.map((w) => [w.name, w] as const))("%s: reads the same with every part streamed, by fflate or Node's zlib", async (_, w) => {
    const whole = readPackage(w.bytes, { label: "x" });
    expect(readPackage(w.bytes, { label: "x", streamAbove: 0 })).toEqual(whole);
    expect(await readPackageStreaming(w.bytes, { label: "x", streamAbove: 0, stream: zlibStream })).toEqual(whole);
  });

  it("says a streamed part is damaged in one sentence", async () => {
    const w = workbooks.find((x) => x.name === "assets/sample-portfolio.xlsx")!;
    const zip = openZip(w.bytes, inflate);
    const part = zip.entry("xl/worksheets/sheet1.xml")!;
    const bytes = w.bytes.slice();
    const at = part.raw.byteOffset - w.bytes.byteOffset + 40;
    bytes[at] ^= 0xff;
    bytes[at + 1] ^= 0xff;
    await expect(readPackageStreaming(bytes, { label: "x", streamAbove: 0, stream: zlibStream })).rejects.toThrow(/^its part xl\/worksheets\/sheet1\.xml is damaged/);
    expect(() => readPackage(bytes, { label: "x", streamAbove: 0 })).toThrow(/^its part xl\/worksheets\/sheet1\.xml is damaged/);
  });
});
