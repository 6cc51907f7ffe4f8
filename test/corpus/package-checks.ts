/**
 * What "the user's workbook is intact" means, as checks on two packages (before and after a write),
 * read namespace-aware with @xmldom/xmldom so a producer's spelling never fools them:
 * every user sheet maps to the same part with the same bytes, every XML part parses, and every cell's
 * number format means what it meant.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export type Files = Record<string, Uint8Array>;

/** The zip's entries keyed by lower-cased name (OPC part names ignore case). */
export function filesOf(bytes: Uint8Array): Files {
  const out: Files = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name.toLowerCase()] = data;
  return out;
}

/** Parses XML strictly: any error or warning of the parser throws. */
export function parseStrict(text: string, part: string): Element {
  const doc = new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${part}: ${level} ${msg}`);
    },
  }).parseFromString(text.replace(/^\uFEFF/, ""), "application/xml");
  return doc.documentElement!;
}

function children(el: Element, ns: string, local: string): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === local) out.push(n as Element);
  return out;
}

function resolve(owner: string, target: string): string {
  const segs = target.startsWith("/") ? [] : owner.split("/").slice(0, -1);
  for (const s of target.replace(/^\//, "").split("/")) {
    if (s === "..") segs.pop();
    else if (s && s !== ".") segs.push(decodeURIComponent(s));
  }
  return segs.join("/").toLowerCase();
}

function rels(files: Files, owner: string): Map<string, string> {
  const slash = owner.lastIndexOf("/");
  const path = `${owner.slice(0, slash + 1)}_rels/${owner.slice(slash + 1)}.rels`.toLowerCase();
  const out = new Map<string, string>();
  if (!files[path]) return out;
  for (const r of children(parseStrict(strFromU8(files[path]), path), PKG_REL, "Relationship")) {
    if (r.getAttribute("TargetMode") !== "External") out.set(r.getAttribute("Id")!, resolve(owner, r.getAttribute("Target")!));
  }
  return out;
}

export function workbookPart(files: Files): string {
  for (const r of children(parseStrict(strFromU8(files["_rels/.rels"]), "_rels/.rels"), PKG_REL, "Relationship")) {
    if (r.getAttribute("Type")!.endsWith("/officeDocument")) return resolve("", r.getAttribute("Target")!);
  }
  return "xl/workbook.xml";
}

/** Sheet name -> its part path, in workbook order, as a namespace-aware reader of workbook.xml sees it. */
export function sheetParts(files: Files): Map<string, string> {
  const wb = workbookPart(files);
  const root = parseStrict(strFromU8(files[wb]), wb);
  const byId = rels(files, wb);
  const out = new Map<string, string>();
  for (const sheets of children(root, MAIN, "sheets")) {
    for (const s of children(sheets, MAIN, "sheet")) out.set(s.getAttribute("name")!, byId.get(s.getAttributeNS(OFFICE_REL, "id")!) ?? "(missing)");
  }
  return out;
}

/** Every .xml, .rels and .vml part that does not parse as namespace-aware XML, with the reason. */
export function unparsableParts(files: Files): string[] {
  const bad: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    try {
      parseStrict(strFromU8(data), name);
    } catch (e) {
      bad.push(`${name}: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  return bad;
}

/** Built-in number formats by id (ECMA-376 18.8.30), for telling what a cell's format means. */
const BUILT_IN: Record<number, string> = { 0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??", 14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@" };

/** What each cellXfs index's number format means: its code, a built-in's code, or "undefined id N". */
export function formatMeanings(files: Files): string[] {
  const wb = workbookPart(files);
  const stylesPath = [...rels(files, wb).values()].find((p) => p.endsWith("styles.xml")) ?? "xl/styles.xml";
  if (!files[stylesPath]) return [];
  const root = parseStrict(strFromU8(files[stylesPath]), stylesPath);
  const defined = new Map<number, string>();
  for (const block of children(root, MAIN, "numFmts")) for (const f of children(block, MAIN, "numFmt")) defined.set(Number(f.getAttribute("numFmtId")), f.getAttribute("formatCode")!);
  const xfs = children(root, MAIN, "cellXfs").flatMap((b) => children(b, MAIN, "xf"));
  return xfs.map((xf) => {
    const id = Number(xf.getAttribute("numFmtId") ?? 0);
    return defined.get(id) ?? BUILT_IN[id] ?? `undefined id ${id}`;
  });
}

/** Cell reference -> the meaning of its number format, for one sheet part. */
export function cellFormats(files: Files, part: string): Map<string, string> {
  const meanings = formatMeanings(files);
  const root = parseStrict(strFromU8(files[part]), part);
  const out = new Map<string, string>();
  for (const data of children(root, MAIN, "sheetData")) {
    children(data, MAIN, "row").forEach((row, ri) => {
      children(row, MAIN, "c").forEach((c, ci) => {
        const ref = c.getAttribute("r") ?? `#${ri}:${ci}`;
        out.set(ref, meanings[Number(c.getAttribute("s") ?? 0)] ?? "General");
      });
    });
  }
  return out;
}

/**
 * Problems with `after` as a write of report sheets into `before`; empty when the workbook is intact.
 * `userSheets` names the sheets that must stay (default: every sheet of `before`).
 */
export function intactProblems(before: Uint8Array, after: Uint8Array, userSheets?: string[]): string[] {
  const a = filesOf(before);
  const b = filesOf(after);
  const problems = unparsableParts(b).map((p) => `unparsable ${p}`);
  const sheetsA = sheetParts(a);
  const sheetsB = sheetParts(b);
  for (const [name, part] of sheetsA) {
    if (userSheets && !userSheets.includes(name)) continue;
    if (sheetsB.get(name) !== part) {
      problems.push(`sheet "${name}" maps to ${sheetsB.get(name) ?? "nothing"}, was ${part}`);
      continue;
    }
    if (!a[part] || !b[part] || Buffer.compare(Buffer.from(a[part]), Buffer.from(b[part])) !== 0) problems.push(`sheet "${name}" (${part}) changed`);
    const fa = cellFormats(a, part);
    const fb = cellFormats(b, part);
    for (const [ref, meaning] of fa) if (fb.get(ref) !== meaning) problems.push(`${name}!${ref} format "${meaning}" became "${fb.get(ref)}"`);
  }
  return problems;
}
