/**
 * Decides, from what the first sync loaded, which sheets this write replaces (those that the workbook
 * name `_PMORulebook_Generated_<key>` of a key being written points at, see src/workbook/markers.ts;
 * or the "_PMORulebook" ruleset sheet in a ruleset write), what each new sheet will be called, and
 * under which temporary names they are built. Pure, so it is tested without Excel. A sheet is never
 * treated as ours because of its name or its text alone.
 */
import { EMBEDDED_RULESET_SHEET, type SheetSpec } from "../../workbook/sheet-spec";
import { pickSheetName, pickTableName } from "../xlsx/write/names";
import { isMarkerName, markerName, sheetsOwnedFor, staleMarkerNames } from "../../workbook/markers";

export interface WorkbookSnapshot {
  sheets: { name: string; visibility: string }[];
  names: { name: string; formula: string }[];
  tables: { name: string; sheet: string }[];
}

export interface PlannedSheet {
  spec: SheetSpec;
  embedded: boolean;
  tempName: string;
  finalName: string;
  /** Table name in the spec -> workbook-unique final name. */
  tableNames: Map<string, string>;
}

export interface WritePlan {
  sheets: PlannedSheet[];
  /** The product's existing sheets this write replaces. */
  replaced: string[];
  /** Those of them that are VeryHidden: Excel refuses to delete them until they are made Hidden. */
  veryHidden: string[];
  /** Marker names to delete (those of the keys written, re-created by the swap, and those left pointing at #REF!). */
  staleNames: string[];
  /** Tab position for the first report sheet, counted among the sheets that remain. */
  insertAt: number;
  notes: string[];
}

/**
 * @param mode "report" replaces the generated sheets of the keys in `specs` (other generated sheets,
 *   such as the submission stamp, stay); "ruleset" replaces only the ruleset sheet.
 * @param token distinguishes this write's temporary names from anything else in the workbook
 */
export function planWrite(snapshot: WorkbookSnapshot, specs: SheetSpec[], mode: "report" | "ruleset", token: string): WritePlan {
  const lower = (s: string) => s.toLowerCase();
  const sheetNames = snapshot.sheets.map((s) => s.name);
  const keys = mode === "report" ? specs.filter((s) => s.key !== EMBEDDED_RULESET_SHEET).map((s) => s.key) : [];
  const replacedSet = new Set(sheetsOwnedFor(snapshot.names, sheetNames, keys).keys());
  // The ruleset sheet is never replaced by a report write, even if a marker pointed at it.
  replacedSet.delete(lower(EMBEDDED_RULESET_SHEET));
  if (mode === "ruleset" && sheetNames.some((n) => lower(n) === lower(EMBEDDED_RULESET_SHEET))) replacedSet.add(lower(EMBEDDED_RULESET_SHEET));

  const replaced = snapshot.sheets.filter((s) => replacedSet.has(lower(s.name))).map((s) => s.name);
  const staleNames = staleMarkerNames(snapshot.names, sheetNames, keys);

  const taken = new Set(snapshot.sheets.filter((s) => !replacedSet.has(lower(s.name))).map((s) => lower(s.name)));
  const takenTables = new Set([
    ...snapshot.tables.filter((t) => !replacedSet.has(lower(t.sheet))).map((t) => lower(t.name)),
    ...snapshot.names.filter((n) => !isMarkerName(n.name)).map((n) => lower(n.name)),
  ]);
  const notes: string[] = [];
  const sheets = specs.map((spec, i): PlannedSheet => {
    const embedded = spec.key === EMBEDDED_RULESET_SHEET;
    const finalName = embedded ? EMBEDDED_RULESET_SHEET : pickSheetName(spec.name, taken);
    taken.add(lower(finalName));
    if (!embedded && finalName !== spec.name) notes.push(`A sheet of yours is already named "${spec.name}", so the ${spec.key} sheet was written as "${finalName}".`);
    const tableNames = new Map<string, string>();
    for (const t of spec.tables ?? []) {
      const name = pickTableName(t.name, takenTables);
      takenTables.add(lower(name));
      tableNames.set(t.name, name);
    }
    return { spec, embedded, tempName: tempSheetName(i, token), finalName, tableNames };
  });

  const firstReplaced = snapshot.sheets.findIndex((s) => replacedSet.has(lower(s.name)) && lower(s.name) !== lower(EMBEDDED_RULESET_SHEET));
  const insertAt = firstReplaced < 0 ? snapshot.sheets.length - replaced.length : snapshot.sheets.slice(0, firstReplaced).filter((s) => !replacedSet.has(lower(s.name))).length;
  const veryHidden = snapshot.sheets.filter((s) => replacedSet.has(lower(s.name)) && s.visibility === "VeryHidden").map((s) => s.name);
  return { sheets, replaced, veryHidden, staleNames, insertAt, notes };
}

export { markerName };

/** The name a new sheet is built under; "~<token>" at the end is how a failed write finds its leftovers. */
export function tempSheetName(index: number, token: string): string {
  return `PMO~${index}~${token}`;
}
