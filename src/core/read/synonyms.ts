/**
 * Which headers mean which field, per entity, from the fields' descriptions (model/fields). Keys are
 * normalised with normalizeHeader, so "Proj. ID", "PROJ ID" and "Proj-ID" are all "projid". Earlier
 * synonyms win when two columns compete for a field.
 */
import { ENTITY_SPECS, fieldEntries } from "../model/fields";
import type { EntityName } from "../model/portfolio";
import { normalizeHeader } from "./normalize";

/** Normalised header -> { field, rank } per entity, built once. */
export interface SynonymIndex {
  get(normalized: string): { field: string; rank: number } | undefined;
  fields: string[];
}

const indexes = new Map<EntityName, SynonymIndex>();

/** The lookup from normalised header to field for an entity (cached). */
export function synonymIndex(entity: EntityName): SynonymIndex {
  const cached = indexes.get(entity);
  if (cached) return cached;
  const map = new Map<string, { field: string; rank: number }>();
  const fields = fieldEntries(entity);
  for (const [field, spec] of fields) {
    spec.synonyms.forEach((syn, rank) => {
      const key = normalizeHeader(syn);
      const prev = map.get(key);
      // A header listed for two fields goes to the one where it is the stronger (earlier) synonym.
      if (!prev || prev.rank > rank) map.set(key, { field, rank });
    });
  }
  const index: SynonymIndex = { get: (k) => map.get(k), fields: fields.map(([f]) => f) };
  indexes.set(entity, index);
  return index;
}

const nameSets = new Map<EntityName, ReadonlySet<string>>();

/** Normalised entity names, for sheet-name matching (built once per entity: the fields are constants). */
export function entityNameSet(entity: EntityName): ReadonlySet<string> {
  let set = nameSets.get(entity);
  if (!set) nameSets.set(entity, (set = new Set(ENTITY_SPECS[entity].sheetNames.map(normalizeHeader))));
  return set;
}
