/**
 * The smallest .xlsx package the package writer can add sheets to: a workbook part with no sheets,
 * its relationships, content types and a minimal styles part at the name every reader expects
 * (xl/styles.xml; ExcelJS reads no other). An import into a new file starts from it; the writer then
 * adds the imported sheets, so the file Excel opens always has at least one sheet.
 */
import { strToU8 } from "fflate";
import { MINIMAL_STYLES } from "../xlsx/write/styles";
import { newEntry, writeZip } from "../xlsx/write/zip";

const PARTS: [string, string][] = [
  [
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
  ],
  [
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ],
  [
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets/></workbook>',
  ],
  [
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  ],
  ["xl/styles.xml", MINIMAL_STYLES],
];

/** The bytes of an empty workbook package (identical every time). */
export function blankWorkbook(): Uint8Array {
  return writeZip(PARTS.map(([name, text]) => newEntry(name, strToU8(text))));
}
