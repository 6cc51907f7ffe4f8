/**
 * The package parts the writer edits (workbook.xml, its rels, [Content_Types].xml, styles.xml) are
 * parsed and written with @xmldom/xmldom, a namespace-aware DOM: whatever the producer's spelling
 * (single quotes, `<sheet></sheet>`, prefixed elements such as `<x:sheet>`, `xmlns:r` declared on each
 * element as openpyxl does), the writer sees the same elements and attributes, and every element or
 * attribute it does not understand is written back. Parts the writer builds itself are plain strings.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Node } from "@xmldom/xmldom";

export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  strictMain: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  officeRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  packageRel: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  xmlns: "http://www.w3.org/2000/xmlns/",
} as const;

export type { Document, Element };

/** Text of a part's bytes: UTF-8 unless a byte-order mark says UTF-16 (both are allowed by OPC). */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
}

/** Parses a part; a part that is not well-formed XML is one sentence naming it, never a partial DOM. */
export function parseXml(text: string, part: string): Document {
  const fail = (why: string) => new Error(`The part ${part} is not well-formed XML (${why.split("\n")[0].replace(/\s*\[xmldom[^\]]*\]\s*/g, " ").trim()})`);
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw fail(message);
      },
    }).parseFromString(text, "application/xml");
  } catch (error) {
    if (error instanceof RangeError) throw new Error(`The part ${part} is nested too deeply to be read.`);
    throw error instanceof Error && error.message.startsWith("The part ") ? error : fail(String((error as Error)?.message ?? error));
  }
  if (!doc.documentElement) throw fail("no root element");
  return doc;
}

/**
 * The part as UTF-8 text. The XML declaration, when there is one, is kept but says UTF-8, since that
 * is how the writer stores every part it writes.
 */
export function serializeXml(doc: Document): string {
  const first = doc.firstChild;
  if (first && first.nodeType === 7 && first.nodeName === "xml") {
    const pi = first as unknown as { data: string };
    pi.data = pi.data.replace(/encoding\s*=\s*(["'])[^"']*\1/, 'encoding="UTF-8"');
  }
  try {
    return new XMLSerializer().serializeToString(doc);
  } catch (error) {
    if (error instanceof RangeError) throw new Error("A workbook part is nested too deeply to be written.");
    throw error;
  }
}

/** Element children of `parent` with the given namespace and local name, in document order. */
export function childElements(parent: Element | Document, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local) out.push(n as Element);
  }
  return out;
}

/** Every element child of `parent`. */
export function elementChildren(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n: Node | null = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export function firstChildElement(parent: Element | Document, ns: string, local: string): Element | undefined {
  return childElements(parent, ns, local)[0];
}

/** A new element in `parent`'s namespace, spelled with `parent`'s prefix (so `<x:sheets>` gets `<x:sheet>`). */
export function createLike(parent: Element, local: string): Element {
  const doc = parent.ownerDocument!;
  const qualified = parent.prefix ? `${parent.prefix}:${local}` : local;
  return doc.createElementNS(parent.namespaceURI, qualified);
}

/**
 * The prefix bound to `ns` where `el` sits. When none is bound, `preferred` (or a numbered variant
 * not bound to anything else) is declared on the document's root, so that every element the writer
 * adds can use it: a package whose producer declared the prefix on each element keeps those
 * declarations, and the writer's own elements are well-formed too.
 */
export function prefixFor(el: Element, ns: string, preferred: string): string {
  const bound = el.lookupPrefix(ns);
  if (bound) return bound;
  const root = el.ownerDocument!.documentElement!;
  let prefix = preferred;
  for (let n = 2; root.lookupNamespaceURI(prefix) !== null || el.lookupNamespaceURI(prefix) !== null; n++) prefix = `${preferred}${n}`;
  root.setAttributeNS(NS.xmlns, `xmlns:${prefix}`, ns);
  return prefix;
}

/** Removes every child node (elements, whitespace, comments) of `el`. */
export function clearChildren(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/**
 * A canonical text of an element (local names, namespaces, attributes sorted, children in order), so
 * the writer recognises a style of its own from an earlier run however the part was re-serialised.
 */
export function canonical(el: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    if (a.namespaceURI === NS.xmlns || a.name === "xmlns") continue;
    attrs.push(`${a.namespaceURI ?? ""}|${a.localName}=${a.value}`);
  }
  attrs.sort();
  let inner = "";
  for (let n: Node | null = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) inner += canonical(n as Element);
    else if (n.nodeType === 3 || n.nodeType === 4) inner += (n as unknown as { data: string }).data.trim() === "" ? "" : `"${(n as unknown as { data: string }).data}"`;
  }
  return `<${el.namespaceURI ?? ""}|${el.localName} ${attrs.join(" ")}>${inner}</>`;
}

/** Parses a fragment of SpreadsheetML (the writer's own style elements) into elements of `doc`. */
export function parseFragment(doc: Document, ns: string, xml: string): Element[] {
  const wrapper = parseXml(`<w xmlns="${ns}">${xml}</w>`, "(fragment)").documentElement!;
  return elementChildren(wrapper).map((e) => doc.importNode(e, true) as Element);
}
