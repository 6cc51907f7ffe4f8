/**
 * The reader's contract (issue 15): every workbook of the test corpora gives the grids recorded in
 * read-contract.json (a digest of the canonical grids with the sheet and cell counts, or the sentence a
 * refusal says). The record was made with the ExcelJS-based reader and kept by the package reader
 * that replaced it; both ran side by side over every workbook until the ExcelJS reader was removed,
 * and they agreed everywhere but on five files, where the package reader is right: x:-prefixed
 * SpreadsheetML and a part name in another letter case (ExcelJS could not read them), a part with two
 * zip entries (now refused), and formulas whose cached result is 0 (ExcelJS dropped falsy results).
 * `UPDATE_READ_CONTRACT=1 npx vitest run test/adapters/xlsx/read-contract.test.ts` rewrites the record
 * (only when a difference is understood and intended).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { cellCount, contractWorkbooks, digest } from "../../support/read-contract";

type Recorded = { sheets: number; cells: number; digest: string } | { refused: string };

const RECORD = join(import.meta.dirname, "read-contract.json");
const recorded: Record<string, Recorded> = existsSync(RECORD) ? (JSON.parse(readFileSync(RECORD, "utf8")) as Record<string, Recorded>) : {};
const update = process.env.UPDATE_READ_CONTRACT === "1";
const workbooks = await contractWorkbooks();

async function observe(bytes: Uint8Array, name: string): Promise<Recorded> {
  try {
    const source = await readXlsx(bytes, { label: name.split("/").pop() });
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
