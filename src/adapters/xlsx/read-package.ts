/**
 * What the xlsx package says about itself, read straight from its XML parts with fflate: sheet names,
 * order and visibility, the date system, and Excel Tables. ExcelJS is unreliable for tables on read
 * (it crashes on some LibreOffice-saved ones), and the streaming reader does not report them at all.
 */
import { strFromU8, unzipSync } from "fflate";
import type { DefinedNameInfo, TableInfo } from "../../workbook/grid";
import { NS, childElements, firstChildElement, parseXml } from "./write/xml-dom";

export interface PackageSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Part path inside the zip, e.g. "xl/worksheets/sheet1.xml". */
  path: string;
}

export interface PackageInfo {
  sheets: PackageSheet[];
  date1904: boolean;
  tables: TableInfo[];
  /** The workbook's defined names (the product's marker names among them say which sheets are generated). */
  names: DefinedNameInfo[];
  /**
   * ExcelJS's streaming reader sees every number format. It parses a worksheet as soon as it has met the
   * shared strings and the workbook's relationships, and defers it to the end otherwise; a sheet parsed
   * before the styles part loses its number formats (LibreOffice writes packages in that order).
   */
  streamsFaithfully: boolean;
}

const attr = (tag: string, name: string): string | undefined => {
  // Either quote is valid XML (some producers single-quote).
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
};

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "amp") return "&";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsOf(files: Record<string, Uint8Array>, part: string): Map<string, string> {
  const dir = part.split("/").slice(0, -1).join("/");
  const name = part.split("/").pop();
  const relsPath = `${dir}/_rels/${name}.rels`;
  const out = new Map<string, string>();
  const xml = files[relsPath];
  if (!xml) return out;
  for (const m of strFromU8(xml).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target && attr(m[0], "TargetMode") !== "External") out.set(id, resolvePath(part, target));
  }
  return out;
}

function withoutTotals(ref: string, totals: number): string {
  const m = /^([A-Z]+\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m || totals <= 0) return ref;
  return `${m[1]}:${m[2]}${Math.max(+m[3] - totals, +(/\d+$/.exec(m[1])?.[0] ?? m[3]))}`;
}

/** Reads sheets, date system and tables from the package; only the small XML parts are inflated. */
export function readPackageInfo(bytes: Uint8Array): PackageInfo {
  const seen = { styles: false, shared: false, rels: false };
  let streamsFaithfully = true;
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (f.name === "xl/styles.xml") seen.styles = true;
      else if (f.name === "xl/sharedStrings.xml") seen.shared = true;
      else if (f.name === "xl/_rels/workbook.xml.rels") seen.rels = true;
      else if (/^xl\/worksheets\/[^/]+\.xml$/.test(f.name) && seen.shared && seen.rels && !seen.styles) streamsFaithfully = false;
      return f.name === "xl/workbook.xml" || f.name.endsWith(".rels") || /^xl\/tables\/[^/]+\.xml$/.test(f.name);
    },
  });
  const wbXml = files["xl/workbook.xml"];
  if (!wbXml) throw new Error("has no workbook part (xl/workbook.xml); it is not an Excel workbook");
  const wb = strFromU8(wbXml);
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(wb)?.[0] ?? "";
  const d1904 = attr(pr, "date1904");
  const rels = relsOf(files, "xl/workbook.xml");
  const sheets: PackageSheet[] = [];
  const tables: TableInfo[] = [];
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name") ?? "";
    const rid = /\b\w+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[0]);
    const path = rels.get(rid?.[1] ?? rid?.[2] ?? "") ?? "";
    const st = attr(m[0], "state");
    sheets.push({ name, path, state: st === "hidden" ? "hidden" : st === "veryHidden" ? "veryHidden" : "visible" });
    for (const target of relsOf(files, path).values()) {
      const xml = files[target];
      if (!/^xl\/tables\//.test(target) || !xml) continue;
      const tag = /<(?:\w+:)?table\b[^>]*>/.exec(strFromU8(xml))?.[0] ?? "";
      const ref = attr(tag, "ref");
      if (!ref) continue;
      // A table's totals row is part of its ref but holds no record; the range handed on stops above it.
      const totals = Number(attr(tag, "totalsRowCount") ?? "0") || 0;
      tables.push({ name: attr(tag, "displayName") ?? attr(tag, "name") ?? target, sheet: name, ref: withoutTotals(ref, totals), hasHeader: attr(tag, "headerRowCount") !== "0" });
    }
  }
  return { sheets, date1904: d1904 === "1" || d1904 === "true", tables, names: definedNames(wb, sheets), streamsFaithfully };
}

/** The defined names of workbook.xml, read namespace-aware; a sheet-scoped name says its sheet. */
function definedNames(xml: string, sheets: PackageSheet[]): DefinedNameInfo[] {
  const root = parseXml(xml, "xl/workbook.xml").documentElement!;
  const block = firstChildElement(root, root.namespaceURI ?? NS.main, "definedNames");
  if (!block) return [];
  return childElements(block, root.namespaceURI ?? NS.main, "definedName").map((el) => {
    const local = el.getAttribute("localSheetId");
    // A scope that names no sheet still makes the name sheet-scoped, never workbook-scoped.
    const sheet = local === null || local === "" ? undefined : (sheets[Number(local)]?.name ?? "");
    return { name: el.getAttribute("name") ?? "", formula: el.textContent ?? "", ...(sheet === undefined ? {} : { sheet }) };
  });
}
