/**
 * Package-level writer: adds the generated sheets (with their charts, drawings and tables) to an
 * .xlsx or .xlsm file by editing the zip, so that every part of the user's stays byte-identical. Only
 * workbook.xml, its rels, [Content_Types].xml and styles.xml are rewritten, through a namespace-aware
 * DOM (xml-dom.ts), and calcChain.xml dropped in the rare case it points into a sheet being replaced.
 * A write replaces only the product's unedited sheets of the keys it writes (found by marker name and
 * record, src/workbook/markers.ts) and nothing else; the same input always gives the same bytes.
 */
import { specDigest, gridDigest } from "../../../core/generated/digest";
import type { WorkbookSource } from "../../../workbook/grid";
import { isMarkerName, isRecordName, markerName, recordFormula, recordName, sheetsOwnedFor, staleMarkerNames } from "../../../workbook/markers";
import type { WriteResult } from "../../../workbook/port";
import { EMBEDDED_RULESET_SHEET, type SheetSpec } from "../../../workbook/sheet-spec";
import { ContentTypes, WORKBOOK_KINDS } from "./content-types";
import { embeddedRulesetSpec } from "./embedded";
import { removePartsWithDependants } from "./existing";
import { pickSheetName } from "./names";
import { REL, RelsEditor, type Parts, readPackage, relsPathOf, resolveTarget, writePackagePieces, writeXml } from "./package";
import { joinPieces } from "./zip";
import { addSheetParts, type NewSheetContext } from "./sheet-parts";
import { addReportStylesTo, cellVariants } from "./styles";
import { dropStaleCalcChain, stylesOf, workbookPath } from "./workbook-parts";
import { WorkbookXml, hideName, relocateName } from "./workbook-xml";
import { sheetPrefix } from "./xml";
import { maxOf } from "../../../core/arrays";

export interface AddSheetsOptions {
  /** Ruleset JSON to store in the very hidden "_PMORulebook" sheet (replacing an earlier one). */
  embeddedRuleset?: string;
  /**
   * The same bytes as a reader saw them. With it, a generated sheet whose cell values the user
   * edited is recognised as the user's (its values no longer match its record); without it only a
   * renamed sheet is.
   */
  current?: WorkbookSource;
  /** Called as each sheet's parts are written (the CLI collects the garbage of a 100k-project write there). */
  afterSheet?: () => void;
}

export interface PackageKind {
  /** "workbook", "macro-enabled workbook", ... */
  kind: string;
  /** The file extension Excel requires for this kind of package: ".xlsx", ".xlsm", ... */
  extension: string;
}

/** The written package: its bytes, or the same as pieces to write one after the other (no copy of the input's parts). */
export interface WrittenPackage {
  pieces: Uint8Array[];
  /** The pieces joined, on first use. */
  readonly bytes: Uint8Array;
  result: WriteResult;
  kind?: PackageKind;
}

/** The reader finds the ruleset sheet by name, ignoring case; so does the writer. */
const isRulesetSheet = (name: string) => name.toLowerCase() === EMBEDDED_RULESET_SHEET.toLowerCase();

/**
 * Whether a worksheet part marks its tab as selected. Only the part's start is looked at (sheetViews
 * comes before sheetData in CT_Worksheet), so a large sheet is not parsed; nothing is changed.
 */
