/**
 * Removing the sheets a write replaces together with every part only they use. Which sheets those are
 * is decided by the marker names (src/workbook/markers.ts), never by a sheet's text or name.
 */
import { strFromU8 } from "fflate";
import { parseRels, readText, relsPathOf, removeOverride, resolveTarget, type Parts } from "./package";

/**
 * Removes the given parts and, transitively, the parts they relate to that no surviving part relates
 * to (drawings, charts, tables of a generated sheet; never a user's shared part). Returns the
 * updated [Content_Types].xml.
 */
export function removePartsWithDependants(parts: Parts, roots: string[], contentTypes: string): string {
  const doomed = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const part = queue.pop()!;
    if (doomed.has(part)) continue;
    doomed.add(part);
    for (const r of parseRels(readText(parts, relsPathOf(part)))) {
      if (!r.external) queue.push(resolveTarget(part, r.target));
    }
  }
  // Keep anything a surviving part still points at (a shared image, a printer-settings part, ...).
  const stillUsed = new Set<string>();
  for (const path of parts.keys()) {
    if (!path.endsWith(".rels")) continue;
    const data = parts.get(path)!;
    const owner = path === "_rels/.rels" ? "" : path.replace(/_rels\/([^/]+)\.rels$/, "$1");
    if (doomed.has(owner)) continue;
    for (const r of parseRels(strFromU8(data))) if (!r.external) stillUsed.add(resolveTarget(owner, r.target));
  }
  let ct = contentTypes;
  for (const part of doomed) {
    if (stillUsed.has(part) && !roots.includes(part)) continue;
    parts.delete(part);
    parts.delete(relsPathOf(part));
    ct = removeOverride(ct, part);
  }
  return ct;
}
