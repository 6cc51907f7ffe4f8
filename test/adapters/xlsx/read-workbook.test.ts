import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsx, XlsxFileReader } from "../../../src/adapters/xlsx/read-workbook";
import { cleanupWorkbooks, utc, workbookDir, writeWorkbook } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";

afterAll(cleanupWorkbooks);

const rows: Cell[][] = [
  ["Title"],
  [],
  ["ID", "Start", "Share", "Note", "Formula", "Flag"],
  ["A", utc("2026-03-15"), 0.25, { richText: [{ text: "a" }, { text: "b" }] }, { formula: "1+1", result: 2 }, true],
  ["B", utc("1999-12-31"), 1, { text: "link", hyperlink: "https://x.test" }, { formula: "1/0", result: { error: "#DIV/0!" } }, false],
];

describe("readXlsx", () => {
  it("turns cells into grid values with their number formats", async () => {
    const path = await writeWorkbook([{ name: "Data", rows, formats: { C4: "0%", C5: "0.0%" } }]);
    const src = await readXlsx(path);
    expect(src.label).toMatch(/\.xlsx$/);
    const s = src.sheets[0];
    expect([s.name, s.top, s.left, s.visibility]).toEqual(["Data", 1, 1, "visible"]);
    expect(s.values[3]).toEqual(["A", 46096, 0.25, "ab", 2, true]);
    expect(s.values[4]).toEqual(["B", 36525, 1, "link", "#DIV/0!", false]);
    expect(s.formats?.[3]?.slice(1, 3)).toEqual(["yyyy-mm-dd", "0%"]);
  });

  it("writes dates back as serials of the 1904 system when the workbook uses it", async () => {
    const path = await writeWorkbook([{ name: "Data", rows }], { date1904: true });
    const src = await readXlsx(path);
    expect(src.date1904).toBe(true);
    expect(src.sheets[0].values[3][1]).toBe(46096 - 1462);
  });

  it("anchors the grid at the used range and keeps sheet visibility", async () => {
    const path = await writeWorkbook([
      { name: "Offset", rows: [[], [], [null, null, "x", "y"], [null, null, 1]] },
      { name: "Secret", rows: [["s"]], state: "hidden" },
      { name: "Deep", rows: [["d"]], state: "veryHidden" },
    ]);
    const src = await readXlsx(path);
    expect(src.sheets.map((s) => [s.name, s.top, s.left, s.visibility])).toEqual([
      ["Offset", 3, 3, "visible"],
      ["Secret", 1, 1, "hidden"],
      ["Deep", 1, 1, "veryHidden"],
    ]);
    expect(src.sheets[0].values).toEqual([["x", "y"], [1]]);
  });

  it("reads merges and formula errors from the parts, in the 1904 date system too", async () => {
    const grouped: Cell[][] = [["Dates", null, "Cost"], ["Start", "Finish", "Budget"], [1, 2, 3]];
    const path = await writeWorkbook(
      [
        { name: "Data", rows, formats: { C4: "0%" } },
        { name: "Grouped", rows: grouped, merges: ["A1:B1"] },
        { name: "Other", rows: [["k", 1]], state: "hidden" },
      ],
      { date1904: true },
    );
    const source = await readXlsx(path);
    expect(source.date1904).toBe(true);
    expect(source.sheets[0].values[4][4]).toBe("#DIV/0!");
    expect(source.sheets[1].values[0]).toEqual(["Dates", null, "Cost"]);
    expect(source.sheets[1].merges).toEqual(["A1:B1"]);
    expect(source.sheets[2].visibility).toBe("hidden");
  });

  it("reports merged ranges and keeps a merge's value in its top-left cell only", async () => {
    const rows: Cell[][] = [["Title", null, null, null], ["ID", "Description", null, "Done"], ["P1", "A long text", null, 0.5], [7, null, null, null], [null, null, null, null]];
    const path = await writeWorkbook([{ name: "Data", rows, merges: ["B3:C3", "B2:C2", "A4:A5", "A1:D1"] }]);
    const grid = (await readXlsx(path)).sheets[0];
    expect(grid.merges).toEqual(["A1:D1", "B2:C2", "B3:C3", "A4:A5"]);
    expect(grid.values.slice(0, 4)).toEqual([["Title"], ["ID", "Description", null, "Done"], ["P1", "A long text", null, 0.5], [7]]);
  });

  it("accepts bytes as well as a path", async () => {
    const path = await writeWorkbook([{ name: "Data", rows }]);
    const src = await readXlsx(new Uint8Array(readFileSync(path)), { label: "upload.xlsx" });
    expect(src.label).toBe("upload.xlsx");
    expect(src.sheets[0].values[2][0]).toBe("ID");
  });

  it("leaves the file byte-identical", async () => {
    const path = await writeWorkbook([{ name: "Data", rows }]);
    const before = readFileSync(path);
    await readXlsx(path);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe("unreadable files", () => {
  const write = (name: string, bytes: Uint8Array | string) => {
    const p = join(workbookDir(), name);
    writeFileSync(p, bytes);
    return p;
  };

  it("says when a file is not a zip package", async () => {
    await expect(readXlsx(write("notes.xlsx", "just text"))).rejects.toThrow("notes.xlsx is not an .xlsx workbook (it is not a zip package).");
  });

  it("says when a file is encrypted or a legacy .xls", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await expect(readXlsx(write("old.xls", ole))).rejects.toThrow("old.xls is password-protected or an old .xls file; save it as an unencrypted .xlsx workbook and try again.");
  });

  it("says when a zip is not a workbook", async () => {
    const { zipSync, strToU8 } = await import("fflate");
    await expect(readXlsx(write("other.xlsx", zipSync({ "a.txt": strToU8("hello") })))).rejects.toThrow(/other\.xlsx cannot be read as an \.xlsx workbook: has no workbook part/);
    // An OpenDocument spreadsheet names its type in its first entry (ISO/IEC 26300-3 §3.3, "mimetype").
    const ods = zipSync({ mimetype: strToU8("application/vnd.oasis.opendocument.spreadsheet"), "content.xml": strToU8("<office:document-content/>") });
    await expect(readXlsx(write("budget.ods", ods))).rejects.toThrow('budget.ods cannot be read as an .xlsx workbook: it is an OpenDocument spreadsheet (.ods); open it in LibreOffice or Excel and save it as an "Excel Workbook (.xlsx)".');
  });

  it("says when the file does not exist", async () => {
    await expect(readXlsx(join(workbookDir(), "missing.xlsx"))).rejects.toThrow("missing.xlsx does not exist.");
  });

  it("throws one sentence without a stack of causes for a truncated package", async () => {
    const path = await writeWorkbook([{ name: "Data", rows }]);
    const bytes = readFileSync(path);
    const err = await readXlsx(write("cut.xlsx", bytes.subarray(0, Math.floor(bytes.length / 2)))).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/^cut\.xlsx cannot be read as an \.xlsx workbook: .+\.$/);
  });
});

describe("XlsxFileReader", () => {
  it("reads the grids and the embedded ruleset", async () => {
    const path = await writeWorkbook([
      { name: "Data", rows },
      { name: "_PMORulebook", rows: [["PMO Rulebook ruleset"], ['{"name":'], ['"mine"}']], state: "veryHidden" },
    ]);
    const reader = new XlsxFileReader(path);
    expect((await reader.read()).sheets.map((s) => s.name)).toEqual(["Data", "_PMORulebook"]);
    expect(await reader.readEmbeddedRuleset()).toBe('{"name":"mine"}');
  });

  it("returns null when the workbook carries no ruleset", async () => {
    const path = await writeWorkbook([{ name: "Data", rows }]);
    expect(await new XlsxFileReader(path).readEmbeddedRuleset()).toBeNull();
  });
});
