/** Matches header texts to an entity's fields. */
import { fieldSpec, isDateKind } from "../model/fields";
import type { EntityName } from "../model/portfolio";
import { normalizeHeader } from "./normalize";
import { qualifiedMatch } from "./qualified";
import { synonymIndex } from "./synonyms";

export interface HeaderCell {
  col: number;
  /** The header as written (two-row headers joined with " / "). */
  text: string;
}

export interface FieldColumn {
  field: string;
  col: number;
  header: string;
}

export interface ColumnMatch {
  fields: Map<string, FieldColumn>;
  unmatched: HeaderCell[];
}

const NOISE_PREFIXES = ["project", "proj", "current", "overall", "total", "approved", "planned", "actual"];
const PERSON_WORDS = /(staff|person|employee|resource|member|consultant|assignee)$/;

type FieldMatch = { field: string; rank: number };
const cache = new Map<EntityName, Map<string, FieldMatch | null>>();

/**
 * The field a header means for an entity and how strongly (lower rank = stronger); undefined when none.
 * A synonym as a whole first; then with a leading qualifier or a trailing "Date" tried away; then a
 * synonym inside qualifier words ("Exec Sponsor", "Spent to date": see qualified.ts).
 */
export function matchHeader(entity: EntityName, header: string): FieldMatch | undefined {
  let byText = cache.get(entity);
  if (!byText) cache.set(entity, (byText = new Map()));
  const hit = byText.get(header);
  if (hit !== undefined) return hit ?? undefined;
  const found = match(entity, header);
  // Header rows and label cells repeat the same texts; the matcher runs once per text.
  if (byText.size < 20_000) byText.set(header, found ?? null);
  return found;
}

function match(entity: EntityName, header: string): FieldMatch | undefined {
  const index = synonymIndex(entity);
  const n = normalizeHeader(header);
  if (n === "") return undefined;
  const exact = index.get(n);
  if (exact) return exact;
  for (const p of NOISE_PREFIXES) {
    if (n.startsWith(p) && n.length > p.length + 1) {
      const hit = index.get(n.slice(p.length));
      if (hit) return { field: hit.field, rank: hit.rank + 50 };
    }
  }
  if (n.endsWith("date") && n.length > 6) {
    // Only date fields take a header with "Date" added ("Kickoff Date"; "Budget Date" is not the budget).
    const hit = index.get(n.slice(0, -4));
    if (hit && isDateKind(fieldSpec(entity, hit.field)?.kind)) return { field: hit.field, rank: hit.rank + 50 };
  }
  const qualified = qualifiedMatch(entity, header);
  if (qualified) return qualified;
  if ((entity === "assignments" || entity === "resources") && PERSON_WORDS.test(n)) {
    return { field: entity === "assignments" ? "resource" : "name", rank: 90 };
  }
  return undefined;
}

/**
 * Assigns header cells to fields: each field takes its strongest header (leftmost on ties); the rest are
 * unmatched. `explicit` (from the ruleset's mapping) names the header or column letter per field.
 */
export function matchColumns(entity: EntityName, headers: HeaderCell[], explicit?: Record<string, string>, extraFields: string[] = []): ColumnMatch {
  const fields = new Map<string, FieldColumn>();
  const taken = new Set<number>();
  if (explicit) {
    for (const [field, wanted] of Object.entries(explicit)) {
      const cell = findExplicit(headers, wanted);
      if (cell) {
        fields.set(field, { field, col: cell.col, header: cell.text });
        taken.add(cell.col);
      }
    }
  }
  const extra = new Map(extraFields.map((f) => [normalizeHeader(f), f]));
  const best = new Map<string, { cell: HeaderCell; rank: number }>();
  for (const cell of headers) {
    if (taken.has(cell.col)) continue;
    const artefact = extra.get(normalizeHeader(cell.text));
    const hit = artefact ? { field: artefact, rank: -1 } : matchHeaderParts(entity, cell.text);
    if (!hit || fields.has(hit.field)) continue;
    const prev = best.get(hit.field);
    if (!prev || hit.rank < prev.rank) best.set(hit.field, { cell, rank: hit.rank });
  }
  for (const [field, { cell }] of best) {
    fields.set(field, { field, col: cell.col, header: cell.text });
    taken.add(cell.col);
  }
  const unmatched = headers.filter((h) => !taken.has(h.col));
  return { fields, unmatched };
}

/** Two-row headers are "Group / Label": try the label, then the whole, then the group. */
function matchHeaderParts(entity: EntityName, text: string): { field: string; rank: number } | undefined {
  const slash = text.lastIndexOf(" / ");
  if (slash < 0) return matchHeader(entity, text);
  const label = text.slice(slash + 3);
  const group = text.slice(0, slash);
  // "Budget" over "Approved | Actual | Forecast": "Approved Budget" reads the other way round.
  return matchHeader(entity, label) ?? matchHeader(entity, `${group} ${label}`) ?? matchHeader(entity, `${label} ${group}`);
}

function findExplicit(headers: HeaderCell[], wanted: string): HeaderCell | undefined {
  const n = normalizeHeader(wanted);
  const byText = headers.find((h) => normalizeHeader(h.text) === n) ?? headers.find((h) => normalizeHeader(h.text.split(" / ").pop() ?? "") === n);
  if (byText) return byText;
  if (/^[A-Z]{1,3}$/.test(wanted.trim())) {
    let col = 0;
    for (const ch of wanted.trim()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return headers.find((h) => h.col === col) ?? { col, text: wanted.trim() };
  }
  return undefined;
}
