/**
 * Sheet-name quoting for references. The marker names themselves (`_PMORulebook_Generated_<key>`)
 * and the ownership rule live in src/workbook/markers.ts, shared with the file writer.
 */
export { GENERATED_NAME_PREFIX, markerName, sheetOfFormula } from "../../workbook/markers";

/** 'My Sheet' for names Excel must quote in a reference; plain identifiers stay bare. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
