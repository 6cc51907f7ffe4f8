/**
 * The .xlsx package as an ordered map of part paths to bytes. Parts the writer does not edit are
 * carried over as the very same byte arrays, so they come out byte-identical.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { attr, escapeXml } from "./xml";

export type Parts = Map<string, Uint8Array>;

/** Fixed entry time: the output depends on the input only, never on the clock. */
const ZIP_TIME = new Date(Date.UTC(1980, 0, 1, 0, 0, 0));

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
};

export function readPackage(bytes: Uint8Array): Parts {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files));
}

/** Zips the parts in their order, with fixed timestamps so equal input gives equal bytes. */
export function writePackage(parts: Parts): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, data] of parts) zippable[path] = [data, { level: 6, mtime: ZIP_TIME }];
  return zipSync(zippable, { mtime: ZIP_TIME });
}

export function readText(parts: Parts, path: string): string | undefined {
  const data = parts.get(path);
  return data ? strFromU8(data) : undefined;
}

export function writeText(parts: Parts, path: string, text: string): void {
  parts.set(path, strToU8(text));
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string | undefined): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
    out.push({
      id: attr(m[0], "Id") ?? "",
      type: attr(m[0], "Type") ?? "",
      target: attr(m[0], "Target") ?? "",
      external: attr(m[0], "TargetMode") === "External",
    });
  }
  return out;
}

export function relsXml(rels: Relationship[]): string {
  const body = rels
    .map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ""}/>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** Path of the .rels part that holds the relationships of `part`. @example relsPathOf("xl/workbook.xml") // "xl/_rels/workbook.xml.rels" */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against the part that owns it. @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml" */
export function resolveTarget(owner: string, target: string): string {
  const segments = target.startsWith("/") ? [] : owner.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") segments.pop();
    else if (seg !== "." && seg !== "") segments.push(seg);
  }
  return segments.join("/");
}

/** The first `rIdN` not used by rels, counting on from the highest numeric one. */
export function nextRelId(rels: Relationship[]): string {
  let max = 0;
  for (const r of rels) {
    const m = /^rId(\d+)$/.exec(r.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `rId${max + 1}`;
}

/** The lowest n such that `${prefix}${n}${suffix}` is not a part yet. */
export function freePartName(parts: Parts, prefix: string, suffix: string, taken: Set<string> = new Set()): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!parts.has(name) && !taken.has(name)) return name;
  }
}

/** Adds (or replaces) the Override for a part in [Content_Types].xml. */
export function addOverride(contentTypes: string, part: string, type: string): string {
  const cleaned = removeOverride(contentTypes, part);
  return cleaned.replace("</Types>", `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`);
}

export function removeOverride(contentTypes: string, part: string): string {
  const name = `/${escapeXml(part)}`;
  return contentTypes.replace(/<Override\b[^>]*\/>/g, (tag) => (attr(tag, "PartName") === `/${part}` || tag.includes(`PartName="${name}"`) ? "" : tag));
}
