/**
 * Issue 7, items 1-4: packages that spell workbook.xml, its rels and styles.xml differently from
 * Excel (all valid XML) keep every user sheet, its part and its cells' number formats.
 */
import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { buildReport } from "../../../src/core/report/index";
import { sampleInput } from "../../core/report/fixtures";
import { cellFormats, filesOf, formatMeanings, intactProblems, sheetParts } from "../../corpus/package-checks";
import { userWorkbook } from "./write-helpers";

const specs = buildReport(sampleInput());
const REPORT = ["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"];

/** The user's workbook with some parts rewritten as text. */
async function variant(edit: Record<string, (xml: string) => string>, extraSheets = ["Notes"]): Promise<Uint8Array> {
  const files = unzipSync(await userWorkbook({ extraSheets }));
  for (const [part, change] of Object.entries(edit)) files[part] = strToU8(change(strFromU8(files[part])));
  return zipSync(files);
}

const singleQuoted = (xml: string) => xml.replace(/(<[A-Za-z][^>]*>)/g, (tag) => tag.replace(/="([^"]*)"/g, "='$1'"));

describe("producers' spellings of the workbook parts", () => {
  it("keeps the sheets of a workbook.xml that writes <sheet ...></sheet>", async () => {
    const input = await variant({ "xl/workbook.xml": (x) => x.replace(/<sheet\b([^>]*?)\s*\/>/g, "<sheet$1></sheet>") });
    const out = addSheetsToXlsx(input, specs).bytes;
    expect([...sheetParts(filesOf(out)).keys()]).toEqual(["Projects", "Notes", ...REPORT]);
    expect(intactProblems(input, out)).toEqual([]);
  });

  it("reads single-quoted relationships and keeps each sheet on its own part", async () => {
    const input = await variant({ "xl/_rels/workbook.xml.rels": singleQuoted, "xl/workbook.xml": singleQuoted, "[Content_Types].xml": singleQuoted });
    const out = addSheetsToXlsx(input, specs).bytes;
    expect(intactProblems(input, out)).toEqual([]);
    const parts = sheetParts(filesOf(out));
    expect(new Set(parts.values()).size).toBe(parts.size);
  });

  it("declares the r: prefix for its own sheets when the producer declared it on each <sheet> (openpyxl)", async () => {
    const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const input = await variant({
      "xl/workbook.xml": (x) => x.replace(` xmlns:r="${R}"`, "").replace(/<sheet /g, `<sheet xmlns:r="${R}" `),
    });
    const out = addSheetsToXlsx(input, specs).bytes;
    expect(intactProblems(input, out)).toEqual([]);
    expect([...sheetParts(filesOf(out)).values()].every((p) => p.startsWith("xl/worksheets/"))).toBe(true);
  });

  it("writes x:-prefixed SpreadsheetML (Open XML SDK) with its own elements in the same namespace", async () => {
    const input = await variant({
      "xl/workbook.xml": (x) => x.replace(/<(\/?)(?!\?)([a-zA-Z]+)([\s>/])/g, "<$1x:$2$3").replace('xmlns="http://schemas', 'xmlns:x="http://schemas'),
    });
    const out = addSheetsToXlsx(input, specs).bytes;
    expect(intactProblems(input, out)).toEqual([]);
    expect([...sheetParts(filesOf(out)).keys()]).toEqual(["Projects", "Notes", ...REPORT]);
  });

  it("adds a stylesheet where readers that go by name look for it (xl/styles.xml) when the package has none", async () => {
    const files = unzipSync(await userWorkbook({ extraSheets: ["Notes"] }));
    delete files["xl/styles.xml"];
    files["xl/_rels/workbook.xml.rels"] = strToU8(strFromU8(files["xl/_rels/workbook.xml.rels"]).replace(/<Relationship [^>]*relationships\/styles"[^>]*\/>/, ""));
    const input = zipSync(files);
    const out = unzipSync(addSheetsToXlsx(input, specs).bytes);
    expect(Object.keys(out).filter((p) => /styles/i.test(p))).toEqual(["xl/styles.xml"]);
    expect(strFromU8(out["xl/_rels/workbook.xml.rels"])).toMatch(/relationships\/styles" Target="styles.xml"/);
    expect(strFromU8(out["[Content_Types].xml"])).toMatch(/PartName="\/xl\/styles.xml" ContentType="application\/vnd.openxmlformats-officedocument.spreadsheetml.styles\+xml"/);
    expect(intactProblems(input, addSheetsToXlsx(input, specs).bytes)).toEqual([]);
  });

  it("never gives a number-format id the user's cells use, defined or not, one of its own formats", async () => {
    // A budget cell styled with custom id 164 and a date cell with 165, neither defined in numFmts.
    const input = await variant({
      "xl/styles.xml": (x) => x.replace(/<numFmts\b[\s\S]*?<\/numFmts>/, "").replace(/(<cellXfs\b[^>]*count=")(\d+)("[^>]*>)([\s\S]*?)(<\/cellXfs>)/, (_m, a, n, b, inner, end) => `${a}${Number(n) + 2}${b}${inner}<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>${end}`),
    });
    const xfCount = formatMeanings(filesOf(input)).length;
    const withCells = unzipSync(input);
    const sheet = strFromU8(withCells["xl/worksheets/sheet2.xml"]);
    withCells["xl/worksheets/sheet2.xml"] = strToU8(sheet.replace(/<c r="A1"([^>]*?)( s="\d+")?( t="[^"]*")?>/, `<c r="A1" s="${xfCount - 2}"$3>`));
    const before = zipSync(withCells);
    expect(cellFormats(filesOf(before), "xl/worksheets/sheet2.xml").get("A1")).toBe("undefined id 164");
    const out = addSheetsToXlsx(before, specs).bytes;
    expect(intactProblems(before, out)).toEqual([]);
    const meanings = formatMeanings(filesOf(out));
    expect(meanings.slice(0, xfCount)).toEqual(formatMeanings(filesOf(before)));
    expect(meanings).toContain("0.0%");
    expect(meanings).toContain("yyyy-mm-dd");
  });

  it("writes its formats under new ids when the stylesheet redefines a built-in id it would use", async () => {
    const input = await variant({ "xl/styles.xml": (x) => x.replace(/<numFmts\b[\s\S]*?<\/numFmts>/, "").replace("<fonts", '<numFmts count="1"><numFmt numFmtId="9" formatCode="0.000"/></numFmts><fonts') });
    const out = addSheetsToXlsx(input, specs).bytes;
    const files = filesOf(out);
    expect(strFromU8(files["xl/styles.xml"])).toMatch(/<numFmt numFmtId="1\d\d" formatCode="0%"\/>/);
    expect(intactProblems(input, out)).toEqual([]);
  });

  it("reads a workbook part stored as UTF-16 and writes it back as UTF-8 that says so", async () => {
    const files = unzipSync(await userWorkbook({ extraSheets: ["Notes"] }));
    const xml = strFromU8(files["xl/workbook.xml"]).replace(/encoding="UTF-8"/, 'encoding="UTF-16"');
    files["xl/workbook.xml"] = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(xml, "utf16le"))]);
    const input = zipSync(files);
    const out = addSheetsToXlsx(input, specs).bytes;
    expect([...sheetParts(filesOf(out)).keys()]).toEqual(["Projects", "Notes", ...REPORT]);
    expect(strFromU8(filesOf(out)["xl/workbook.xml"])).toMatch(/^<\?xml version="1.0" encoding="UTF-8"/);
  });

  it("gives the same bytes on a second run over each variant", async () => {
    for (const input of [await variant({ "xl/_rels/workbook.xml.rels": singleQuoted }), await variant({ "xl/workbook.xml": (x) => x.replace(/<sheet\b([^>]*?)\s*\/>/g, "<sheet$1></sheet>") })]) {
      const once = addSheetsToXlsx(input, specs).bytes;
      const twice = addSheetsToXlsx(once, specs).bytes;
      expect(Buffer.compare(Buffer.from(twice), Buffer.from(once))).toBe(0);
    }
  });
});
