/**
 * The small parts of a package, read namespace-aware with @xmldom/xmldom (whatever the producer's
 * spelling: prefixes, quotes, `<sheet></sheet>`): the workbook's sheets, date system and defined names,
 * relationships, styles' number formats, tables. The shared strings can be large, so they get a scan
 * of their own over the text.
 */
import type { DefinedNameInfo, TableInfo } from "../../../workbook/grid";
import { NS, childElements, decodePart, firstChildElement, parseXml, type Element } from "../write/xml-dom";
import type { SheetStyles } from "./sheet-scan";
import { decodeEntities, decodeEscapes } from "./text";
import type { PackageZip } from "./zip";

const REL_STRICT = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const WORKSHEET_TYPE = /\/worksheet$/;

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name, resolved against the source part. */
  target: string;
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function parsePart(zip: PackageZip, name: string): Element | undefined {
  const bytes = zip.bytes(name);
  if (!bytes) return undefined;
  return parseXml(decodePart(bytes), zip.entry(name)!.name).documentElement ?? undefined;
}

/** The internal relationships of a part, in document order. */
export function relationships(zip: PackageZip, part: string): Relationship[] {
  const slash = part.lastIndexOf("/");
  const root = parsePart(zip, `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
  if (!root) return [];
  const out: Relationship[] = [];
  for (const el of childElements(root, NS.packageRel, "Relationship")) {
    const id = el.getAttribute("Id");
    const target = el.getAttribute("Target");
    if (!id || !target || el.getAttribute("TargetMode") === "External") continue;
    let decoded = target;
    try {
      decoded = decodeURIComponent(target);
    } catch {
      // A malformed escape is kept as written.
    }
    out.push({ id, type: el.getAttribute("Type") ?? "", target: resolvePath(part, decoded) });
  }
  return out;
}

export interface WorkbookSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** The worksheet part, or undefined for a chartsheet or a sheet without a part. */
  part?: string;
}

export interface WorkbookInfo {
  part: string;
  sheets: WorkbookSheet[];
  date1904: boolean;
  names: DefinedNameInfo[];
  /** `<calcPr fullCalcOnLoad="1">`: the producer asks Excel to recalculate, so stored formula results are not trusted. */
  recalculateOnLoad: boolean;
}

/** The workbook part: where the package's relationships say, else xl/workbook.xml. */
export function readWorkbook(zip: PackageZip): WorkbookInfo {
  const office = relationships(zip, "").find((r) => /\/officeDocument$/.test(r.type));
  const part = office && zip.entry(office.target) ? office.target : "xl/workbook.xml";
  const root = parsePart(zip, part);
  if (!root) throw new Error(otherPackage(zip) ?? "has no workbook part (xl/workbook.xml), so it is not an Excel workbook");
  if (root.namespaceURI === NS.strictMain) throw new Error('it is saved as Strict Open XML, which this reader does not read; save it in Excel as an "Excel Workbook (.xlsx)"');
  if (root.namespaceURI !== NS.main || root.localName !== "workbook") throw new Error(`its workbook part ${zip.entry(part)!.name} is not a SpreadsheetML workbook`);
  const ns = NS.main;
  const rels = new Map(relationships(zip, part).map((r) => [r.id, r]));
  const sheets: WorkbookSheet[] = [];
  const block = firstChildElement(root, ns, "sheets");
  for (const el of block ? childElements(block, ns, "sheet") : []) {
    const rid = el.getAttributeNS(NS.officeRel, "id") ?? el.getAttributeNS(REL_STRICT, "id");
    const rel = rid ? rels.get(rid) : undefined;
    const st = el.getAttribute("state");
    const part = rel && WORKSHEET_TYPE.test(rel.type) ? rel.target : undefined;
    sheets.push({ name: el.getAttribute("name") ?? "", state: st === "hidden" ? "hidden" : st === "veryHidden" ? "veryHidden" : "visible", ...(part ? { part } : {}) });
  }
  const pr = firstChildElement(root, ns, "workbookPr");
  const d1904 = pr?.getAttribute("date1904");
  const full = firstChildElement(root, ns, "calcPr")?.getAttribute("fullCalcOnLoad");
  return { part, sheets, date1904: d1904 === "1" || d1904 === "true", names: definedNames(root, sheets), recalculateOnLoad: full === "1" || full === "true" };
}

/**
 * What a zip without a workbook part is, when it says (ODF packages name their type in a first entry
 * `mimetype`, ISO/IEC 26300 §3.3): the fix to tell the user, else undefined.
 */
function otherPackage(zip: PackageZip): string | undefined {
  const type = zip.entry("mimetype") ? new TextDecoder().decode(zip.bytes("mimetype")).trim() : "";
  if (type === "application/vnd.oasis.opendocument.spreadsheet") return 'it is an OpenDocument spreadsheet (.ods); open it in LibreOffice or Excel and save it as an "Excel Workbook (.xlsx)"';
  if (type.startsWith("application/vnd.oasis.opendocument.")) return "it is an OpenDocument file, not a spreadsheet";
  return undefined;
}

/** The defined names; a sheet-scoped name says its sheet. */
function definedNames(root: Element, sheets: WorkbookSheet[]): DefinedNameInfo[] {
  const block = firstChildElement(root, NS.main, "definedNames");
  if (!block) return [];
  return childElements(block, NS.main, "definedName").map((el) => {
    const local = el.getAttribute("localSheetId");
    // A scope that names no sheet still makes the name sheet-scoped, never workbook-scoped.
    const sheet = local === null || local === "" ? undefined : (sheets[Number(local)]?.name ?? "");
    return { name: el.getAttribute("name") ?? "", formula: el.textContent ?? "", ...(sheet === undefined ? {} : { sheet }) };
  });
}

function withoutTotals(ref: string, totals: number): string {
  const m = /^([A-Z]+\d+):([A-Z]+)(\d+)$/.exec(ref);
  if (!m || totals <= 0) return ref;
  return `${m[1]}:${m[2]}${Math.max(+m[3] - totals, +(/\d+$/.exec(m[1])?.[0] ?? m[3]))}`;
}

/** The Excel Tables of a sheet part, in the order its relationships list them. */
export function readTables(zip: PackageZip, sheetName: string, sheetPart: string): TableInfo[] {
  const out: TableInfo[] = [];
  for (const rel of relationships(zip, sheetPart)) {
    if (!/^xl\/tables\//i.test(rel.target) || !zip.entry(rel.target)) continue;
    const root = parsePart(zip, rel.target);
    if (!root || root.localName !== "table") continue;
    const ref = root.getAttribute("ref");
    if (!ref) continue;
    // A table's totals row is part of its ref but holds no record; the range handed on stops above it.
    const totals = Number(root.getAttribute("totalsRowCount") ?? "0") || 0;
    out.push({ name: root.getAttribute("displayName") || root.getAttribute("name") || rel.target, sheet: sheetName, ref: withoutTotals(ref, totals), hasHeader: root.getAttribute("headerRowCount") !== "0" });
  }
  return out;
}

/** Excel's built-in number formats that have one code in every locale (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN: Record<number, string> = {
  0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss",
  22: 'm/d/yy "h":mm', 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)", 40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Whether a number format shows a date or time: a date part outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Each cell style's number format. A custom id the part never defines has no format (it reads as General). */
export function readStyles(zip: PackageZip): SheetStyles {
  const styles: SheetStyles = { formats: [], dates: [] };
  const root = parsePart(zip, "xl/styles.xml");
  if (!root) return styles;
  const ns = root.namespaceURI ?? NS.main;
  const custom = new Map<number, string>();
  const numFmts = firstChildElement(root, ns, "numFmts");
  for (const el of numFmts ? childElements(numFmts, ns, "numFmt") : []) {
    const code = el.getAttribute("formatCode");
    // A backslash-escaped character is that character (`YYYY\-MM\-DD` is `YYYY-MM-DD`), as the grids have always had it.
    if (code) custom.set(parseInt(el.getAttribute("numFmtId") ?? "", 10), code.replace(/\\(.)/g, "$1"));
  }
  const xfs = firstChildElement(root, ns, "cellXfs");
  for (const el of xfs ? childElements(xfs, ns, "xf") : []) {
    const id = parseInt(el.getAttribute("numFmtId") ?? "", 10);
    const format = id ? (custom.get(id) ?? BUILT_IN[id]) : undefined;
    styles.formats.push(format);
    styles.dates.push(isDateFormat(format));
  }
  return styles;
}

const SST_TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(si|t|rPh)(?=[\s/>])(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->/g;

/** The shared strings: each item's text (its runs joined, phonetic guides left out). */
export function readSharedStrings(zip: PackageZip, workbookPart: string): string[] {
  const rel = relationships(zip, workbookPart).find((r) => /\/sharedStrings$/.test(r.type));
  const bytes = zip.bytes(rel && zip.entry(rel.target) ? rel.target : "xl/sharedStrings.xml");
  if (!bytes) return [];
  const xml = decodePart(bytes);
  const out: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let text = "";
  let from = 0;
  SST_TAG.lastIndex = 0;
  for (let m = SST_TAG.exec(xml); m; m = SST_TAG.exec(xml)) {
    if (inText && m.index > from) text += xml.slice(from, m.index);
    from = SST_TAG.lastIndex;
    if (m[4] !== undefined) {
      if (inText) text += m[4].replace(/&/g, "&amp;");
      continue;
    }
    const name = m[2];
    if (name === undefined) continue;
    const closing = m[1] === "/";
    const empty = m[3] === "/";
    if (name === "si") {
      if (!closing) {
        inItem = true;
        text = "";
        phonetic = 0;
        if (empty) out.push("");
      }
      if (closing || empty) {
        if (!empty) out.push(decodeEscapes(decodeEntities(text)));
        inItem = false;
        inText = false;
      }
    } else if (name === "rPh") {
      if (!empty) phonetic += closing ? -1 : 1;
    } else if (inItem && phonetic === 0) {
      inText = !closing && !empty;
    }
  }
  return out;
}
