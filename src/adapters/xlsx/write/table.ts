/** Table parts (Excel Tables / ListObjects) for the tables of a generated sheet. */
import type { SheetSpec, TableSpec } from "../../../workbook/sheet-spec";
import { cellText } from "./worksheet";
import { escapeXml, parseRange } from "./xml";

/**
 * Column names of a table: the text of its header cells, made non-empty and unique as Excel requires
 * (Excel repairs a file whose table columns disagree with the header cells, so the header cells must
 * already hold these texts; core/report writes distinct headers).
 */
export function tableColumnNames(spec: SheetSpec, table: TableSpec): string[] {
  const r = parseRange(table.ref);
  if (!r) return [];
  const seen = new Set<string>();
  const names: string[] = [];
  for (let col = r.left; col <= r.right; col++) {
    const base = cellText(spec.rows[r.top - 1]?.[col - 1]).replace(/[\r\n]+/g, " ").trim() || `Column${col - r.left + 1}`;
    let name = base;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${base}${n}`;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

export function tableXml(spec: SheetSpec, table: TableSpec, id: number, name: string): string {
  const columns = tableColumnNames(spec, table)
    .map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`)
    .join("");
  const count = (columns.match(/<tableColumn /g) ?? []).length;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${table.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${table.ref}"/><tableColumns count="${count}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style ?? "TableStyleMedium2")}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
