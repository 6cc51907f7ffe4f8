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
 *
 * A sheet the user renamed or edited is the user's, even though Excel carries a rename into the
 * marker name. So a writer also stores a record, the name `_PMORulebook_Written_<K>` with the
 * constant text `"<digest> <tab name>"`: the tab name it wrote and a digest of the cell values
 * (src/core/generated/digest.ts). A marked sheet whose tab name differs from the record, or whose
 * values no longer give the digest, is not the product's: it is left, and a fresh sheet is written.
 * A marker without a record (a writer that stores none, or a file written before records existed)
 * claims its sheet as before.
 */

/** Prefix of the workbook names that map each generated sheet's key to the sheet. */
export const GENERATED_NAME_PREFIX = "_PMORulebook_Generated_";

/** The marker name for a sheet key; characters a defined name cannot hold become "_". */
export function markerName(key: string): string {
  return GENERATED_NAME_PREFIX + key.replace(/[^A-Za-z0-9_]/g, "_");
}

/**
 * Keys of the sheets an import writes (Projects, Assignments… read from a Project XML file) start
 * with this. They are the product's to replace, like its report sheets, but they are portfolio data:
 * the reader reads them like the user's own sheets (src/core/generated/sheets.ts).
 */
export const IMPORT_KEY_PREFIX = "import-";

/** Whether a marker name claims a sheet of imported data (a key starting IMPORT_KEY_PREFIX). */
export function isDataMarkerName(name: string): boolean {
  return name.toLowerCase().startsWith(markerName(IMPORT_KEY_PREFIX).toLowerCase());
}

/** Prefix of the names that record the tab name and the digest each generated sheet was written with. */
export const RECORD_NAME_PREFIX = "_PMORulebook_Written_";

/** The record name for a key: the marker name with the record prefix. */
export function recordName(key: string): string {
  return RECORD_NAME_PREFIX + markerName(key).slice(GENERATED_NAME_PREFIX.length);
}

export function isRecordName(name: string): boolean {
  return name.toLowerCase().startsWith(RECORD_NAME_PREFIX.toLowerCase());
}

/** The record's value: a formula constant, so Excel never rewrites it. @example recordFormula("0123456789abcdef", "Findings") // '"0123456789abcdef Findings"' */
export function recordFormula(digest: string, sheet: string): string {
  return `"${digest} ${sheet.replace(/"/g, '""')}"`;
}

/** The digest and tab name in a record's value (with or without "="), or null when it is not one. */
export function parseRecord(formula: string): { digest: string; sheet: string } | null {
  const m = /^=?\s*"([0-9a-f]{16}) ((?:[^"]|"")*)"\s*$/.exec(formula);
  return m ? { digest: m[1], sheet: m[2].replace(/""/g, '"') } : null;
}

/**
 * The digest of a sheet's current cell values, or undefined when the caller cannot see them (then
 * only the tab name is compared with the record).
 */
export type DigestOf = (sheetName: string) => string | undefined;

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
export function sheetsOwnedFor(names: MarkerName[], sheetNames: string[], keys: string[], digestOf?: DigestOf): Map<string, string> {
  const wanted = new Set(keys.map((k) => markerName(k).toLowerCase()));
  const owned = new Map<string, string>();
  for (const [sheet, name] of claimedSheets(names, sheetNames, digestOf)) if (wanted.has(name.toLowerCase())) owned.set(sheet, name);
  return owned;
}

/**
 * Every sheet the product's marker names claim, whatever the key: lower-cased sheet name -> marker
 * name. A marked sheet that was renamed or edited since it was written (see the module comment) is
 * not claimed.
 */
export function claimedSheets(names: MarkerName[], sheetNames: string[], digestOf?: DigestOf): Map<string, string> {
  const existing = new Map(sheetNames.map((s) => [s.toLowerCase(), s]));
  const records = new Map(names.filter((n) => isRecordName(n.name)).map((n) => [n.name.slice(RECORD_NAME_PREFIX.length).toLowerCase(), n.formula]));
  const claimed = new Map<string, string>();
  for (const n of names) {
    if (!isMarkerName(n.name)) continue;
    const target = sheetOfFormula(n.formula);
    const sheet = target === null ? undefined : existing.get(target.toLowerCase());
    if (sheet === undefined) continue;
    const recorded = records.get(n.name.slice(GENERATED_NAME_PREFIX.length).toLowerCase());
    const record = recorded === undefined ? null : parseRecord(recorded);
    if (record) {
      if (record.sheet !== sheet) continue;
      const digest = digestOf?.(sheet);
      if (digest !== undefined && digest !== record.digest) continue;
    }
    claimed.set(sheet.toLowerCase(), n.name);
  }
  return claimed;
}

/**
 * Marker names a write must delete before adding its own: those of the keys being written (they are
 * re-created for the new sheets) and any left pointing at no sheet (a user deleted the sheet), and
 * the records of those markers. Markers of other keys that still point at a sheet stay, with their
 * sheets and records.
 */
export function staleMarkerNames(names: MarkerName[], sheetNames: string[], keys: string[]): string[] {
  const wanted = new Set(keys.map((k) => markerName(k).toLowerCase()));
  const existing = new Set(sheetNames.map((s) => s.toLowerCase()));
  const stale = names
    .filter((n) => isMarkerName(n.name))
    .filter((n) => {
      const sheet = sheetOfFormula(n.formula);
      return wanted.has(n.name.toLowerCase()) || sheet === null || !existing.has(sheet.toLowerCase());
    })
    .map((n) => n.name);
  // A record goes with its marker: when the marker goes, or when there is none.
  const keyOf = (name: string, prefix: string) => name.slice(prefix.length).toLowerCase();
  const kept = new Set(names.filter((n) => isMarkerName(n.name) && !stale.includes(n.name)).map((n) => keyOf(n.name, GENERATED_NAME_PREFIX)));
  const staleRecords = names.filter((n) => isRecordName(n.name) && !kept.has(keyOf(n.name, RECORD_NAME_PREFIX))).map((n) => n.name);
  return [...stale, ...staleRecords];
}
