/**
 * Removing the sheets a write replaces together with every part only they use. Which sheets those are
 * is decided by the marker names (src/workbook/markers.ts), never by a sheet's text or name.
 */
import type { ContentTypes } from "./content-types";
import { relsOf, relsPathOf, resolveTarget, type Parts } from "./package";

/**
 * Removes the given parts and, transitively, the parts they relate to that no surviving part relates
 * to (drawings, charts, tables of a generated sheet; never a user's shared part), with their
 * content-type overrides.
 */
export function removePartsWithDependants(parts: Parts, roots: string[], contentTypes: ContentTypes): void {
  const doomed = new Set<string>();
  const queue = [...roots];
  while (queue.length) {
    const part = queue.pop()!;
    const key = part.toLowerCase();
    if (doomed.has(key)) continue;
    doomed.add(key);
    for (const r of relsOf(parts, part)) if (!r.external) queue.push(resolveTarget(part, r.target));
  }
  // Keep anything a surviving part still points at (a shared image, a printer-settings part, ...).
  const stillUsed = new Set<string>();
  for (const path of parts.keys()) {
    if (!/\.rels$/i.test(path)) continue;
    const owner = path.toLowerCase() === "_rels/.rels" ? "" : path.replace(/_rels\/([^/]+)\.rels$/i, "$1");
    if (doomed.has(owner.toLowerCase())) continue;
    for (const r of relsOf(parts, owner)) if (!r.external) stillUsed.add(resolveTarget(owner, r.target).toLowerCase());
  }
  const rootKeys = new Set(roots.map((r) => r.toLowerCase()));
  for (const key of doomed) {
    if (stillUsed.has(key) && !rootKeys.has(key)) continue;
    const name = parts.spelling(key) ?? key;
    parts.delete(key);
    parts.delete(relsPathOf(key));
    contentTypes.remove(name);
  }
}
