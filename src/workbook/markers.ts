/**
 * How a writer knows which sheets are the product's own. Both writers (the package-level file writer
 * and the Office.js writer) use this one rule, so a file and Excel always agree:
 *
 * a sheet is the product's generated sheet for key K when the workbook-scoped defined name
 * `_PMORulebook_Generated_<K>` refers to it.
 *
 * The marker text in a sheet's first rows (GENERATED_MARKER) is not enough: Excel's "Move or Copy"
 * copies the text but leaves the workbook name pointing at the original, so a PMO's snapshot copy of
 * last month's summary is the user's, not ours. A copy may get a sheet-scoped duplicate of the name;
 * only the workbook-scoped one counts. Excel and LibreOffice keep the name on re-save (LibreOffice
 * clears its hidden flag, which is why hidden is not required; the next write hides it again).
 */

/** Prefix of the workbook names that map each generated sheet's key to the sheet. */
export const GENERATED_NAME_PREFIX = "_PMORulebook_Generated_";

/** The marker name for a sheet key; characters a defined name cannot hold become "_". */
export function markerName(key: string): string {
  return GENERATED_NAME_PREFIX + key.replace(/[^A-Za-z0-9_]/g, "_");
}

/** Whether a defined name is one of the product's marker names (Excel compares names ignoring case). */
export function isMarkerName(name: string): boolean {
  return name.toLowerCase().startsWith(GENERATED_NAME_PREFIX.toLowerCase());
}

/**
 * The sheet a marker name refers to ("='My Sheet'!$A$1" or "'My Sheet'!$A$1" -> "My Sheet"), or null
 * when the reference is broken (#REF!, the sheet was deleted) or is not a sheet reference.
 */
export function sheetOfFormula(formula: string): string | null {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  const bang = body.lastIndexOf("!");
  if (bang <= 0 || body.includes("#REF!")) return null;
  const sheet = body.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}

export interface MarkerName {
  name: string;
  /** The name's reference, with or without a leading "=". */
  formula: string;
}

/**
 * The product's sheets among `sheetNames` for the given keys: lower-cased sheet name -> the marker
 * name that claims it. `names` must be the workbook-scoped names only. A sheet claimed for a key not
 * in `keys` is left out: a write replaces only the sheets of the keys it writes.
 */
export function sheetsOwnedFor(names: MarkerName[], sheetNames: string[], keys: string[]): Map<string, string> {
  const wanted = new Set(keys.map((k) => markerName(k).toLowerCase()));
  const existing = new Set(sheetNames.map((s) => s.toLowerCase()));
  const owned = new Map<string, string>();
  for (const n of names) {
    if (!wanted.has(n.name.toLowerCase())) continue;
    const sheet = sheetOfFormula(n.formula)?.toLowerCase();
    if (sheet !== undefined && existing.has(sheet)) owned.set(sheet, n.name);
  }
  return owned;
}

/**
 * Marker names a write must delete before adding its own: those of the keys being written (they are
 * re-created for the new sheets) and any left pointing at no sheet (a user deleted the sheet).
 * Markers of other keys that still point at a sheet stay, with their sheets.
 */
export function staleMarkerNames(names: MarkerName[], sheetNames: string[], keys: string[]): string[] {
  const wanted = new Set(keys.map((k) => markerName(k).toLowerCase()));
  const existing = new Set(sheetNames.map((s) => s.toLowerCase()));
  return names
    .filter((n) => isMarkerName(n.name))
    .filter((n) => {
      const sheet = sheetOfFormula(n.formula);
      return wanted.has(n.name.toLowerCase()) || sheet === null || !existing.has(sheet.toLowerCase());
    })
    .map((n) => n.name);
}
