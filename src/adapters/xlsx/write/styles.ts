/**
 * Appends the report's fonts, fills, borders, number formats, cell formats and differential formats to
 * the workbook's styles.xml without moving any existing index. Elements already present with the very
 * same XML (from an earlier run) are reused, so a re-run does not grow the stylesheet.
 */
import type { SpecStyle } from "../../../workbook/sheet-spec";
import { STATUS_COLORS, STATUS_STYLES, type StatusStyle } from "../../../workbook/styles";
import { attr, escapeXml } from "./xml";

export type { StatusStyle };

export interface StyleIndexes {
  /** SpecStyle -> index in cellXfs. */
  cell: Record<SpecStyle, number>;
  /** Status -> index in dxfs, for conditional formats. */
  dxf: Record<StatusStyle, number>;
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

/** What each named style is made of; numFmt is a built-in id or a format code. */
const STYLE_PARTS: Record<SpecStyle, { font: string; fill: string; border: string; numFmt: number | string; align?: string }> = {
  title: { font: font({ b: true, sz: 16, color: "FF1F4E79" }), fill: NO_FILL, border: NO_BORDER, numFmt: 0 },
  subtitle: { font: font({ b: true, sz: 12, color: "FF1F4E79" }), fill: NO_FILL, border: NO_BORDER, numFmt: 0 },
  note: { font: font({ i: true, sz: 9, color: "FF7F7F7F" }), fill: NO_FILL, border: NO_BORDER, numFmt: 0 },
  header: { font: font({ b: true, color: "FFFFFFFF" }), fill: solidFill("FF1F4E79"), border: HEADER_BORDER, numFmt: 0, align: `<alignment vertical="center"/>` },
  bold: { font: font({ b: true }), fill: NO_FILL, border: NO_BORDER, numFmt: 0 },
  link: { font: font({ u: true, color: "FF0563C1" }), fill: NO_FILL, border: NO_BORDER, numFmt: 0 },
  currency: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: 3 },
  percent: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: 9 },
  percent1: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "0.0%" },
  date: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: "yyyy-mm-dd", align: `<alignment horizontal="left"/>` },
  integer: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: 3 },
  decimal2: { font: font({}), fill: NO_FILL, border: NO_BORDER, numFmt: 2 },
  good: { font: font({ color: STATUS.good.font }), fill: solidFill(STATUS.good.fill), border: NO_BORDER, numFmt: 0 },
  warn: { font: font({ color: STATUS.warn.font }), fill: solidFill(STATUS.warn.fill), border: NO_BORDER, numFmt: 0 },
  bad: { font: font({ color: STATUS.bad.font }), fill: solidFill(STATUS.bad.fill), border: NO_BORDER, numFmt: 0 },
  neutral: { font: font({ color: STATUS.neutral.font }), fill: solidFill(STATUS.neutral.fill), border: NO_BORDER, numFmt: 0 },
  info: { font: font({ color: STATUS.info.font }), fill: solidFill(STATUS.info.fill), border: NO_BORDER, numFmt: 0 },
};

const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

interface Section {
  xml: string;
  children: string[];
}

function section(xml: string, tag: string, child: string): Section {
  const m = new RegExp(`<${tag}\\b[^>]*/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`).exec(xml);
  if (!m) return { xml, children: [] };
  const children = [...m[0].matchAll(new RegExp(`<${child}\\b[^>]*/>|<${child}\\b[^>]*>[\\s\\S]*?</${child}>`, "g"))].map((c) => c[0]);
  return { xml, children };
}

