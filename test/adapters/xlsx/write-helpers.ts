/** Helpers for the package-writer tests: parts of a zip, workbooks made with ExcelJS. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";

export const FEATURE_RICH = resolve(process.cwd(), "../shared/workbooks/fixtures/excel-feature-rich.xlsx");

export function featureRich(): Uint8Array {
  return new Uint8Array(readFileSync(FEATURE_RICH));
}

export function partsOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function textOf(bytes: Uint8Array, path: string): string {
  const part = partsOf(bytes)[path];
  if (!part) throw new Error(`no part ${path}`);
  return strFromU8(part);
}

/** Parts the writer is allowed to rewrite; everything else must come out byte-identical. */
export const EDITABLE_PARTS = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);

/** Paths of parts whose bytes differ between two packages (or that are missing from `after`). */
export function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = partsOf(before);
  const b = partsOf(after);
  return Object.keys(a).filter((p) => !b[p] || Buffer.compare(Buffer.from(a[p]), Buffer.from(b[p])) !== 0);
}

/** Sheet names in workbook order, read from workbook.xml. */
export function sheetNames(bytes: Uint8Array): string[] {
  return [...textOf(bytes, "xl/workbook.xml").matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"'));
}

/** A small user workbook: a Projects sheet with a Table, and optionally more sheets and options. */
export async function userWorkbook(opts: { extraSheets?: string[]; date1904?: boolean; tableName?: string } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  if (opts.date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Projects");
  ws.addTable({
    name: opts.tableName ?? "Projects",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [{ name: "ID" }, { name: "Name" }, { name: "Budget" }, { name: "Start" }],
    rows: [
      ["P-001", "CRM replacement", 500000, new Date(Date.UTC(2026, 0, 5))],
      ["P-002", "=not a formula", 200000, new Date(Date.UTC(2026, 2, 1))],
    ],
  });
  ws.getCell("F2").value = { formula: "SUM(C2:C3)", result: 700000 };
  for (const name of opts.extraSheets ?? []) wb.addWorksheet(name).getCell("A1").value = `${name} kept by the user`;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
