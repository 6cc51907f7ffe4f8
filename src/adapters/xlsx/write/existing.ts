/**
 * Finding the product's own sheets in a workbook and removing them with every part only they use.
 * A sheet is the product's when one of its first 6 rows holds a cell whose text starts with
 * GENERATED_MARKER (the same test the reader uses), or when it is the embedded-ruleset sheet.
 * A user's sheet never matches, whatever its name.
 */
import { strFromU8 } from "fflate";
import { GENERATED_MARKER } from "../../../workbook/sheet-spec";
import { parseRels, readText, relsPathOf, removeOverride, resolveTarget, type Parts } from "./package";
import { decodeXml } from "./xml";

/** Rows of the header in which the marker must appear. */
const HEADER_ROWS = 6;

function headerRows(sheetXml: string): string {
  const start = sheetXml.indexOf("<sheetData");
  if (start < 0) return "";
  const later = /<row\b[^>]*\sr="(\d+)"/g;
  later.lastIndex = start;
  for (let m = later.exec(sheetXml); m; m = later.exec(sheetXml)) {
    if (Number(m[1]) > HEADER_ROWS) return sheetXml.slice(start, m.index);
  }
  const end = sheetXml.indexOf("</sheetData>", start);
  return sheetXml.slice(start, end < 0 ? undefined : end);
}

/** Texts of the shared-string table, read only when a header cell refers to it. */
export class SharedStrings {
  private readonly items: string[] = [];
  private readonly si = /<si\b[^>]*>([\s\S]*?)<\/si>/g;
  private text: string | null = null;
  constructor(private readonly load: () => string | undefined) {}
  /** Parses the table only as far as `index`: a huge table is not read for a header cell near its start. */
  get(index: number): string {
    if (this.text === null) this.text = this.load() ?? "";
    while (this.items.length <= index) {
      const m = this.si.exec(this.text);
      if (!m) return "";
      this.items.push([...m[1].matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((t) => decodeXml(t[1])).join(""));
    }
    return this.items[index];
  }
}

/** Bytes decoded to look for the header rows; a sheet whose first rows lie further in is decoded whole. */
const HEAD_BYTES = 256 * 1024;

/** The start of a sheet part, enough to hold its first rows (decoding a 100 MB sheet whole is avoided). */
export function sheetHead(data: Uint8Array): string {
  if (data.length <= HEAD_BYTES) return strFromU8(data);
  const head = new TextDecoder().decode(data.subarray(0, HEAD_BYTES));
  const rows = head.indexOf("<sheetData") >= 0 && (/<row\b[^>]*\sr="([7-9]|\d{2,})"/.test(head) || head.includes("</sheetData>"));
  return rows ? head : strFromU8(data);
}

/** True when the sheet carries the product's marker in its header rows. */
export function hasGeneratedMarker(sheetXml: string, shared: SharedStrings): boolean {
  const head = headerRows(sheetXml);
  for (const t of head.matchAll(/<t\b[^>]*>([^<]*)/g)) if (decodeXml(t[1]).startsWith(GENERATED_MARKER)) return true;
  for (const c of head.matchAll(/<c\b([^>]*)>([\s\S]*?)<\/c>/g)) {
    if (!/\st="s"/.test(c[1])) continue;
    const v = /<v>(\d+)<\/v>/.exec(c[2]);
    if (v && shared.get(Number(v[1])).startsWith(GENERATED_MARKER)) return true;
  }
  return false;
}

/**
 * Removes the given parts and, transitively, the parts they relate to that no surviving part relates
 * to (drawings, charts, tables of a generated sheet; never a user's shared part). Returns the
 * updated [Content_Types].xml.
 */
export function removePartsWithDependants(parts: Parts, roots: string[], contentTypes: string): string {
  const doomed = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const part = queue.pop()!;
    if (doomed.has(part)) continue;
    doomed.add(part);
    for (const r of parseRels(readText(parts, relsPathOf(part)))) {
      if (!r.external) queue.push(resolveTarget(part, r.target));
    }
  }
  // Keep anything a surviving part still points at (a shared image, a printer-settings part, ...).
  const stillUsed = new Set<string>();
  for (const path of parts.keys()) {
    if (!path.endsWith(".rels")) continue;
    const data = parts.get(path)!;
    const owner = path === "_rels/.rels" ? "" : path.replace(/_rels\/([^/]+)\.rels$/, "$1");
    if (doomed.has(owner)) continue;
    for (const r of parseRels(strFromU8(data))) if (!r.external) stillUsed.add(resolveTarget(owner, r.target));
  }
  let ct = contentTypes;
  for (const part of doomed) {
    if (stillUsed.has(part) && !roots.includes(part)) continue;
    parts.delete(part);
    parts.delete(relsPathOf(part));
    ct = removeOverride(ct, part);
  }
  return ct;
}