/** Appends `items` (reusing identical existing children) and returns the updated XML and each item's index. */
function appendChildren(xml: string, tag: string, child: string, items: string[]): { xml: string; indexes: number[] } {
  const { children } = section(xml, tag, child);
  const added: string[] = [];
  const indexes = items.map((item) => {
    const found = children.indexOf(item);
    if (found >= 0) return found;
    const again = added.indexOf(item);
    if (again >= 0) return children.length + again;
    added.push(item);
    return children.length + added.length - 1;
  });
  if (added.length === 0) return { xml, indexes };
  const count = children.length + added.length;
  const existing = new RegExp(`<${tag}\\b[^>]*/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`).exec(xml);
  if (existing) {
    const open = /^<[^>]*?(\/?)>/.exec(existing[0])![0];
    const openTag = open.replace(/\s*\/?>$/, "").replace(/\scount="\d*"/, "") + ` count="${count}">`;
    const inner = open.endsWith("/>") ? "" : existing[0].slice(open.length, -`</${tag}>`.length);
    return { xml: xml.replace(existing[0], () => `${openTag}${inner}${added.join("")}</${tag}>`), indexes };
  }
  // The section is absent: insert it before the first section that must follow it.
  const block = `<${tag} count="${count}">${added.join("")}</${tag}>`;
  for (const next of SECTION_ORDER.slice(SECTION_ORDER.indexOf(tag) + 1)) {
    const at = xml.search(new RegExp(`<${next}\\b`));
    if (at >= 0) return { xml: xml.slice(0, at) + block + xml.slice(at), indexes };
  }
  return { xml: xml.replace("</styleSheet>", () => `${block}</styleSheet>`), indexes };
}

/** Ids of custom number formats, reusing an existing id when the workbook already has the same code. */
function numberFormats(xml: string, codes: string[]): { xml: string; ids: Map<string, number> } {
  const { children } = section(xml, "numFmts", "numFmt");
  const ids = new Map<string, number>();
  let max = 163;
  for (const c of children) {
    const id = Number(attr(c, "numFmtId"));
    max = Math.max(max, id);
    const code = attr(c, "formatCode");
    if (code !== undefined && !ids.has(code)) ids.set(code, id);
  }
  const items: string[] = [];
  for (const code of codes) {
    if (ids.has(code)) continue;
    ids.set(code, ++max);
    items.push(`<numFmt numFmtId="${max}" formatCode="${escapeXml(code)}"/>`);
  }
  return { xml: items.length ? appendChildren(xml, "numFmts", "numFmt", items).xml : xml, ids };
}

/** Adds the report's styles to styles.xml; returns the new XML and the indexes to use. */
export function addReportStyles(stylesXml: string): { xml: string; indexes: StyleIndexes } {
  const names = Object.keys(STYLE_PARTS) as SpecStyle[];
  const parts = names.map((n) => STYLE_PARTS[n]);
  const codes = [...new Set(parts.map((p) => p.numFmt).filter((f): f is string => typeof f === "string"))];
  const nf = numberFormats(stylesXml, codes);
  const fonts = appendChildren(nf.xml, "fonts", "font", parts.map((p) => p.font));
  const fills = appendChildren(fonts.xml, "fills", "fill", parts.map((p) => p.fill));
  const borders = appendChildren(fills.xml, "borders", "border", parts.map((p) => p.border));
  const xfs = parts.map((p, i) => {
    const numFmtId = typeof p.numFmt === "number" ? p.numFmt : nf.ids.get(p.numFmt)!;
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1" applyFill="1" applyBorder="1"${p.align ? ' applyAlignment="1"' : ""}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fonts.indexes[i]}" fillId="${fills.indexes[i]}" borderId="${borders.indexes[i]}" xfId="0"${applies}`;
    return p.align ? `${head}>${p.align}</xf>` : `${head}/>`;
  });
  const cellXfs = appendChildren(borders.xml, "cellXfs", "xf", xfs);
  const statuses = STATUS_STYLES;
  const dxfItems = statuses.map((s) => `<dxf><font><color rgb="${STATUS[s].font}"/></font><fill><patternFill><bgColor rgb="${STATUS[s].fill}"/></patternFill></fill></dxf>`);
  const dxfs = appendChildren(cellXfs.xml, "dxfs", "dxf", dxfItems);
  const cell = Object.fromEntries(names.map((n, i) => [n, cellXfs.indexes[i]])) as Record<SpecStyle, number>;
  const dxf = Object.fromEntries(statuses.map((s, i) => [s, dxfs.indexes[i]])) as Record<StatusStyle, number>;
  return { xml: dxfs.xml, indexes: { cell, dxf } };
}
