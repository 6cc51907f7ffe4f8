/**
 * The .xlsx package as an ordered map of part paths to bytes, plus relationship helpers. Parts the
 * writer does not edit are carried over as their original zip entries. Part names are compared
 * ignoring case, as OPC says (a relationship may say "worksheets/Sheet1.xml" for the entry
 * "xl/worksheets/sheet1.xml"), so no part is ever missed or written twice under two spellings.
 */
import { strToU8 } from "fflate";
import { PartStream, entryHead, inflateEntry, joinPieces, newEntry, readZip, writeZipPieces, type OutEntry } from "./zip";
import { NS, childElements, createLike, decodePart, parseXml, serializeXml, type Document, type Element } from "./xml-dom";
import { escapeXml } from "./xml";

/**
 * The package's parts by path, in zip order. Untouched parts keep their original compressed entry;
 * a part is inflated only when read, and deflated only when written.
 */
export class Parts {
  /** Lower-cased part name -> entry (whose name keeps the package's spelling). */
  private readonly entries = new Map<string, OutEntry>();
  private readonly changed = new Map<string, Uint8Array>();
  private readonly cache = new Map<string, Uint8Array>();

  constructor(bytes: Uint8Array) {
    for (const e of readZip(bytes)) this.entries.set(e.name.toLowerCase(), e);
  }
  has(path: string): boolean {
    return this.entries.has(path.toLowerCase());
  }
  /** The part's name as the package spells it. */
  spelling(path: string): string | undefined {
    return this.entries.get(path.toLowerCase())?.name;
  }
  keys(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }
  get(path: string): Uint8Array | undefined {
    const key = path.toLowerCase();
    const changed = this.changed.get(key);
    if (changed) return changed;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    let data = this.cache.get(key);
    if (!data) this.cache.set(key, (data = inflateEntry(entry)));
    return data;
  }
  /**
   * The first `length` bytes of a part (all of it when shorter), without inflating or caching the
   * rest: a user's sheet part can be hundreds of megabytes inflated.
   */
  head(path: string, length: number): Uint8Array | undefined {
    const key = path.toLowerCase();
    const data = this.changed.get(key) ?? this.cache.get(key);
    if (data) return data.subarray(0, length);
    const entry = this.entries.get(key);
    return entry ? entryHead(entry, length) : undefined;
  }
  set(path: string, data: Uint8Array): void {
    const key = path.toLowerCase();
    if (!this.entries.has(key)) this.entries.set(key, newEntry(path, new Uint8Array(0)));
    this.changed.set(key, data);
  }
  /**
   * Writes a part as text in pieces (a generated worksheet): `write` is handed a function that takes
   * the text in order; the part is deflated as it goes (PartStream), never held whole.
   */
  stream(path: string, write: (out: (text: string) => void) => void): void {
    const key = path.toLowerCase();
    const stream = new PartStream();
    write((text) => stream.write(text));
    this.entries.set(key, stream.entry(this.entries.get(key)?.name ?? path));
    this.changed.delete(key);
    this.cache.delete(key);
  }
  delete(path: string): void {
    const key = path.toLowerCase();
    this.entries.delete(key);
    this.changed.delete(key);
    this.cache.delete(key);
  }
  /** The zip: unchanged entries byte-for-byte as they came, changed and new ones freshly deflated. */
  toBytes(): Uint8Array {
    return joinPieces(this.toPieces());
  }
  /** The zip as pieces to write one after the other (toBytes without joining them: no copy of the input's parts). */
  toPieces(): Uint8Array[] {
    return writeZipPieces([...this.entries.entries()].map(([key, e]) => (this.changed.has(key) ? newEntry(e.name, this.changed.get(key)!) : e)));
  }
}

export function readPackage(bytes: Uint8Array): Parts {
  return new Parts(bytes);
}

export function writePackage(parts: Parts): Uint8Array {
  return parts.toBytes();
}

