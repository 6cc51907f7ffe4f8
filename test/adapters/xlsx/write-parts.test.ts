import { describe, expect, it } from "vitest";
import { cleanSheetName, pickSheetName, pickTableName } from "../../../src/adapters/xlsx/write/names";
import { addReportStyles } from "../../../src/adapters/xlsx/write/styles";
import { absoluteRange, escapeXml, parseRange, sheetPrefix } from "../../../src/adapters/xlsx/write/xml";
import { relsPathOf, resolveTarget } from "../../../src/adapters/xlsx/write/package";

describe("sheet and table names", () => {
  it("makes any desired name a valid sheet name", () => {
    expect(cleanSheetName("Q1/Q2 [draft]: costs?")).toBe("Q1 Q2 draft costs");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("A".repeat(40))).toHaveLength(31);
  });

  it("falls back to a PMO prefix, then a number, comparing without case", () => {
    expect(pickSheetName("Findings", new Set(["findings"]))).toBe("PMO Findings");
    expect(pickSheetName("Findings", new Set(["findings", "pmo findings"]))).toBe("Findings (2)");
    expect(pickSheetName("History", new Set())).toBe("PMO History");
  });

  it("keeps a numbered name within 31 characters", () => {
    const long = "Portfolio Summary for the Board";
    const taken = new Set([long.toLowerCase(), `PMO ${long}`.slice(0, 31).toLowerCase()]);
    const picked = pickSheetName(long, taken);
    expect(picked.length).toBeLessThanOrEqual(31);
    expect(picked.endsWith(" (2)")).toBe(true);
  });

  it("picks table names that are valid and free", () => {
    expect(pickTableName("PMO_Findings", new Set(["pmo_findings"]))).toBe("PMO_Findings_2");
    expect(pickTableName("1st table", new Set())).toBe("_1st_table");
    expect(pickTableName("AB12", new Set())).toBe("AB12_");
  });
});

describe("styles", () => {
  const sparse = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="0"/></styleSheet>`;

  it("adds numFmts before fonts and fills an empty dxfs, leaving index 0 alone", () => {
    const { xml, indexes } = addReportStyles(sparse);
    expect(xml.indexOf("<numFmts")).toBeLessThan(xml.indexOf("<fonts"));
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
    expect(xml).toMatch(/<dxfs count="5">/);
    expect(Math.min(...Object.values(indexes.cell))).toBeGreaterThanOrEqual(1);
    expect(xml).toContain('<cellXfs count="' + (Math.max(...Object.values(indexes.cell)) + 1) + '">');
  });

  it("reuses what an earlier run added", () => {
    const once = addReportStyles(sparse);
    const twice = addReportStyles(once.xml);
    expect(twice.xml).toBe(once.xml);
    expect(twice.indexes).toEqual(once.indexes);
  });

  it("reuses a number format the workbook already defines", () => {
    const withDate = sparse.replace("<fonts", '<numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy-mm-dd"/></numFmts><fonts');
    const { xml } = addReportStyles(withDate);
    expect(xml.match(/formatCode="yyyy-mm-dd"/g)).toHaveLength(1);
    expect(xml).toContain('<numFmt numFmtId="171" formatCode="0.0%"/>');
  });
});

describe("xml and package helpers", () => {
  it("quotes sheet names in references and escapes text", () => {
    expect(sheetPrefix("Bob's plan") + absoluteRange("A8:A12")).toBe("'Bob''s plan'!$A$8:$A$12");
    expect(escapeXml('a<b & "c"\u0001')).toBe("a&lt;b &amp; &quot;c&quot;");
    expect(parseRange("C3:A1")).toEqual({ top: 1, left: 1, bottom: 3, right: 3 });
  });

  it("resolves relationship targets", () => {
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../drawings/drawing1.xml")).toBe("xl/drawings/drawing1.xml");
    expect(resolveTarget("xl/workbook.xml", "/xl/styles.xml")).toBe("xl/styles.xml");
    expect(relsPathOf("xl/charts/chart3.xml")).toBe("xl/charts/_rels/chart3.xml.rels");
  });
});
