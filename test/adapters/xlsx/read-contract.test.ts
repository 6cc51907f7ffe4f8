/**
 * The reader's contract (issue 15): every workbook of the test corpora gives the grids recorded in
 * read-contract.json (a digest of the canonical grids, the sheet and cell counts, or the sentence a
 * refusal says). The record was made with the ExcelJS-based reader; a new reader proves itself identical
 * by passing this file unchanged. `UPDATE_READ_CONTRACT=1 npx vitest run test/adapters/xlsx/read-contract.test.ts`
 * rewrites the record (only when a difference is understood and intended).
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

  it.runIf(update)("writes the record", () => {
    const sorted = Object.fromEntries(Object.entries(recorded).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(RECORD, JSON.stringify(sorted, null, 2) + "\n");
  });
});
