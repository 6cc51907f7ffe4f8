/**
 * Appends the report's fonts, fills, borders, number formats, cell formats and differential formats to
 * the workbook's styles.xml (as a namespace-aware DOM) without moving any existing index. Elements
 * already present with the same content (from an earlier run) are reused, so a re-run does not grow
 * the stylesheet. Number formats never change what a user's cell shows: see numberFormats.
 */
import { maxOf } from "../../../core/arrays";
import type { SheetSpec, SpecCell, SpecStyle } from "../../../workbook/sheet-spec";
import { STATUS_COLORS, STATUS_STYLES, type StatusStyle } from "../../../workbook/styles";
import { NS, canonical, childElements, createLike, elementChildren, firstChildElement, parseFragment, parseXml, serializeXml, type Document, type Element } from "./xml-dom";

export type { StatusStyle };

export interface StyleIndexes {
  /** SpecStyle -> index in cellXfs. */
  cell: Record<SpecStyle, number>;
  /** Status -> index in dxfs, for conditional formats. */
  dxf: Record<StatusStyle, number>;
  /** variantKey(cell) -> index in cellXfs, for cells with their own number format or alignment. */
  variants: Map<string, number>;
}

/** A cell's look beyond its named style: its own number format or alignment. */
export interface CellVariant {
  style?: SpecStyle;
  numberFormat?: string;
  align?: "left" | "center" | "right";
}

/** The key of a cell's variant, or undefined when the named style alone describes it. */
export function variantKey(cell: CellVariant): string | undefined {
  if (cell.numberFormat === undefined && cell.align === undefined) return undefined;
  return `${cell.style ?? ""}|${cell.numberFormat ?? ""}|${cell.align ?? ""}`;
}

/** Every distinct variant the specs' cells use, in first-use order (so the same specs give the same styles). */
export function cellVariants(specs: SheetSpec[]): CellVariant[] {
  const seen = new Map<string, CellVariant>();
  for (const spec of specs) {
    for (const row of spec.rows) {
      for (const cell of row) {
        if (!cell) continue;
        const key = variantKey(cell);
        if (key !== undefined && !seen.has(key)) seen.set(key, variantOf(cell));
      }
    }
  }
  return [...seen.values()];
}

function variantOf(cell: SpecCell): CellVariant {
  const v: CellVariant = {};
  if (cell.style) v.style = cell.style;
  if (cell.numberFormat !== undefined) v.numberFormat = cell.numberFormat;
  if (cell.align) v.align = cell.align;
  return v;
}

/** OOXML colours are ARGB: the shared status colours, opaque. */
const STATUS = Object.fromEntries(STATUS_STYLES.map((s) => [s, { font: `FF${STATUS_COLORS[s].font}`, fill: `FF${STATUS_COLORS[s].fill}` }])) as Record<StatusStyle, { font: string; fill: string }>;

function font(opts: { b?: boolean; i?: boolean; u?: boolean; sz?: number; color?: string }): string {
  return `<font>${opts.b ? "<b/>" : ""}${opts.i ? "<i/>" : ""}${opts.u ? "<u/>" : ""}<sz val="${opts.sz ?? 11}"/><color rgb="${opts.color ?? "FF262626"}"/><name val="Calibri"/><family val="2"/></font>`;
}
const solidFill = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
const NO_FILL = `<fill><patternFill patternType="none"/></fill>`;
const NO_BORDER = `<border><left/><right/><top/><bottom/><diagonal/></border>`;
const HEADER_BORDER = `<border><left/><right/><top/><bottom style="thin"><color rgb="FF1F4E79"/></bottom><diagonal/></border>`;

