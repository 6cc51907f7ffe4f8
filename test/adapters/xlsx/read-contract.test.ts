/**
 * The reader's contract (issue 15): every workbook of the test corpora gives the grids recorded in
 * read-contract.json (a digest of the canonical grids with the sheet and cell counts, or the sentence a
 * refusal says). The record was made with the ExcelJS-based reader and kept by the package reader
 * that replaced it; where the two differ, DIFFERS_FROM_EXCELJS says where and why.
 * `UPDATE_READ_CONTRACT=1 npx vitest run test/adapters/xlsx/read-contract.test.ts` rewrites the record
 * (only when a difference is understood and intended).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsxWithExcelJS } from "../../../src/adapters/xlsx/read-exceljs";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { cellCount, contractWorkbooks, digest } from "../../support/read-contract";

type Recorded = { sheets: number; cells: number; digest: string } | { refused: string };

const RECORD = join(import.meta.dirname, "read-contract.json");
const recorded: Record<string, Recorded> = existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, "utf8")) as Record<string, Recorded>) : {};
const update = process.env.UPDATE_READ_CONTRACT === "1";
const workbooks = await contractWorkbooks();

/**
 * Where the ExcelJS-based reader gave other grids, and why the package reader's are the right ones.
 * Every other workbook reads identically with both.
 */
const DIFFERS_FROM_EXCELJS: Record<string, string> = {
  "test/corpus/files/x-prefixed.xlsx": "ExcelJS could not read x:-prefixed SpreadsheetML; the grids are exceljs.xlsx's, which it varies",
  "test/corpus/files/part-name-case.xlsx": "ExcelJS lost the sheet whose relationship names its part in another letter case; the grids are exceljs.xlsx's",
  "test/corpus/files/duplicate-entry.xlsx": "two zip entries for one part: ExcelJS read one of them, the package reader refuses (issue 7)",
  "shared/workbooks/fixtures/excel-feature-rich.xlsx": "one formula whose cached result is 0: ExcelJS drops falsy results, Excel shows 0 (issue 15)",
  "shared/workbooks/real/labor-planner-lennon-john.xlsx": "four formulas whose cached result is 0: ExcelJS drops falsy results, Excel shows 0 (issue 15)",
};

type Reader = (bytes: Uint8Array, opts: { label?: string }) => Promise<import("../../../src/workbook/grid").WorkbookSource>;

async function observe(bytes: Uint8Array, name: string, read: Reader = readXlsx): Promise<Recorded> {
  try {
    const source = await read(bytes, { label: name.split("/").pop() });
    return { sheets: source.sheets.length, cells: cellCount(source), digest: digest(source) };
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

describe("the reader's contract over the test corpora", () => {
  it("covers the sample, the producer corpus, its hostile variants and the benchmark's workbook", () => {
    const names = workbooks.map((w) => w.name);
    expect(names).toContain("assets/sample-portfolio.xlsx");
    expect(names).toContain("synthetic/portfolio-300.xlsx");
    expect(names.filter((n) => n.startsWith("test/corpus/files/")).length).toBeGreaterThanOrEqual(20);
  });

  it.each(workbooks.map((w) => [w.name, w] as const))("%s reads as recorded", async (name, w) => {
    const seen = await observe(w.bytes, name);
    if (update) {
      recorded[name] = seen;
      return;
    }
    if (w.optional && !(name in recorded)) return;
    expect(seen).toEqual(recorded[name]);
  });

  it.each(workbooks.map((w) => [w.name, w] as const))("%s reads the same with the ExcelJS-based reader, or differs as listed", async (name, w) => {
    if (update || (w.optional && !(name in recorded))) return;
    const before = await observe(w.bytes, name, readXlsxWithExcelJS);
    if (name in DIFFERS_FROM_EXCELJS) expect(before).not.toEqual(recorded[name]);
    else expect(before).toEqual(recorded[name]);
  });

  it("reads the hostile spellings of exceljs.xlsx to its grids", () => {
    const base = recorded["test/corpus/files/exceljs.xlsx"];
    for (const variant of ["x-prefixed", "part-name-case", "open-close-sheets", "single-quoted", "r-prefix-per-sheet", "zip64", "structure-protected"]) {
      expect(recorded[`test/corpus/files/${variant}.xlsx`], variant).toEqual(base);
    }
    expect(recorded["test/corpus/files/duplicate-entry.xlsx"]).toEqual({ refused: expect.stringContaining("two entries for the part") });
  });

  it.runIf(update)("writes the record", () => {
    const sorted = Object.fromEntries(Object.entries(recorded).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(RECORD, JSON.stringify(sorted, null, 2) + "\n");
  });
});
