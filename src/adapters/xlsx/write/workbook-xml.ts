/**
 * Reading and rewriting the parts of xl/workbook.xml the writer must change: the sheet list, the
 * defined names and the indexes that point into the sheet list (localSheetId, activeTab, firstSheet).
 * Every other byte of workbook.xml is kept as it was.
 */
import { attr, decodeXml, escapeXml } from "./xml";

export interface SheetEntry {
  /** The <sheet .../> tag exactly as found, so surviving sheets are written back unchanged. */
  tag: string;
  name: string;
  sheetId: number;
  relId: string;
  state?: string;
}

export interface DefinedName {
  tag: string;
  name: string;
  /** What the name refers to, e.g. "'My Sheet'!$A$1". */
  formula: string;
  localSheetId?: number;
}

export function parseSheets(workbookXml: string): SheetEntry[] {
  const block = /<sheets\b[^>]*>([\s\S]*?)<\/sheets>/.exec(workbookXml);
  if (!block) return [];
  return [...block[1].matchAll(/<sheet\b[^>]*\/>/g)].map((m) => ({
    tag: m[0],
    name: attr(m[0], "name") ?? "",
    sheetId: Number(attr(m[0], "sheetId") ?? 0),
    relId: /\s[\w-]+:id="([^"]*)"/.exec(m[0])?.[1] ?? "",
    state: attr(m[0], "state"),
  }));
}

export function parseDefinedNames(workbookXml: string): DefinedName[] {
  const block = /<definedNames\b[^>]*>([\s\S]*?)<\/definedNames>/.exec(workbookXml);
  if (!block) return [];
  return [...block[1].matchAll(/<definedName\b[^>]*\/>|<definedName\b[^>]*>[\s\S]*?<\/definedName>/g)].map((m) => {
    const local = attr(m[0], "localSheetId");
    const open = /^<definedName\b[^>]*>/.exec(m[0])?.[0] ?? "";
    const formula = m[0].endsWith("/>") && !m[0].includes("</definedName>") ? "" : decodeXml(m[0].slice(open.length, -"</definedName>".length));
    return { tag: m[0], name: attr(m[0], "name") ?? "", formula, localSheetId: local === undefined ? undefined : Number(local) };
  });
}

export function isDate1904(workbookXml: string): boolean {
  const pr = /<workbookPr\b[^>]*>/.exec(workbookXml)?.[0];
  const v = pr ? attr(pr, "date1904") : undefined;
  return v === "1" || v === "true";
}

export function sheetTag(name: string, sheetId: number, relId: string, state?: "hidden" | "veryHidden"): string {
  return `<sheet name="${escapeXml(name)}" sheetId="${sheetId}"${state ? ` state="${state}"` : ""} r:id="${relId}"/>`;
}

export function definedNameTag(name: string, value: string, opts: { localSheetId?: number; hidden?: boolean } = {}): string {
  const local = opts.localSheetId === undefined ? "" : ` localSheetId="${opts.localSheetId}"`;
  return `<definedName name="${escapeXml(name)}"${local}${opts.hidden ? ' hidden="1"' : ""}>${escapeXml(value)}</definedName>`;
}

/** Sets hidden="1" on a name's tag (LibreOffice re-saves the product's names with hidden="false"). */
export function hideName(tag: string): string {
  if (/^<definedName\b[^>]*\shidden="(1|true)"/.test(tag)) return tag;
  const open = /^<definedName\b[^>]*?(\/?)>/.exec(tag)!;
  const attrs = open[0].replace(/\shidden="[^"]*"/, "").replace(/\s*\/?>$/, "");
  return `${attrs} hidden="1"${open[1] ? "/" : ""}>${tag.slice(open[0].length)}`;
}

/** Moves a name's localSheetId to the sheet's new position. */
export function relocateName(tag: string, localSheetId: number): string {
  return tag.replace(/(<definedName\b[^>]*\slocalSheetId=")\d+(")/, `$1${localSheetId}$2`);
}

/**
 * Writes the new sheet list and defined names into workbook.xml, remapping the indexes of bookViews
 * through `indexMap` (old sheet position -> new position; -1 when the sheet was removed).
 */
export function rewriteWorkbook(workbookXml: string, sheetTags: string[], nameTags: string[], indexMap: number[]): string {
  let xml = workbookXml.replace(/(<sheets\b[^>]*>)[\s\S]*?(<\/sheets>)/, (_m, open: string, close: string) => open + sheetTags.join("") + close);
  const names = nameTags.length ? `<definedNames>${nameTags.join("")}</definedNames>` : "";
  if (/<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/.test(xml)) {
    xml = xml.replace(/<definedNames\b[^>]*>[\s\S]*?<\/definedNames>|<definedNames\s*\/>/, () => names);
  } else if (names) {
    // CT_Workbook order: sheets, functionGroups, externalReferences, definedNames.
    const after = ["</externalReferences>", "</functionGroups>", "</sheets>"].find((t) => xml.includes(t))!;
    xml = xml.replace(after, () => after + names);
  }
  return xml.replace(/<workbookView\b[^>]*>/g, (tag) =>
    tag.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (m, key: string, v: string) => {
      const mapped = indexMap[Number(v)];
      const next = mapped === undefined || mapped < 0 ? 0 : mapped;
      return next === Number(v) ? m : ` ${key}="${next}"`;
    }),
  );
}