/** What each named style is made of; numFmt is a format code (a built-in id is used where one means it). */
const STYLE_PARTS: Record<SpecStyle, { font: string; fill: string; border: string; numFmt: string; align?: string }> = {
  title: { font: font({ b: true, sz: 16, color: "FF1F4E79" }), fill: NO_FILL, border: NO_BORDER, numFmt: "General" },
  subtitle: { font: font({ b: true, sz: 12, color: "FF1F4E79" }), fill: NO_FILL, border: NO_BORDER, numFmt: "General" },
  note: { font: font({ i: true, sz: 9, color: "FF7F7F7F" }), fill: NO_FILL, border: NO_BORDER, numFmt: "General" },
  header: { font: font({ b: true, color: "FFFFFFFF" }), fill: solidFill("FF1F4E79"), border: HEADER_BORDER, numFmt: "General", align: `<alignment vertical="center"/>` },
  bold: { font: font({ b: true }), fill: NO_FILL, border: NO_BORDER, numFmt: "General" },
  link: { font: font({ u: true, color: "FF0563C1" }), fill: NO_FILL, border: NO_BORDER, numFmt: "General" },
  currency: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "#,##0" },
  percent: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "0%" },
  percent1: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "0.0%" },
  date: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "yyyy-mm-dd", align: `<alignment horizontal="left"/>` },
  integer: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "#,##0" },
  decimal2: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "0.00" },
  good: { font: font({ color: STATUS.good.font }), fill: solidFill(STATUS.good.fill), border: NO_BORDER, numFmt: "General" },
  warn: { font: font({ color: STATUS.warn.font }), fill: solidFill(STATUS.warn.fill), border: NO_BORDER, numFmt: "General" },
  bad: { font: font({ color: STATUS.bad.font }), fill: solidFill(STATUS.bad.fill), border: NO_BORDER, numFmt: "General" },
  neutral: { font: font({ color: STATUS.neutral.font }), fill: solidFill(STATUS.neutral.fill), border: NO_BORDER, numFmt: "General" },
  info: { font: font({ color: STATUS.info.font }), fill: solidFill(STATUS.info.fill), border: NO_BORDER, numFmt: "General" },
};

const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** Built-in number formats the report uses, by id (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN: Record<string, number> = { General: 0, "0.00": 2, "#,##0": 3, "0%": 9 };
/** Ids below this are reserved for built-in formats (some are locale-dependent); custom ones start here. */
const FIRST_CUSTOM_ID = 164;

/** The section element `tag`, created at its place in the CT_Stylesheet sequence when absent. */
function sectionOf(root: Element, tag: string): Element {
  const found = firstChildElement(root, root.namespaceURI!, tag);
  if (found) return found;
  const el = createLike(root, tag);
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(tag) + 1);
  const next = elementChildren(root).find((c) => c.namespaceURI === root.namespaceURI && later.includes(c.localName!));
  root.insertBefore(el, next ?? null);
  return el;
}

/** Appends `items` (reusing identical existing children) and returns each item's index. */
function appendChildren(root: Element, tag: string, child: string, items: string[]): number[] {
  const section = sectionOf(root, tag);
  const ns = root.namespaceURI!;
  const existing = childElements(section, ns, child);
  const keys = existing.map(canonical);
  const indexes = items.map((item) => {
    const el = parseFragment(root.ownerDocument!, ns, item)[0];
    const key = canonical(el);
    const found = keys.indexOf(key);
    if (found >= 0) return found;
    section.appendChild(el);
    keys.push(key);
    return keys.length - 1;
  });
  section.setAttribute("count", String(keys.length));
  return indexes;
}

/** Every numFmtId the stylesheet mentions: defined ones and those cell, cell-style and differential formats use. */
function mentionedIds(root: Element): Set<number> {
  const ids = new Set<number>();
  const walk = (el: Element) => {
    const id = el.getAttribute("numFmtId");
    if (id !== null && /^\d+$/.test(id.trim())) ids.add(Number(id));
    for (const c of elementChildren(el)) walk(c);
  };
  walk(root);
  return ids;
}

/**
 * The numFmtId for each format code. A built-in id is used when the stylesheet does not redefine it;
 * else a numFmt of the workbook's with the very same code; else a new id that nothing in the
 * stylesheet mentions, so a user's cell whose format id is used but never defined (some generators
 * write those) keeps meaning what it meant, instead of taking on one of the report's formats.
 */
