/**
 * Package-level writer: adds the generated sheets (with their charts, drawings and tables) to an
 * .xlsx file by editing the zip, so that every part of the user's stays byte-identical. Only
 * workbook.xml, its rels, [Content_Types].xml and styles.xml are rewritten (and calcChain.xml dropped
 * in the rare case it points into a sheet being replaced). A write replaces only the product's sheets
 * of the keys it writes (found by marker name, src/workbook/markers.ts) and nothing else; the same
 * input always gives the same bytes.
 */
import { EMBEDDED_RULESET_SHEET, type SheetSpec } from "../../../workbook/sheet-spec";
import type { WriteResult } from "../../../workbook/port";
import { isMarkerName, markerName, sheetsOwnedFor, staleMarkerNames } from "../../../workbook/markers";
import { removePartsWithDependants } from "./existing";
import { embeddedRulesetSpec } from "./embedded";
import { addSheetParts, type NewSheetContext } from "./sheet-parts";
import { REL, type Parts, nextRelId, parseRels, readPackage, readText, relsPathOf, relsXml, removeOverride, resolveTarget, writePackage, writeText } from "./package";
import { addReportStyles } from "./styles";
import { definedNameTag, hideName, isDate1904, parseDefinedNames, parseSheets, relocateName, rewriteWorkbook, sheetTag } from "./workbook-xml";
import { pickSheetName } from "./names";
import { sheetPrefix } from "./xml";

export interface AddSheetsOptions {
  /** Ruleset JSON to store in the very hidden "_PMORulebook" sheet (replacing an earlier one). */
  embeddedRuleset?: string;
}

/** The reader finds the ruleset sheet by name, ignoring case; so does the writer. */
const isRulesetSheet = (name: string) => name.toLowerCase() === EMBEDDED_RULESET_SHEET.toLowerCase();

function workbookPath(parts: Parts): string {
  const root = parseRels(readText(parts, "_rels/.rels")).find((r) => r.type.endsWith("/officeDocument"));
  return root ? resolveTarget("", root.target) : "xl/workbook.xml";
}

