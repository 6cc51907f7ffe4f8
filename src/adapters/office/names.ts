/**
 * Names shared with the file writer: the hidden workbook name that marks each generated sheet
 * (`_PMORulebook_Generated_<key>` referring to the sheet's A1), and sheet-name quoting for references.
 */

/** Same prefix as src/adapters/xlsx/write, so a file and Excel agree on which sheets are generated. */
export const GENERATED_NAME_PREFIX = "_PMORulebook_Generated_";

export function markerName(key: string): string {
  return GENERATED_NAME_PREFIX + key.replace(/[^A-Za-z0-9_]/g, "_");
}

/** 'My Sheet' for names Excel must quote in a reference; plain identifiers stay bare. */
export function quoteSheetName(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** The sheet a marker name's formula points at ("='My Sheet'!$A$1" -> "My Sheet"), or null for #REF!. */
export function sheetOfFormula(formula: string): string | null {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const bang = body.lastIndexOf("!");
  if (bang < 0 || body.includes("#REF!")) return null;
  const sheet = body.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