function numberFormats(root: Element, codes: string[]): Map<string, number> {
  const ns = root.namespaceURI!;
  const defined = new Map<number, string>();
  const section = firstChildElement(root, ns, "numFmts");
  for (const nf of section ? childElements(section, ns, "numFmt") : []) defined.set(Number(nf.getAttribute("numFmtId")), nf.getAttribute("formatCode") ?? "");
  const mentioned = mentionedIds(root);
  let next = maxOf(mentioned, FIRST_CUSTOM_ID - 1) + 1;
  const ids = new Map<string, number>();
  const items: string[] = [];
  for (const code of codes) {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined && (!defined.has(builtIn) || defined.get(builtIn) === code)) {
      ids.set(code, builtIn);
      continue;
    }
    const same = [...defined].find(([id, c]) => c === code && id >= FIRST_CUSTOM_ID);
    if (same) {
      ids.set(code, same[0]);
      continue;
    }
    ids.set(code, next);
    items.push(`<numFmt numFmtId="${next}" formatCode="${code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"/>`);
    next++;
  }
  if (items.length) appendChildren(root, "numFmts", "numFmt", items);
  return ids;
}

/** Adds the report's styles to styles.xml text; returns the new text and the indexes to use. */
export function addReportStyles(stylesXml: string): { xml: string; indexes: StyleIndexes } {
  const doc = parseXml(stylesXml, "xl/styles.xml");
  const indexes = addReportStylesTo(doc);
  return { xml: serializeXml(doc), indexes };
}

/** Adds the report's styles to a parsed styles.xml; returns the indexes to use. */
export function addReportStylesTo(doc: Document, variants: CellVariant[] = []): StyleIndexes {
  const root = doc.documentElement!;
  if (root.namespaceURI !== NS.main || root.localName !== "styleSheet") throw new Error("The workbook's styles part is not a SpreadsheetML stylesheet");
  const names = Object.keys(STYLE_PARTS) as SpecStyle[];
  const plain: (typeof STYLE_PARTS)[SpecStyle] = { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "General" };
  const variantParts = variants.map((v) => {
    const base = v.style ? STYLE_PARTS[v.style] : plain;
    const vertical = base.align?.includes('vertical="center"') ? ' vertical="center"' : "";
    const align = v.align ? `<alignment horizontal="${v.align}"${vertical}/>` : base.align;
    return { ...base, numFmt: v.numberFormat ?? base.numFmt, ...(align ? { align } : {}) };
  });
  const parts = [...names.map((n) => STYLE_PARTS[n]), ...variantParts];
  const nf = numberFormats(root, [...new Set(parts.map((p) => p.numFmt))]);
  const fonts = appendChildren(root, "fonts", "font", parts.map((p) => p.font));
  const fills = appendChildren(root, "fills", "fill", parts.map((p) => p.fill));
  const borders = appendChildren(root, "borders", "border", parts.map((p) => p.border));
  const xfs = parts.map((p, i) => {
    const numFmtId = nf.get(p.numFmt)!;
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1" applyFill="1" applyBorder="1"${p.align ? ' applyAlignment="1"' : ""}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fonts[i]}" fillId="${fills[i]}" borderId="${borders[i]}" xfId="0"${applies}`;
    return p.align ? `${head}>${p.align}</xf>` : `${head}/>`;
  });
  const cellXfs = appendChildren(root, "cellXfs", "xf", xfs);
  const dxfItems = STATUS_STYLES.map((s) => `<dxf><font><color rgb="${STATUS[s].font}"/></font><fill><patternFill><bgColor rgb="${STATUS[s].fill}"/></patternFill></fill></dxf>`);
  const dxfs = appendChildren(root, "dxfs", "dxf", dxfItems);
  const cell = Object.fromEntries(names.map((n, i) => [n, cellXfs[i]])) as Record<SpecStyle, number>;
  const dxf = Object.fromEntries(STATUS_STYLES.map((s, i) => [s, dxfs[i]])) as Record<StatusStyle, number>;
  const byVariant = new Map(variants.map((v, i) => [variantKey(v)!, cellXfs[names.length + i]]));
  return { cell, dxf, variants: byVariant };
}

/** A stylesheet for a workbook that has none (some generators omit it): Excel's defaults. */
export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
