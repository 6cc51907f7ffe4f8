/** Helpers for the package-writer tests: parts of a zip, workbooks made with ExcelJS. */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { sharedPath } from "../../support/shared-files";
import { GENERATED_MARKER, type SheetSpec } from "../../../src/workbook/sheet-spec";

/** The Excel-saved feature-rich fixture, relative to ../shared (see test/support/shared-files.ts). */
export const FEATURE_RICH_FILE = "workbooks/fixtures/excel-feature-rich.xlsx";
export const FEATURE_RICH = sharedPath(FEATURE_RICH_FILE);

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

/** A second generated sheet with another key, shaped like the task pane's submission stamp. */
export function stampLikeSpec(result = "PASS"): SheetSpec {
  return {
    key: "submission-stamp",
    name: "Submission Stamp",
    columns: [{ width: 22 }, { width: 40 }],
    rows: [[{ value: "PMO Rulebook submission stamp", style: "title" }], [{ value: `${GENERATED_MARKER}. Do not edit.`, style: "note" }], [], [{ value: "Result" }, { value: result, type: "text" }]],
  };
}

/**
 * What Excel's "Move or Copy" (create a copy) leaves in a package: the sheet's XML under a new part
 * and tab name, the marker text included, plus sheet-scoped copies of the workbook names that referred
 * to the original (Excel re-points them at the copy). The workbook-scoped name keeps pointing at the
 * original. The copy's drawing is left out: its charts belong to the original's parts.
 */
export function copySheetLikeExcel(bytes: Uint8Array, source: string, copyName: string): Uint8Array {
  const files = unzipSync(bytes);
  let wb = strFromU8(files["xl/workbook.xml"]);
  let rels = strFromU8(files["xl/_rels/workbook.xml.rels"]);
  const tags = [...wb.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const index = tags.findIndex((t) => t.includes(`name="${source}"`));
  const relId = /r:id="([^"]+)"/.exec(tags[index])![1];
  const target = new RegExp(`<Relationship [^>]*Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${relId}"`).exec(rels)![1];
  const sourcePart = `xl/${target.replace(/^\/?xl\//, "")}`;
  const copyPart = "xl/worksheets/sheet900.xml";
  files[copyPart] = strToU8(strFromU8(files[sourcePart]).replace(/<drawing\b[^>]*\/>/, "").replace(/<tableParts\b[\s\S]*?<\/tableParts>|<tableParts\b[^>]*\/>/, ""));
  rels = rels.replace("</Relationships>", `<Relationship Id="rIdCopy" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet900.xml"/></Relationships>`);
  const maxId = Math.max(...tags.map((t) => Number(/sheetId="(\d+)"/.exec(t)![1])));
  const copyTag = `<sheet name="${copyName}" sheetId="${maxId + 1}" r:id="rIdCopy"/>`;
  const position = tags.length;
  wb = wb.replace("</sheets>", `${copyTag}</sheets>`);
  const globals = [...wb.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].filter((m) => !m[1].includes("localSheetId") && m[2].includes(`${source}'!`));
  const locals = globals.map((m) => `<definedName${m[1]} localSheetId="${position}">${m[2].replace(`${source}'!`, `${copyName}'!`)}</definedName>`).join("");
  wb = wb.replace("</definedNames>", `${locals}</definedNames>`);
  let ct = strFromU8(files["[Content_Types].xml"]);
  ct = ct.replace("</Types>", `<Override PartName="/${copyPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  files["xl/workbook.xml"] = strToU8(wb);
  files["xl/_rels/workbook.xml.rels"] = strToU8(rels);
  files["[Content_Types].xml"] = strToU8(ct);
  return zipSync(files);
}

/** Defined names of workbook.xml: name, scope and what they refer to. */
export function definedNames(bytes: Uint8Array): { name: string; local?: number; hidden: boolean; ref: string }[] {
  return [...textOf(bytes, "xl/workbook.xml").matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => {
    const local = /localSheetId="(\d+)"/.exec(m[1]);
    return { name: /name="([^"]*)"/.exec(m[1])![1], ...(local ? { local: Number(local[1]) } : {}), hidden: /hidden="(1|true)"/.test(m[1]), ref: decodeEntities(m[2]) };
  });
}

function decodeEntities(text: string): string {
  return text.replace(/&(apos|quot|lt|gt|amp);/g, (_m, e: string) => ({ apos: "'", quot: '"', lt: "<", gt: ">", amp: "&" })[e]!);
}
