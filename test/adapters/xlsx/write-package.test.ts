import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { buildReport } from "../../../src/core/report/index";
import { sampleInput } from "../../core/report/fixtures";
import { FEATURE_RICH_FILE, EDITABLE_PARTS, changedParts, featureRich, partsOf, sheetNames, textOf, userWorkbook } from "./write-helpers";
import { describeShared, sharedFiles } from "../../support/shared-files";

const specs = buildReport(sampleInput());
const REPORT_SHEETS = ["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"];

describeShared("addSheetsToXlsx on the feature-rich Excel workbook", [FEATURE_RICH_FILE], () => {
  const input = featureRich();
  const once = addSheetsToXlsx(input, specs, { embeddedRuleset: '{"name":"Test"}' });

  it("keeps every original part byte-identical except workbook.xml, its rels, content types and styles", () => {
    const changed = changedParts(input, once.bytes);
    expect(changed.sort()).toEqual([...EDITABLE_PARTS].sort());
  });

  it("keeps every original part byte-identical after writing twice", () => {
    const twice = addSheetsToXlsx(once.bytes, specs, { embeddedRuleset: '{"name":"Test"}' });
    expect(changedParts(input, twice.bytes).sort()).toEqual([...EDITABLE_PARTS].sort());
  });

  it("appends the report sheets after the user's and the very hidden ruleset sheet last", () => {
    const names = sheetNames(once.bytes);
    expect(names.slice(0, 15)).toEqual(sheetNames(input));
    expect(names.slice(15)).toEqual([...REPORT_SHEETS, "_PMORulebook"]);
    expect(textOf(once.bytes, "xl/workbook.xml")).toMatch(/<sheet name="_PMORulebook" sheetId="\d+" state="veryHidden"/);
  });

  it("gives byte-identical output for the same input", () => {
    const again = addSheetsToXlsx(input, specs, { embeddedRuleset: '{"name":"Test"}' });
    expect(Buffer.compare(Buffer.from(again.bytes), Buffer.from(once.bytes))).toBe(0);
  });

  it("replaces its own sheets on a re-run: same bytes, no duplicated sheets, charts or names", () => {
    const twice = addSheetsToXlsx(once.bytes, specs, { embeddedRuleset: '{"name":"Test"}' });
    expect(Buffer.compare(Buffer.from(twice.bytes), Buffer.from(once.bytes))).toBe(0);
    const charts = specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0);
    expect(Object.keys(partsOf(twice.bytes)).filter((p) => /charts\/chart\d+\.xml$/.test(p)).length).toBe(charts + 1);
  });

  it("keeps the user's sheet-scoped names pointing at their sheets and adds hidden marks for its own", () => {
    const wb = textOf(once.bytes, "xl/workbook.xml");
    expect(wb).toContain(`<definedName name="SHEET_NAME" localSheetId="6">'Defined Names'!$A$3</definedName>`);
    expect(wb).toContain(`<definedName name="_PMORulebook_Generated_summary" hidden="1">'Portfolio Summary'!$A$1</definedName>`);
    expect(wb.match(/_PMORulebook_Generated_/g)).toHaveLength(5);
  });

  it("appends styles without moving the existing ones", () => {
    const before = textOf(featureRich(), "xl/styles.xml");
    const after = textOf(once.bytes, "xl/styles.xml");
    const xfs = (xml: string) => /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
    expect(xfs(after).startsWith(xfs(before))).toBe(true);
    const fonts = (xml: string) => /<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(xml)![1];
    expect(fonts(after).startsWith(fonts(before))).toBe(true);
  });
});