function partSelected(parts: Parts, path: string | undefined): boolean {
  if (path === undefined) return false;
  // Only the head is inflated: at 100k projects the user's sheet parts inflate to 740 MB.
  const bytes = parts.head(path, 64 * 1024);
  if (!bytes) return false;
  const head = new TextDecoder().decode(bytes);
  const end = head.search(/<([A-Za-z_][\w.-]*:)?sheetData[\s>/]/);
  return /\btabSelected\s*=\s*["'](1|true)["']/.test(end < 0 ? head : head.slice(0, end));
}

/** Adds `specs` as sheets of the workbook in `input`; see the module comment for the guarantees. */
export function addSheetsToXlsx(input: Uint8Array, specs: SheetSpec[], opts: AddSheetsOptions = {}): WrittenPackage {
  const parts = readPackage(input);
  const wbPath = workbookPath(parts);
  const wb = WorkbookXml.read(parts, wbPath);
  if (!wb) throw new Error(`Not an Excel workbook: the package has no ${wbPath} part.`);
  // Strict Open XML uses other namespaces for every part and relationship; mixing in transitional
  // parts would corrupt it. Excel's default "Excel Workbook (.xlsx)" format is transitional.
  if (wb.strict) throw new Error('This workbook is saved as Strict Open XML, which is not supported: save it as "Excel Workbook (.xlsx)" and run again.');
  if (!wb.isSpreadsheet) throw new Error(`Not an Excel workbook: ${wbPath} is not a SpreadsheetML workbook part.`);
  if (wb.structureLocked) {
    throw new Error("The workbook's structure is protected (Review › Protect Workbook), so no sheet can be added to it: unprotect the structure and run again");
  }
  const contentTypes = ContentTypes.open(parts);
  const mainType = contentTypes.typeOf(wbPath);
  const kind = mainType === undefined ? undefined : WORKBOOK_KINDS[mainType as keyof typeof WORKBOOK_KINDS];
  const rels = RelsEditor.open(parts, relsPathOf(wbPath));
  const date1904 = wb.date1904;
  const sheets = wb.sheets();
  const relById = new Map(rels.list().map((r) => [r.id, r]));
  const partOf = (relId: string) => {
    const rel = relById.get(relId);
    return rel && !rel.external ? resolveTarget(wbPath, rel.target) : undefined;
  };
  const oldNames = wb.definedNames();
  // Only workbook-scoped names mark a sheet: a copied sheet may carry a sheet-scoped duplicate.
  const workbookNames = oldNames.filter((n) => n.localSheetId === undefined);
  // Store sheets (the run history) are found by name, like the ruleset sheet, and written after the report.
  const reports = specs.filter((s) => !s.store);
  const stores = specs.filter((s) => s.store);
  const storeNames = new Set(stores.map((s) => s.name.toLowerCase()));
  const isStoreSheet = (name: string) => storeNames.has(name.toLowerCase());
  const keys = reports.map((s) => s.key).filter((k) => k !== EMBEDDED_RULESET_SHEET);
  const grids = new Map((opts.current?.sheets ?? []).map((g) => [g.name, g]));
  const digestOf = (sheet: string) => {
    const grid = grids.get(sheet);
    return grid ? gridDigest(grid) : undefined;
  };

  // 1. The sheets this write replaces: the unedited ones whose key is written, and the ruleset sheet
  // when it is replaced. Other generated sheets stay, and so does a generated sheet the user renamed or edited.
  const replaceRuleset = opts.embeddedRuleset !== undefined;
  const owned = sheetsOwnedFor(workbookNames, sheets.map((s) => s.name), keys, digestOf);
  const ours = sheets.map((s) => {
    const part = partOf(s.relId);
    if (part === undefined || !parts.has(part)) return false;
    if (isRulesetSheet(s.name)) return replaceRuleset;
    if (isStoreSheet(s.name)) return true;
    return owned.has(s.name.toLowerCase());
  });
  const replaced = sheets.filter((_s, i) => ours[i]);
  removePartsWithDependants(parts, replaced.map((s) => partOf(s.relId)!), contentTypes);
  for (const s of replaced) rels.remove(s.relId);
  dropStaleCalcChain(parts, wbPath, replaced.map((s) => s.sheetId), rels, contentTypes);

  // 2. Where the new sheets go: where the first replaced generated sheet was, else at the end.
  const survivors = sheets.filter((_s, i) => !ours[i]);
  const firstGenerated = sheets.findIndex((s, i) => ours[i] && !isRulesetSheet(s.name) && !isStoreSheet(s.name));
  const insertAt = firstGenerated < 0 ? survivors.length : sheets.slice(0, firstGenerated).filter((_s, i) => !ours[i]).length;
  const styles = stylesOf(parts, wbPath, rels, contentTypes);
  const ctx: NewSheetContext = { parts, wbPath, date1904, styles: addReportStylesTo(styles.doc, cellVariants(specs)), takenTables: new Set(oldNames.map((n) => n.name.toLowerCase())) };
  const taken = new Set(survivors.map((s) => s.name.toLowerCase()));
  let maxSheetId = maxOf(survivors.map((s) => s.sheetId), 0);
  const result: WriteResult = { written: [], notes: [] };
  const newSheets = [];
  const newNames = [];
  // The workbook opens on the spec marked active, unless a sheet of the user's is tab-selected: that
  // flag lives in the user's sheet part, which is never changed, and two selected tabs would be grouped.
  const userSelected = survivors.some((s) => !isRulesetSheet(s.name) && partSelected(parts, partOf(s.relId)));
  const activeKey = userSelected ? undefined : reports.find((s) => s.active)?.key;
  const all = [...reports, ...stores, ...(replaceRuleset ? [embeddedRulesetSpec(opts.embeddedRuleset!)] : [])];
  let hiddenAt = survivors.length + reports.length;
  for (const spec of all) {
    const embedded = spec.key === EMBEDDED_RULESET_SHEET || spec.store === true;
    const name = embedded ? spec.name : pickSheetName(spec.name, taken);
    taken.add(name.toLowerCase());
    if (!embedded && name !== spec.name) result.notes.push(`A sheet of yours is already named "${spec.name}", so the ${spec.key} sheet was written as "${name}".`);
    const target = addSheetParts(spec, name, ctx, contentTypes, !embedded && spec.key === activeKey);
    const relId = rels.add(`${REL}/worksheet`, target);
    newSheets.push(wb.newSheet(name, ++maxSheetId, relId, embedded ? "veryHidden" : undefined));
    const position = embedded ? hiddenAt++ : insertAt + result.written.length;
    if (!embedded && !spec.userSheet) {
      newNames.push(wb.newName(markerName(spec.key), `${sheetPrefix(name)}$A$1`, { hidden: true }));
      newNames.push(wb.newName(recordName(spec.key), recordFormula(specDigest(spec, date1904), name), { hidden: true }));
    }
    if (spec.freeze?.rows) newNames.push(wb.newName("_xlnm.Print_Titles", `${sheetPrefix(name)}$${spec.freeze.rows}:$${spec.freeze.rows}`, { localSheetId: position }));
    if (!embedded) result.written.push({ spec: spec.key, sheet: name });
    opts.afterSheet?.();
  }
  // Names the validations use: one the workbook already has (a user's, or an earlier write's) is kept as it is.
  const takenNames = new Set(oldNames.filter((n) => n.localSheetId === undefined).map((n) => n.name.toLowerCase()));
  for (const spec of specs) {
    for (const n of spec.names ?? []) {
      if (takenNames.has(n.name.toLowerCase())) continue;
      takenNames.add(n.name.toLowerCase());
      newNames.push(wb.newName(n.name, n.ref));
    }
  }

  // 3. workbook.xml: the sheet list, names (user's names re-pointed to their sheets' new positions).
  const reportCount = reports.length;
  const indexMap = sheets.map((_s, i) => {
    if (ours[i]) return -1;
    const k = sheets.slice(0, i).filter((_t, j) => !ours[j]).length;
    return k < insertAt ? k : k + reportCount;
  });
  const survivorEls = survivors.map((s) => s.el);
  const sheetEls = [...survivorEls.slice(0, insertAt), ...newSheets.slice(0, reportCount), ...survivorEls.slice(insertAt), ...newSheets.slice(reportCount)];
  const stale = new Set(staleMarkerNames(workbookNames, survivors.map((s) => s.name), keys));
  const keptNames = oldNames
    .filter((n) => n.localSheetId !== undefined || !stale.has(n.name))
    .filter((n) => n.localSheetId === undefined || indexMap[n.localSheetId] >= 0)
    .map((n) => {
      if (n.localSheetId !== undefined && indexMap[n.localSheetId] !== n.localSheetId) relocateName(n.el, indexMap[n.localSheetId]);
      // The product's names of other keys stay out of the Name Manager, also after LibreOffice un-hid them.
      if (n.localSheetId === undefined && (isMarkerName(n.name) || isRecordName(n.name))) hideName(n.el);
      return n.el;
    });
  wb.rewrite(sheetEls, [...keptNames, ...newNames], indexMap);
  const active = activeKey === undefined ? -1 : result.written.findIndex((w) => w.spec === activeKey);
  if (active >= 0) wb.setActiveTab(insertAt + active);
  wb.save(parts);
  rels.save(parts);
  writeXml(parts, styles.path, styles.doc);
  contentTypes.save(parts);
  const pieces = writePackagePieces(parts);
  let bytes: Uint8Array | undefined;
  return {
    pieces,
    get bytes() {
      return (bytes ??= joinPieces(pieces));
    },
    result,
    ...(kind ? { kind } : {}),
  };
}
