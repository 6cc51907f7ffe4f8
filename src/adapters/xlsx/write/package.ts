/**
 * The .xlsx package as an ordered map of part paths to bytes, plus relationship and content-type
 * helpers. Parts the writer does not edit are carried over as their original zip entries.
 */
import { strFromU8, strToU8 } from "fflate";
import { inflateEntry, newEntry, readZip, writeZip, type ZipEntry } from "./zip";
import { attr, escapeXml } from "./xml";

/**
 * The package's parts by path, in zip order. Untouched parts keep their original compressed entry;
 * a part is inflated only when read, and deflated only when written.
 */
export class Parts {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, Uint8Array>();
  private readonly cache = new Map<string, Uint8Array>();

  constructor(bytes: Uint8Array) {
    for (const e of readZip(bytes)) this.entries.set(e.name, e);
  }
  has(path: string): boolean {
    return this.entries.has(path);
  }
  keys(): string[] {
    return [...this.entries.keys()];
  }
  get(path: string): Uint8Array | undefined {
    const changed = this.changed.get(path);
    if (changed) return changed;
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    let data = this.cache.get(path);
    if (!data) this.cache.set(path, (data = inflateEntry(entry)));
    return data;
  }
  set(path: string, data: Uint8Array): void {
    if (!this.entries.has(path)) this.entries.set(path, newEntry(path, new Uint8Array(0)));
    this.changed.set(path, data);
  }
  delete(path: string): void {
    this.entries.delete(path);
    this.changed.delete(path);
    this.cache.delete(path);
  }
  /** The zip: unchanged entries byte-for-byte as they came, changed and new ones freshly deflated. */
  toBytes(): Uint8Array {
    return writeZip([...this.entries.values()].map((e) => (this.changed.has(e.name) ? newEntry(e.name, this.changed.get(e.name)!) : e)));
  }
}

export function readPackage(bytes: Uint8Array): Parts {
  return new Parts(bytes);
}

export function writePackage(parts: Parts): Uint8Array {
  return parts.toBytes();
}

export function readText(parts: Parts, path: string): string | undefined {
  const data = parts.get(path);
  return data ? strFromU8(data) : undefined;
}

export function writeText(parts: Parts, path: string, text: string): void {
  parts.set(path, strToU8(text));
}

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
};

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