/** Adds `specs` as sheets of the workbook in `input`; see the module comment for the guarantees. */
export function addSheetsToXlsx(input: Uint8Array, specs: SheetSpec[], opts: AddSheetsOptions = {}): { bytes: Uint8Array; result: WriteResult } {
  const parts = readPackage(input);
  const wbPath = workbookPath(parts);
  const wbRelsPath = relsPathOf(wbPath);
  const wbXml = readText(parts, wbPath);
  if (wbXml === undefined) throw new Error(`Not an Excel workbook: the package has no ${wbPath} part.`);
  // Strict Open XML uses other namespaces for every part and relationship; mixing in transitional
  // parts would corrupt it. Excel's default "Excel Workbook (.xlsx)" format is transitional.
  if (wbXml.includes("purl.oclc.org/ooxml/spreadsheetml/main")) {
    throw new Error("This workbook is saved as Strict Open XML, which is not supported: save it as \"Excel Workbook (.xlsx)\" and run again.");
  }
  let rels = parseRels(readText(parts, wbRelsPath));
  let ct = readText(parts, "[Content_Types].xml") ?? "";
  const date1904 = isDate1904(wbXml);
  const sheets = parseSheets(wbXml);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const partOf = (relId: string) => {
    const rel = relById.get(relId);
    return rel ? resolveTarget(wbPath, rel.target) : undefined;
  };
  const oldNames = parseDefinedNames(wbXml);
  // Only workbook-scoped names mark a sheet: a copied sheet may carry a sheet-scoped duplicate.
  const workbookNames = oldNames.filter((n) => n.localSheetId === undefined);
  const keys = specs.map((s) => s.key).filter((k) => k !== EMBEDDED_RULESET_SHEET);

  // 1. The sheets this write replaces: those whose key is written (found by marker name, see
  // src/workbook/markers.ts), and the ruleset sheet when it is replaced. Other generated sheets stay.
  const replaceRuleset = opts.embeddedRuleset !== undefined;
  const owned = sheetsOwnedFor(workbookNames, sheets.map((s) => s.name), keys);
  const ours = sheets.map((s) => {
    const part = partOf(s.relId);
    if (part === undefined || !parts.has(part)) return false;
    if (isRulesetSheet(s.name)) return replaceRuleset;
    return owned.has(s.name.toLowerCase());
  });
  const removedParts = sheets.filter((_s, i) => ours[i]).map((s) => partOf(s.relId)!);
  ct = removePartsWithDependants(parts, removedParts, ct);
  const removedRelIds = new Set(sheets.filter((_s, i) => ours[i]).map((s) => s.relId));
  rels = rels.filter((r) => !removedRelIds.has(r.id));
  ct = dropStaleCalcChain(parts, wbPath, sheets.filter((_s, i) => ours[i]).map((s) => s.sheetId), ct, (id) => (rels = rels.filter((r) => r.id !== id)), rels);

  // 2. Where the new sheets go: where the first generated sheet was, else at the end.
  const survivors = sheets.filter((_s, i) => !ours[i]);
  const firstGenerated = sheets.findIndex((s, i) => ours[i] && !isRulesetSheet(s.name));
  const insertAt = firstGenerated < 0 ? survivors.length : sheets.slice(0, firstGenerated).filter((_s, i) => !ours[i]).length;
  const stylesRel = rels.find((r) => r.type.endsWith("/styles"));
  const stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : undefined;
  const styled = addReportStyles(readText(parts, stylesPath ?? "") ?? MINIMAL_STYLES);
  const ctx: NewSheetContext = {
    parts,
    wbPath,
    date1904,
    styles: styled.indexes,
    takenTables: new Set(oldNames.map((n) => n.name.toLowerCase())),
  };
  const taken = new Set(survivors.map((s) => s.name.toLowerCase()));
  let maxSheetId = Math.max(0, ...survivors.map((s) => s.sheetId));
  const result: WriteResult = { written: [], notes: [] };
  const newTags: string[] = [];
  const newNames: string[] = [];
  const all = replaceRuleset ? [...specs, embeddedRulesetSpec(opts.embeddedRuleset!)] : specs;
  for (const spec of all) {
    const embedded = spec.key === EMBEDDED_RULESET_SHEET;
    const name = embedded ? EMBEDDED_RULESET_SHEET : pickSheetName(spec.name, taken);
    taken.add(name.toLowerCase());
    if (!embedded && name !== spec.name) result.notes.push(`A sheet of yours is already named "${spec.name}", so the ${spec.key} sheet was written as "${name}".`);
    const relId = nextRelId(rels);
    const added = addSheetParts(spec, name, ctx);
    ct = added.contentTypes(ct);
    rels.push({ id: relId, type: `${REL}/worksheet`, target: added.target, external: false });
    newTags.push(sheetTag(name, ++maxSheetId, relId, embedded ? "veryHidden" : undefined));
    const position = embedded ? survivors.length + specs.length : insertAt + result.written.length;
    if (!embedded) newNames.push(definedNameTag(markerName(spec.key), `${sheetPrefix(name)}$A$1`, { hidden: true }));
    if (spec.freeze?.rows) newNames.push(definedNameTag("_xlnm.Print_Titles", `${sheetPrefix(name)}$${spec.freeze.rows}:$${spec.freeze.rows}`, { localSheetId: position }));
    if (!embedded) result.written.push({ spec: spec.key, sheet: name });
  }

  // 3. workbook.xml: the sheet list, names (user's names re-pointed to their sheets' new positions).
  const reportCount = specs.length;
  const indexMap = sheets.map((_s, i) => {
    if (ours[i]) return -1;
    const k = sheets.slice(0, i).filter((_t, j) => !ours[j]).length;
    return k < insertAt ? k : k + reportCount;
  });
  const sheetTags = [...survivors.slice(0, insertAt).map((s) => s.tag), ...newTags.slice(0, reportCount), ...survivors.slice(insertAt).map((s) => s.tag), ...newTags.slice(reportCount)];
  const stale = new Set(staleMarkerNames(workbookNames, survivors.map((s) => s.name), keys));
  const keptNames = oldNames
    .filter((n) => n.localSheetId !== undefined || !stale.has(n.name))
    .filter((n) => n.localSheetId === undefined || indexMap[n.localSheetId] >= 0)
    .map((n) => {
      const tag = n.localSheetId === undefined || indexMap[n.localSheetId] === n.localSheetId ? n.tag : relocateName(n.tag, indexMap[n.localSheetId]);
      // Marker names of other keys stay out of the Name Manager, also after LibreOffice un-hid them.
      return n.localSheetId === undefined && isMarkerName(n.name) ? hideName(tag) : tag;
    });
  writeText(parts, wbPath, rewriteWorkbook(wbXml, sheetTags, [...keptNames, ...newNames], indexMap));
  writeText(parts, wbRelsPath, relsXml(rels));
  if (stylesPath) writeText(parts, stylesPath, styled.xml);
  writeText(parts, "[Content_Types].xml", ct);
  return { bytes: writePackage(parts), result };
}

/** A workbook without styles.xml is rare (some generators omit it); give it Excel's defaults. */
const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

/**
 * calcChain.xml lists formula cells by sheet id; an entry pointing into a removed sheet makes Excel
 * repair the file. Excel rebuilds the chain when it is absent, so drop it only in that case.
 */
function dropStaleCalcChain(parts: Parts, wbPath: string, removedIds: number[], ct: string, dropRel: (id: string) => void, rels: { id: string; type: string; target: string }[]): string {
  const rel = rels.find((r) => r.type.endsWith("/calcChain"));
  if (!rel || removedIds.length === 0) return ct;
  const path = resolveTarget(wbPath, rel.target);
  const xml = readText(parts, path) ?? "";
  if (!removedIds.some((id) => new RegExp(`\\si="${id}"`).test(xml))) return ct;
  parts.delete(path);
  dropRel(rel.id);
  return removeOverride(ct, path);
}

