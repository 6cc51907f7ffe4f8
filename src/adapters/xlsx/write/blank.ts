/**
 * A new workbook for the package writer to add sheets to (`pmo-rulebook new`): the smallest package
 * Excel and LibreOffice accept once at least one sheet is added — workbook, styles, core and app
 * properties and their relationships — with no sheet of its own. Its bytes are always the same.
 */
import { strToU8 } from "fflate";
import { addSheetsToXlsx, type AddSheetsOptions } from "./index";
import { CT } from "./package";
import { newEntry, writeZip } from "./zip";
import type { WriteResult } from "../../../workbook/port";
import type { SheetSpec } from "../../../workbook/sheet-spec";

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const PARTS: [string, string][] = [
  [
    "[Content_Types].xml",
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
      `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
      `</Types>`,
  ],
  [
    "_rels/.rels",
    `${XML}<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="${DOC_REL}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
      `<Relationship Id="rId3" Type="${DOC_REL}/extended-properties" Target="docProps/app.xml"/>` +
      `</Relationships>`,
  ],
  [
    "docProps/core.xml",
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
      `<dc:title>Portfolio submission</dc:title><dc:creator>PMO Rulebook</dc:creator></cp:coreProperties>`,
  ],
  ["docProps/app.xml", `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>PMO Rulebook</Application></Properties>`],
  [
    "xl/workbook.xml",
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>`,
  ],
  ["xl/_rels/workbook.xml.rels", `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${DOC_REL}/styles" Target="styles.xml"/></Relationships>`],
  [
    "xl/styles.xml",
    `${XML}<styleSheet xmlns="${MAIN}">` +
      `<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`,
  ],
];

/** The package with no sheet (not a workbook Excel opens until a sheet is added). */
export function blankPackage(): Uint8Array {
  return writeZip(PARTS.map(([name, text]) => newEntry(name, strToU8(text))));
}

/** A new workbook made of `specs` (the first one is the active tab). */
export function newWorkbookXlsx(specs: SheetSpec[], opts: Pick<AddSheetsOptions, "embeddedRuleset"> = {}): { bytes: Uint8Array; result: WriteResult } {
  if (specs.length === 0) throw new Error("A new workbook needs at least one sheet.");
  const { bytes, result } = addSheetsToXlsx(blankPackage(), specs, opts);
  return { bytes, result };
}
