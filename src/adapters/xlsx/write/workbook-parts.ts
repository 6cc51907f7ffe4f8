/** Finding and preparing the workbook-level parts a write touches: the workbook part, styles, calcChain. */
import type { ContentTypes } from "./content-types";
import { CT, REL, freePartName, parseRels, readText, readXml, resolveTarget, type Parts, type RelsEditor } from "./package";
import { MINIMAL_STYLES } from "./styles";
import { NS, childElements, parseXml, type Document } from "./xml-dom";

/** The workbook part, as the package's root relationships name it. */
export function workbookPath(parts: Parts): string {
  const root = parseRels(readText(parts, "_rels/.rels"), "_rels/.rels").find((r) => r.type === `${REL}/officeDocument`);
  return root ? resolveTarget("", root.target) : "xl/workbook.xml";
}

/**
 * The workbook's stylesheet, parsed, and its path. A workbook without one (some generators omit it)
 * gets Excel's defaults as a new part, related and typed, so the report's cell styles exist. The new
 * part is styles.xml beside the workbook part when that name is free: readers that look for
 * xl/styles.xml by name instead of by relationship (openpyxl does) then find the report's styles.
 */
export function stylesOf(parts: Parts, wbPath: string, rels: RelsEditor, contentTypes: ContentTypes): { path: string; doc: Document } {
  const rel = rels.list().find((r) => r.type === `${REL}/styles`);
  const path = rel ? resolveTarget(wbPath, rel.target) : undefined;
  const doc = path === undefined ? undefined : readXml(parts, path);
  if (path !== undefined && doc) return { path, doc };
  const dir = wbPath.slice(0, wbPath.lastIndexOf("/") + 1);
  const usual = `${dir}styles.xml`;
  const created = path ?? (parts.has(usual) ? freePartName(parts, `${dir}styles`, ".xml") : usual);
  if (!rel) rels.add(`${REL}/styles`, created.slice(created.lastIndexOf("/") + 1));
  contentTypes.add(created, CT.styles);
  // The entry is made now, ahead of the new sheets' parts, so a re-run finds the same zip order.
  parts.set(created, new Uint8Array(0));
  return { path: created, doc: parseXml(MINIMAL_STYLES, created) };
}

/**
 * calcChain.xml lists formula cells by sheet id; an entry pointing into a removed sheet makes Excel
 * repair the file. Excel rebuilds the chain when it is absent, so drop it only in that case.
 */
export function dropStaleCalcChain(parts: Parts, wbPath: string, removedIds: number[], rels: RelsEditor, contentTypes: ContentTypes): void {
  const rel = rels.list().find((r) => r.type === `${REL}/calcChain`);
  if (!rel || removedIds.length === 0) return;
  const path = resolveTarget(wbPath, rel.target);
  const doc = readXml(parts, path);
  const removed = new Set(removedIds.map(String));
  const cells = doc ? childElements(doc.documentElement!, NS.main, "c") : [];
  // An entry without i= belongs to the sheet of the entry before it.
  let sheet = "";
  const stale = cells.some((c) => {
    sheet = c.getAttribute("i") ?? sheet;
    return removed.has(sheet);
  });
  if (!stale) return;
  parts.delete(path);
  rels.remove(rel.id);
  contentTypes.remove(path);
}
