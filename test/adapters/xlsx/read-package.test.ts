/**
 * The package reader on spellings other producers write (issue 15, the read side of issue 7): built by
 * hand so each test shows the XML it reads.
 */
import { strToU8, zipSync } from "fflate";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readPackage } from "../../../src/adapters/xlsx/read/index";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { crc32 } from "../../../src/adapters/xlsx/write/zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function parts(sheet: string, extra: Record<string, string> = {}, workbookPr = ""): Record<string, Uint8Array> {
  const files: Record<string, string> = {
    "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
    "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${workbookPr}<sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    "xl/styles.xml": `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `<sst xmlns="${MAIN}"><si><t>Project ID</t></si><si><r><rPr><b/></rPr><t>Bud</t></r><r><t xml:space="preserve">get </t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>P_x002D_1_x005F_x0041_</t></si></sst>`,
    "xl/worksheets/sheet1.xml": sheet,
    ...extra,
  };
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]));
}

const read = (files: Record<string, Uint8Array>) => readPackage(zipSync(files), { label: "t.xlsx" });
const values = (files: Record<string, Uint8Array>) => read(files).sheets[0].values;

describe("the package reader", () => {
  it("reads shared strings (rich runs joined, phonetic guides left out, _xHHHH_ escapes decoded) and number formats", () => {
    const src = read(parts(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"><v>46000</v></c><c r="C2" s="2"><v>0.25</v></c></row></sheetData></worksheet>`));
    expect(src.sheets[0].values).toEqual([["Project ID", "Budget "], ["P-1_x0041_", 46000, 0.25]]);
    expect(src.sheets[0].formats).toEqual([[], [null, "yyyy-mm-dd", "0%"]]);
  });

  it("reads rows and cells without r, following the one before", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row><c t="s"><v>0</v></c><c><v>1</v></c></row><row r="4"><c r="B4"><v>2</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row></sheetData></worksheet>`;
    const grid = read(parts(sheet)).sheets[0];
    expect({ top: grid.top, left: grid.left, values: grid.values }).toEqual({ top: 1, left: 1, values: [["Project ID", 1], [], [], [null, 2, 3], [4]] });
  });

  it("reads x:-prefixed SpreadsheetML and ignores elements of other namespaces", () => {
    const sheet = `<x:worksheet xmlns:x="${MAIN}" xmlns:o="urn:other"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>P-1</x:t></x:is></x:c><o:c r="B1"><o:v>9</o:v></o:c><x:c r="C1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(values(parts(sheet))).toEqual([["P-1", null, 7]]);
  });

  it("reads inline strings (runs joined), t=\"d\" dates, booleans, errors, formula results and CDATA", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1">` +
      `<c r="A1" t="inlineStr"><is><r><t>Go</t></r><r><t>-live &amp; _x0031_</t></r><rPh><t>x</t></rPh></is></c>` +
      `<c r="B1" t="d"><v>2026-03-08T12:00:00</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
      `<c r="E1" t="str"><f>A1</f><v>x&lt;y</v></c><c r="F1"><f>1+1</f></c><c r="G1" t="str"><v><![CDATA[a&b]]></v></c></row></sheetData></worksheet>`;
    expect(values(parts(sheet))).toEqual([["Go-live & 1", 46089.5, true, "#DIV/0!", "x<y", null, "a&b"]]);
  });

  it("reads a formula's cached result of 0 or FALSE as that value, and a result of \"\" as an empty cell", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1">` +
      `<c r="A1"><f>1-1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="str"><f>""</f><v></v></c>` +
      `<c r="D1" t="str"><f>""</f><v/></c><c r="E1" s="2"><f>0*1</f><v>0</v></c><c r="F1" t="e"><f>NA()</f><v>#N/A</v></c><c r="G1" t="str"><f>"0"</f><v>0</v></c></row></sheetData></worksheet>`;
    const grid = read(parts(sheet)).sheets[0];
    expect(grid.values).toEqual([[0, false, null, null, 0, "#N/A", "0"]]);
    expect(grid.formats).toEqual([[null, null, null, null, "0%"]]);
  });

  it("lists hidden rows (hidden=\"1\" or \"true\"), each once and ascending, whole or scanned in pieces", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData>` +
      `<row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row r="3" hidden="0"><c r="A3"><v>2</v></c></row>` +
      `<row hidden="true"><c><v>3</v></c></row><row r="9" hidden="1" customHeight="1"/><row r="7" hidden="1"><c r="A7"><v>4</v></c></row>` +
      `</sheetData></worksheet>`;
    const files = parts(sheet);
    expect(read(files).sheets[0].hiddenRows).toEqual([2, 4, 7, 9]);
    const whole = zipSync(files);
    for (const streamAbove of [0, 1 << 30]) expect(readPackage(whole, { label: "t.xlsx", streamAbove }).sheets[0].hiddenRows).toEqual([2, 4, 7, 9]);
    expect("hiddenRows" in read(parts(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`)).sheets[0]).toBe(false);
  });

  it("takes the later of a row written twice, hidden or not", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row r="2"><c r="A2"><v>5</v></c></row>` +
      `<row r="3"><c r="A3"><v>1</v></c></row><row r="3" hidden="1"><c r="A3"><v>6</v></c></row></sheetData></worksheet>`;
    const grid = read(parts(sheet)).sheets[0];
    expect(grid.values).toEqual([[5], [6]]);
    expect(grid.hiddenRows).toEqual([3]);
  });

  it("keeps a merge's value in its top-left cell only and reports the ranges in order", () => {
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A2:B2"/><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
    const grid = read(parts(sheet)).sheets[0];
    expect(grid.values).toEqual([[1], [3]]);
    expect(grid.merges).toEqual(["A1:B1", "A2:B2"]);
  });

  it("finds parts whose names differ in letter case from their relationships, and the 1904 date system", () => {
    const files = parts(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>1</v></c></row></sheetData></worksheet>`, {}, `<workbookPr date1904="1"/>`);
    files["xl/worksheets/Sheet1.XML"] = files["xl/worksheets/sheet1.xml"];
    delete files["xl/worksheets/sheet1.xml"];
    const src = read(files);
    expect(src.date1904).toBe(true);
    expect(src.sheets[0].values).toEqual([[1]]);
  });

  it("reads entries written with data descriptors, with Node's zlib as with fflate", async () => {
    const files = parts(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>`);
    const bytes = zipWithDataDescriptors(files);
    expect(readPackage(bytes, { label: "d.xlsx" }).sheets[0].values).toEqual([[42]]);
    expect((await readXlsx(bytes, { label: "d.xlsx" })).sheets[0].values).toEqual([[42]]);
  });

  it("refuses Strict Open XML, a document type and a damaged part with one sentence", async () => {
    const strict = parts(`<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>`);
    expect(() => read(strict)).toThrow(/Strict Open XML/);
    expect(() => read(parts(`<!DOCTYPE x [<!ENTITY a "b">]><worksheet xmlns="${MAIN}"/>`))).toThrow(/document type/);
    const damaged = zipWithDataDescriptors(parts(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData></worksheet>`), 5);
    await expect(readXlsx(damaged, { label: "bad.xlsx" })).rejects.toThrow(/^bad\.xlsx cannot be read as an \.xlsx workbook: its part xl\/worksheets\/sheet1\.xml is damaged .*\.$/);
  });
});

/** A zip whose entries say "sizes follow the data" (flag bit 3), as streaming zip writers do; `corrupt` flips a byte of the sheet's data. */
function zipWithDataDescriptors(files: Record<string, Uint8Array>, corrupt?: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const names = Object.keys(files);
  for (const name of names) {
    const data = files[name];
    const raw = new Uint8Array(deflateRawSync(data));
    if (corrupt !== undefined && name.includes("worksheets")) raw[corrupt] ^= 0xff;
    const nameBytes = strToU8(name);
    const local = new Uint8Array(30 + nameBytes.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0808, true);
    lv.setUint16(8, 8, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const desc = new Uint8Array(16);
    const dv = new DataView(desc.buffer);
    dv.setUint32(0, 0x08074b50, true);
    dv.setUint32(4, crc32(data), true);
    dv.setUint32(8, raw.length, true);
    dv.setUint32(12, data.length, true);
    const cd = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(cd.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0808, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc32(data), true);
    cv.setUint32(20, raw.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    cd.set(nameBytes, 46);
    central.push(cd);
    chunks.push(local, raw, desc);
    offset += local.length + raw.length + desc.length;
  }
  const cdSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, names.length, true);
  ev.setUint16(10, names.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((s, c) => s + c.length, 0));
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