describeShared("addSheetsToXlsx on a user's workbook", [FEATURE_RICH_FILE], () => {
  it("never touches a user's sheet with the report's name and writes under another name", async () => {
    const input = await userWorkbook({ extraSheets: ["Portfolio Summary"] });
    const { bytes, result } = addSheetsToXlsx(input, specs);
    expect(sheetNames(bytes)).toEqual(["Projects", "Portfolio Summary", "PMO Portfolio Summary", ...REPORT_SHEETS.slice(1)]);
    expect(result.written[0]).toEqual({ spec: "summary", sheet: "PMO Portfolio Summary" });
    expect(result.notes.join(" ")).toMatch(/already named "Portfolio Summary".*"PMO Portfolio Summary"/);
    expect(changedParts(input, bytes).filter((p) => !EDITABLE_PARTS.has(p))).toEqual([]);
    // The charts of the renamed sheet refer to it by its new name.
    const chart = textOf(bytes, "xl/charts/chart1.xml");
    expect(chart).toContain("<c:f>'PMO Portfolio Summary'!$");
    const again = addSheetsToXlsx(bytes, specs);
    expect(sheetNames(again.bytes)).toEqual(sheetNames(bytes));
  });

  it("stores text that starts with = + - @ as inline text, never as a formula", () => {
    const { bytes } = addSheetsToXlsx(featureRich(), specs);
    const findingsXml = textOf(bytes, "xl/worksheets/sheet17.xml");
    expect(findingsXml).toContain(`t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;)</t></is>`);
    for (const p of ["xl/worksheets/sheet16.xml", "xl/worksheets/sheet17.xml"]) expect(textOf(bytes, p)).not.toContain("<f>");
  });

  it("writes dates in the workbook's date system", async () => {
    const serial = (bytes: Uint8Array) => Number(/<c r="B2" s="\d+"><v>(\d+)<\/v>/.exec(textOf(bytes, "xl/worksheets/sheet2.xml"))![1]);
    const in1900 = addSheetsToXlsx(await userWorkbook(), specs).bytes;
    const in1904 = addSheetsToXlsx(await userWorkbook({ date1904: true }), specs).bytes;
    expect(serial(in1900)).toBe(46351); // 2026-11-25
    expect(serial(in1900) - serial(in1904)).toBe(1462);
    expect(textOf(in1904, "xl/charts/chart1.xml")).toContain('<c:date1904 val="1"/>');
  });

  it("renames its table when the user already has one with that name", async () => {
    const { bytes } = addSheetsToXlsx(await userWorkbook({ tableName: "PMO_Findings" }), specs);
    const tables = Object.entries(partsOf(bytes)).filter(([p]) => /tables\/table\d+\.xml$/.test(p)).map(([, d]) => new TextDecoder().decode(d));
    const names = tables.map((t) => /displayName="([^"]*)"/.exec(t)![1]).sort();
    expect(names).toEqual(["PMO_Findings", "PMO_Findings_2"]);
    expect(new Set(tables.map((t) => /\sid="(\d+)"/.exec(t)![1])).size).toBe(2);
  });

  it("reads back with ExcelJS: cells, the table and the hyperlinks", async () => {
    const { bytes } = addSheetsToXlsx(await userWorkbook(), specs);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const findings = wb.getWorksheet("Findings")!;
    expect(findings.getCell("A8").value).toBe("Error");
    expect(findings.getCell("D10").value).toBe('=HYPERLINK("http://evil","x")');
    const summary = wb.getWorksheet("Portfolio Summary")!;
    expect(summary.getCell("A1").value).toBe("Portfolio Summary");
    expect(wb.getWorksheet("Projects")!.getCell("B3").value).toBe("=not a formula");
  });
});

describe("the embedded ruleset", () => {
  it("stores a long ruleset in chunks that read back to the same JSON, replacing the old one", async () => {
    const json = JSON.stringify({ name: "Big", notes: "x".repeat(70_000) });
    const first = addSheetsToXlsx(await userWorkbook(), specs, { embeddedRuleset: '{"name":"Old"}' }).bytes;
    const { bytes } = addSheetsToXlsx(first, specs, { embeddedRuleset: json });
    expect(sheetNames(bytes).filter((n) => n === "_PMORulebook")).toHaveLength(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("_PMORulebook")!;
    expect(sheet.state).toBe("veryHidden");
    expect(sheet.getCell("A1").value).toBe("PMO Rulebook ruleset");
    let text = "";
    for (let r = 2; r <= sheet.rowCount; r++) text += String(sheet.getCell(`A${r}`).value ?? "");
    expect(text).toBe(json);
  });

  it("leaves an existing ruleset sheet alone when no ruleset is given", async () => {
    const first = addSheetsToXlsx(await userWorkbook(), specs, { embeddedRuleset: '{"name":"Kept"}' }).bytes;
    const { bytes } = addSheetsToXlsx(first, specs);
    expect(sheetNames(bytes).at(-1)).toBe("_PMORulebook");
    expect(Object.values(partsOf(bytes)).some((d) => new TextDecoder().decode(d).includes("{&quot;name&quot;:&quot;Kept&quot;}"))).toBe(true);
  });
});

describe("inputs it refuses", () => {
  it.skipIf(!sharedFiles("the Strict Open XML refusal", FEATURE_RICH_FILE))("says what to do with a Strict Open XML workbook instead of corrupting it", () => {
    const files = unzipSync(featureRich());
    files["xl/workbook.xml"] = strToU8(strFromU8(files["xl/workbook.xml"]).replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"));
    expect(() => addSheetsToXlsx(zipSync(files), specs)).toThrow(/Strict Open XML.*Excel Workbook/);
  });

  it("says the file is not a workbook when it is not a zip", () => {
    expect(() => addSheetsToXlsx(strToU8("name,budget\nA,1\n"), specs)).toThrow(/Not an \.xlsx file/);
  });
});
