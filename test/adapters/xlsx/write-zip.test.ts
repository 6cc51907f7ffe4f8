/** Issue 7, write side of zip robustness: zip64 records on small files, duplicate entries. */
import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { buildReport } from "../../../src/core/report/index";
import { sampleInput } from "../../core/report/fixtures";
import { filesOf, intactProblems, sheetParts } from "../../corpus/package-checks";
import { toZip64, withDuplicateEntry } from "../../corpus/zip64";
import { userWorkbook } from "./write-helpers";

const specs = buildReport(sampleInput());

describe("zip packages the writer meets", () => {
  it("writes into a small file whose zip directory uses zip64 records, without calling it over 4 GB", async () => {
    const plain = await userWorkbook({ extraSheets: ["Notes"] });
    const input = toZip64(plain);
    const out = addSheetsToXlsx(input, specs).bytes;
    expect(intactProblems(plain, out)).toEqual([]);
    expect(sheetParts(filesOf(out)).size).toBe(7);
  });

  it("refuses a package with two entries for one part, saying why", async () => {
    const plain = await userWorkbook();
    const sheet = unzipSync(plain)["xl/worksheets/sheet1.xml"];
    const twice = withDuplicateEntry(plain, "xl/worksheets/sheet1.xml", strToU8(strFromU8(sheet).replace("P-001", "P-666")));
    expect(() => addSheetsToXlsx(twice, specs)).toThrow(/two entries for the part xl\/worksheets\/sheet1\.xml; which one Excel would show is not defined/);
  });

  it("refuses two entries whose names differ only in letter case (OPC part names ignore case)", async () => {
    const plain = await userWorkbook();
    const twice = withDuplicateEntry(plain, "xl/worksheets/Sheet1.xml", unzipSync(plain)["xl/worksheets/sheet1.xml"]);
    expect(() => addSheetsToXlsx(twice, specs)).toThrow(/two entries for the part xl\/worksheets\/sheet1\.xml \(also as xl\/worksheets\/Sheet1\.xml\)/);
  });

  it("finds a part whose relationship spells it in another letter case, and never adds a second spelling", async () => {
    const files = unzipSync(await userWorkbook());
    files["xl/_rels/workbook.xml.rels"] = strToU8(strFromU8(files["xl/_rels/workbook.xml.rels"]).replace("worksheets/sheet1.xml", "worksheets/Sheet1.XML"));
    const { zipSync } = await import("fflate");
    const input = zipSync(files);
    const out = addSheetsToXlsx(input, specs).bytes;
    const names = Object.keys(unzipSync(out)).map((n) => n.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(sheetParts(filesOf(out)).get("Projects")).toBe("xl/worksheets/sheet1.xml");
  });

  it("says the zip directory is damaged instead of failing on a truncated file", async () => {
    const plain = await userWorkbook();
    expect(() => addSheetsToXlsx(plain.subarray(0, plain.length - 30), specs)).toThrow(/Not an \.xlsx file|Damaged \.xlsx file/);
    const cut = new Uint8Array(plain);
    new DataView(cut.buffer).setUint32(cut.length - 6, 0x7fffffff, true);
    expect(() => addSheetsToXlsx(cut, specs)).toThrow(/Damaged \.xlsx file/);
  });
});
