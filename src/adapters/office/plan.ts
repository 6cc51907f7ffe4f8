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
  /** `id` (Worksheet.id) tells a replaced sheet from its successor of the same name after a failure. */
  sheets: { name: string; visibility: string; id?: string }[];
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
  /**
   * Temporary sheets left by earlier writes that were interrupted (pane closed, network lost, workbook
   * switched): removed at the start of the swap.
   */
  leftovers: { name: string; visibility: string }[];
  /** Spec key -> the id (or, without one, the name) of the existing sheet of that key this write replaces. */
  oldSheetOf: Map<string, string>;
  /** Ids (or names) of all the sheets this write replaces. */
  replacedIds: string[];
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
export function planWrite(seen: WorkbookSnapshot, specs: SheetSpec[], mode: "report" | "ruleset", token: string): WritePlan {
  const lower = (s: string) => s.toLowerCase();
  let snapshot = seen;
  const isLeftover = (name: string) => TEMP_SHEET.test(name) && !name.endsWith(`~${token}`);
  const leftovers = snapshot.sheets.filter((s) => isLeftover(s.name));
  snapshot = { ...snapshot, sheets: snapshot.sheets.filter((s) => !isLeftover(s.name)) };
  const sheetNames = snapshot.sheets.map((s) => s.name);
  const keys = mode === "report" ? specs.filter((s) => s.key !== EMBEDDED_RULESET_SHEET && !s.store).map((s) => s.key) : [];
  // Store sheets (the run history) are the product's by name, like the ruleset sheet, and replaced whenever written.
  const storeNames = new Set(specs.filter((s) => s.store).map((s) => lower(s.name)));
  const owned = sheetsOwnedFor(snapshot.names, sheetNames, keys);
  const replacedSet = new Set(owned.keys());
  // The ruleset sheet is never replaced by a report write, even if a marker pointed at it.
  replacedSet.delete(lower(EMBEDDED_RULESET_SHEET));
  if (mode === "ruleset" && sheetNames.some((n) => lower(n) === lower(EMBEDDED_RULESET_SHEET))) replacedSet.add(lower(EMBEDDED_RULESET_SHEET));
  for (const n of sheetNames) if (storeNames.has(lower(n))) replacedSet.add(lower(n));

  const replaced = snapshot.sheets.filter((s) => replacedSet.has(lower(s.name))).map((s) => s.name);
  const staleNames = staleMarkerNames(snapshot.names, sheetNames, keys);

  const taken = new Set(snapshot.sheets.filter((s) => !replacedSet.has(lower(s.name))).map((s) => lower(s.name)));
  const takenTables = new Set([
    ...snapshot.tables.filter((t) => !replacedSet.has(lower(t.sheet))).map((t) => lower(t.name)),
    ...snapshot.names.filter((n) => !isMarkerName(n.name)).map((n) => lower(n.name)),
  ]);
  const notes: string[] = [];
  const sheets = specs.map((spec, i): PlannedSheet => {
    const embedded = spec.key === EMBEDDED_RULESET_SHEET || spec.store === true;
    const finalName = embedded ? spec.name : pickSheetName(spec.name, taken);
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

  const firstReplaced = snapshot.sheets.findIndex((s) => replacedSet.has(lower(s.name)) && lower(s.name) !== lower(EMBEDDED_RULESET_SHEET) && !storeNames.has(lower(s.name)));
  const insertAt = firstReplaced < 0 ? snapshot.sheets.length - replaced.length : snapshot.sheets.slice(0, firstReplaced).filter((s) => !replacedSet.has(lower(s.name))).length;
  const veryHidden = [...snapshot.sheets.filter((s) => replacedSet.has(lower(s.name))), ...leftovers].filter((s) => s.visibility === "VeryHidden").map((s) => s.name);
  const idOf = (name: string) => {
    const s = snapshot.sheets.find((x) => x.name === name);
    return s?.id ?? name;
  };
  const oldSheetOf = new Map<string, string>();
  for (const spec of specs) {
    const marker = lower(markerName(spec.key));
    const byName = spec.key === EMBEDDED_RULESET_SHEET || spec.store ? lower(spec.name) : undefined;
    const old = byName !== undefined ? replaced.find((n) => lower(n) === byName) : replaced.find((n) => owned.get(lower(n))?.toLowerCase() === marker);
    if (old) oldSheetOf.set(spec.key, idOf(old));
  }
  return { sheets, leftovers, oldSheetOf, replacedIds: replaced.map(idOf), replaced, veryHidden, staleNames, insertAt, notes };
}

export { markerName };

/** The name a new sheet is built under; "~<token>" at the end is how a failed write finds its leftovers. */
export function tempSheetName(index: number, token: string): string {
  return `PMO~${index}~${token}`;
}

/**
 * A temporary sheet of any write. "~" never appears in the product's or Excel's own sheet names, and
 * a user does not type "PMO~3~k2x9qa": a sheet of exactly this shape is one a write of ours built and
 * could not finish, so the next write removes it.
 */
export const TEMP_SHEET = /^PMO~\d+~[0-9a-z]{1,12}$/;
