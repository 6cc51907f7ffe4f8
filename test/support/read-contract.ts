/**
 * The reader's contract (issue 15): every workbook of the test corpora, read into grids, gives the same
 * grids whichever reader reads it. `contractWorkbooks()` lists them (the sample, the producer corpus with
 * its hostile variants, a small synthetic portfolio as the benchmark writes it, and ../shared's real
 * workbooks when they are beside the clone); `canonical()` is a source as comparable JSON.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CellValue, WorkbookSource } from "../../src/workbook/grid";
import { SHARED_DIR } from "./shared-files";

export interface ContractWorkbook {
  /** A stable name: path from the repository root, or `shared/...`, or `synthetic/...`. */
  name: string;
  bytes: Uint8Array;
  /** Only beside some clones (../shared): recorded figures are compared when the file is there. */
  optional?: boolean;
}

const ROOT = resolve(import.meta.dirname, "../..");

function filesUnder(dir: string, prefix: string): { name: string; path: string }[] {
  if (!existsSync(dir)) return [];
  const out: { name: string; path: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path, `${prefix}${entry.name}/`));
    else if (/\.xls[xm]$/i.test(entry.name)) out.push({ name: `${prefix}${entry.name}`, path });
  }
  return out;
}

/** Every workbook of the corpora, as bytes. */
export async function contractWorkbooks(): Promise<ContractWorkbook[]> {
  const files = [
    { name: "assets/sample-portfolio.xlsx", path: join(ROOT, "assets/sample-portfolio.xlsx") },
    ...filesUnder(join(ROOT, "test/corpus/files"), "test/corpus/files/"),
  ];
  const out: ContractWorkbook[] = files.map((f) => ({ name: f.name, bytes: new Uint8Array(readFileSync(f.path)) }));
  for (const f of filesUnder(join(SHARED_DIR, "workbooks"), "shared/workbooks/")) out.push({ name: f.name, bytes: new Uint8Array(readFileSync(f.path)), optional: true });
  // The benchmark's workbook, small: ExcelJS's streaming writer, dates, formats, three registers.
  const { writeSyntheticPortfolio } = await import("../../bench/generate");
  const dir = mkdtempSync(join(tmpdir(), "pmo-contract-"));
  try {
    const file = join(dir, "portfolio-300.xlsx");
    await writeSyntheticPortfolio(file, 300);
    out.push({ name: "synthetic/portfolio-300.xlsx", bytes: new Uint8Array(readFileSync(file)) });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** A row without its trailing empty cells (a hole and a null are the same empty cell). */
function trimmed<T>(row: readonly (T | null | undefined)[] | undefined): (T | null)[] {
  if (!row) return [];
  let end = row.length;
  while (end > 0 && (row[end - 1] === null || row[end - 1] === undefined)) end--;
  const out: (T | null)[] = new Array(end);
  for (let i = 0; i < end; i++) out[i] = row[i] ?? null;
  return out;
}

/** The source as plain data in one spelling: what a reader must reproduce exactly (the label aside). */
export function canonical(source: WorkbookSource): unknown {
  return {
    date1904: source.date1904,
    sheets: source.sheets.map((s) => ({
      name: s.name,
      top: s.top,
      left: s.left,
      visibility: s.visibility ?? "visible",
      values: s.values.map((r) => trimmed<CellValue>(r)),
      formats: (s.formats ?? []).map((r) => trimmed<string>(r)),
      merges: s.merges ?? [],
    })),
    tables: source.tables,
    names: source.names ?? [],
  };
}

/** Non-empty cells of a source. */
export function cellCount(source: WorkbookSource): number {
  let n = 0;
  for (const s of source.sheets) for (const r of s.values) for (const v of r) if (v !== null && v !== undefined) n++;
  return n;
}

export function digest(source: WorkbookSource): string {
  return createHash("sha256").update(JSON.stringify(canonical(source))).digest("hex").slice(0, 32);
}