/** The package as zip pieces (see Parts.toPieces). */
export function writePackagePieces(parts: Parts): Uint8Array[] {
  return parts.toPieces();
}

export function readText(parts: Parts, path: string): string | undefined {
  const data = parts.get(path);
  return data ? decodePart(data) : undefined;
}

export function writeText(parts: Parts, path: string, text: string): void {
  parts.set(path, strToU8(text));
}

/** A part parsed as XML, or undefined when the package has no such part. */
export function readXml(parts: Parts, path: string): Document | undefined {
  const text = readText(parts, path);
  return text === undefined ? undefined : parseXml(text, parts.spelling(path) ?? path);
}

export function writeXml(parts: Parts, path: string, doc: Document): void {
  writeText(parts, parts.spelling(path) ?? path, serializeXml(doc));
}

export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationshipOf(el: Element): Relationship {
  return {
    id: el.getAttribute("Id") ?? "",
    type: el.getAttribute("Type") ?? "",
    target: el.getAttribute("Target") ?? "",
    external: el.getAttribute("TargetMode") === "External",
  };
}

/** The relationships of a .rels part (namespace-aware: any quoting, any prefix). */
export function parseRels(xml: string | undefined, part = "a relationships part"): Relationship[] {
  if (!xml) return [];
  const root = parseXml(xml, part).documentElement!;
  return childElements(root, NS.packageRel, "Relationship").map(relationshipOf);
}

/** The relationships of the part `owner`, read from its .rels part. */
export function relsOf(parts: Parts, owner: string): Relationship[] {
  const path = relsPathOf(owner);
  return parseRels(readText(parts, path), parts.spelling(path) ?? path);
}

/**
 * An existing .rels part edited in place: relationships are removed and added as elements, so every
 * other relationship is written back with all its attributes.
 */
export class RelsEditor {
  private readonly root: Element;
  constructor(
    readonly doc: Document,
    readonly path: string,
  ) {
    this.root = doc.documentElement!;
    if (this.root.namespaceURI !== NS.packageRel || this.root.localName !== "Relationships") {
      throw new Error(`The part ${path} is not a relationships part`);
    }
  }
  static open(parts: Parts, path: string): RelsEditor {
    const doc = readXml(parts, path) ?? parseXml(`<Relationships xmlns="${NS.packageRel}"/>`, path);
    return new RelsEditor(doc, path);
  }
  private elements(): Element[] {
    return childElements(this.root, NS.packageRel, "Relationship");
  }
  list(): Relationship[] {
    return this.elements().map(relationshipOf);
  }
  remove(id: string): void {
    for (const el of this.elements()) if (el.getAttribute("Id") === id) this.root.removeChild(el);
  }
  /** Adds a relationship under the next free rId; returns the id. */
  add(type: string, target: string): string {
    const id = nextRelId(this.list());
    const el = createLike(this.root, "Relationship");
    el.setAttribute("Id", id);
    el.setAttribute("Type", type);
    el.setAttribute("Target", target);
    this.root.appendChild(el);
    return id;
  }
  save(parts: Parts): void {
    writeXml(parts, this.path, this.doc);
  }
}

/** A .rels part of the writer's own (new parts only). */
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

/**
 * Resolves a relationship target against the part that owns it (targets are URIs: %20 is a space).
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") // "xl/worksheets/sheet1.xml"
 */
export function resolveTarget(owner: string, target: string): string {
  const segments = target.startsWith("/") ? [] : owner.split("/").slice(0, -1);
  for (const seg of target.replace(/^\//, "").split("/")) {
    if (seg === "..") segments.pop();
    else if (seg !== "." && seg !== "") segments.push(decodeSegment(seg));
  }
  return segments.join("/");
}

function decodeSegment(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
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

/** The lowest n such that `${prefix}${n}${suffix}` is not a part yet (in any letter case). */
export function freePartName(parts: Parts, prefix: string, suffix: string, taken: Set<string> = new Set()): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!parts.has(name) && !taken.has(name.toLowerCase())) return name;
  }
}
