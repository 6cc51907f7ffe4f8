/**
 * Valid (or deliberately hostile) spellings of a workbook package that other producers write, made
 * from any .xlsx by editing its parts as text. Used by the writer's tests and by the corpus
 * generator (scripts/corpus/generate-variants.ts), so each case is described once.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export type Files = Record<string, Uint8Array>;

/** Applies text edits to parts of a package. */
export function editParts(bytes: Uint8Array, edits: Record<string, (xml: string) => string>): Uint8Array {
  const files = unzipSync(bytes);
  for (const [part, change] of Object.entries(edits)) {
    if (!files[part]) throw new Error(`no part ${part}`);
    files[part] = strToU8(change(strFromU8(files[part])));
  }
  return zipSync(files);
}

/** `<sheet …/>` written as `<sheet …></sheet>`, as XML canonicalisers do. */
export const openCloseSheets = (bytes: Uint8Array) => editParts(bytes, { "xl/workbook.xml": (x) => x.replace(/<sheet\b([^>]*?)\s*\/>/g, "<sheet$1></sheet>") });

/** Every attribute of every start tag single-quoted. */
export function singleQuote(xml: string): string {
  return xml.replace(/(<[A-Za-z][^>]*>)/g, (tag) => tag.replace(/="([^"]*)"/g, "='$1'"));
}

export const singleQuotedParts = (bytes: Uint8Array) =>
  editParts(bytes, { "xl/_rels/workbook.xml.rels": singleQuote, "xl/workbook.xml": singleQuote, "[Content_Types].xml": singleQuote, "xl/styles.xml": singleQuote });

/** The r: prefix declared on each `<sheet>` instead of the root, as openpyxl writes it. */
export const rPrefixPerSheet = (bytes: Uint8Array) =>
  editParts(bytes, { "xl/workbook.xml": (x) => x.replace(` xmlns:r="${R}"`, "").replace(/<sheet /g, `<sheet xmlns:r="${R}" `) });

/** SpreadsheetML with the x: prefix on every element, as the Open XML SDK can write it. */
export function xPrefixed(xml: string): string {
  return xml.replace(/<(\/?)(?![?!])([a-zA-Z]+)([\s>/])/g, "<$1x:$2$3").replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"');
}

export const xPrefixedWorkbook = (bytes: Uint8Array) => editParts(bytes, { "xl/workbook.xml": xPrefixed, "xl/styles.xml": xPrefixed });

/** The first sheet's relationship spells its part in another letter case ("Sheet1.XML"). */
export const partNameCase = (bytes: Uint8Array) => editParts(bytes, { "xl/_rels/workbook.xml.rels": (x) => x.replace("worksheets/sheet1.xml", "worksheets/Sheet1.XML") });

/**
 * Cells styled with custom number-format ids 164 and 165 that styles.xml never defines (some
 * generators write those): the budget column of the first sheet uses 164, the date column 165.
 * `cells` lists the A1 references to restyle on xl/worksheets/sheet1.xml.
 */
export function undefinedFormatIds(bytes: Uint8Array, cells: { ref: string; id: 164 | 165 }[]): Uint8Array {
  const files = unzipSync(bytes);
  let styles = strFromU8(files["xl/styles.xml"]).replace(/<numFmts\b[\s\S]*?<\/numFmts>|<numFmts\b[^>]*\/>/, "");
  const count = [...(/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(/<xf\b/g)].length;
  const extra = `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`;
  styles = styles.replace(/(<cellXfs\b[^>]*?)(?:\scount="\d+")?>([\s\S]*?)<\/cellXfs>/, (_m, open: string, inner: string) => `${open} count="${count + 2}">${inner}${extra}</cellXfs>`);
  files["xl/styles.xml"] = strToU8(styles);
  let sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
  for (const { ref, id } of cells) {
    const s = id === 164 ? count : count + 1;
    sheet = sheet.replace(new RegExp(`<c r="${ref}"( s="\\d+")?`), `<c r="${ref}" s="${s}"`);
  }
  files["xl/worksheets/sheet1.xml"] = strToU8(sheet);
  return zipSync(files);
}

/** A macro-enabled package (.xlsm): the main part's content type and a VBA project part. */
export function macroEnabled(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const ct = strFromU8(files["[Content_Types].xml"])
    .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  files["[Content_Types].xml"] = strToU8(ct);
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    strFromU8(files["xl/_rels/workbook.xml.rels"]).replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
  );
  // Not a real VBA project (a compound file Excel would run); a stand-in whose bytes must survive.
  files["xl/vbaProject.bin"] = strToU8("PMO Rulebook test stand-in for a VBA project: these bytes must survive unchanged.");
  return zipSync(files);
}

/** Review › Protect Workbook with "Structure" on. */
export const structureProtected = (bytes: Uint8Array) =>
  editParts(bytes, {
    "xl/workbook.xml": (x) => {
      const after = /<workbookPr\b[^>]*\/>|<workbookPr\b[^>]*>[\s\S]*?<\/workbookPr>/.exec(x);
      const tag = '<workbookProtection lockStructure="1"/>';
      return after ? x.replace(after[0], after[0] + tag) : x.replace(/<bookViews|<sheets/, (m) => tag + m);
    },
  });

/** What Excel does on renaming a tab: the sheet entry and every name referring to it follow. */
export const renameLikeExcel = (bytes: Uint8Array, from: string, to: string) =>
  editParts(bytes, { "xl/workbook.xml": (x) => x.replace(`name="${from}"`, `name="${to}"`).split(`'${from}'!`).join(`'${to}'!`).split(`>${from}!`).join(`>'${to}'!`) });
