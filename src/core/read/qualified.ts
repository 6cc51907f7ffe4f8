/**
 * Qualified headers: "Exec Sponsor", "Spent to date", "Actuals YTD", "Start Date Baseline". When no
 * synonym matches the whole header, a header means a field if it holds one of the field's synonyms word
 * for word and every other word is a qualifier that this field accepts. Qualifiers are per field, so that
 * "Budget to date" (a time-phased figure) is not the budget, and "Budget Owner" or "Finish Variance"
 * match nothing: "owner" and "variance" change what the column is, a qualifier only says which one.
 * Each field's qualifiers are in its description (model/fields).
 */
import { fieldEntries } from "../model/fields";
import type { EntityName } from "../model/portfolio";
import { headerWords } from "./normalize";

interface Synonym {
  field: string;
  rank: number;
  words: string[];
  qualifiers: string[][];
}

const prepared = new Map<EntityName, Synonym[]>();

function synonymsOf(entity: EntityName): Synonym[] {
  const cached = prepared.get(entity);
  if (cached) return cached;
  const out: Synonym[] = [];
  for (const [field, spec] of fieldEntries(entity)) {
    const own = spec.qualifiers;
    if (!own) continue;
    const list = spec.synonyms;
    // Longest qualifier first, so "year to date" is taken whole before "to date" is tried.
    const qualifiers = own.map(headerWords).sort((a, b) => b.length - a.length);
    list.forEach((syn, rank) => out.push({ field, rank, words: headerWords(syn), qualifiers }));
  }
  prepared.set(entity, out);
  return out;
}

/**
 * The field a qualified header means, with a rank weaker than any whole-header synonym (more qualifier
 * words, weaker still); undefined when no synonym is in it or a word is not a qualifier of that field.
 * @example qualifiedMatch("projects", "Exec Sponsor") // { field: "sponsor", rank: 65 }
 * @example qualifiedMatch("projects", "Budget Owner") // undefined
 */
export function qualifiedMatch(entity: EntityName, header: string): { field: string; rank: number } | undefined {
  const words = headerWords(header);
  if (words.length === 0 || words.length > 8) return undefined;
  // The synonym that leaves the fewest qualifier words wins, then the stronger (earlier) synonym.
  let best: Synonym | undefined;
  let bestRest = Infinity;
  for (const syn of synonymsOf(entity)) {
    const rest = words.length - syn.words.length;
    if (rest > bestRest || (rest === bestRest && best && syn.rank >= best.rank)) continue;
    const at = indexOf(words, syn.words);
    if (at < 0) continue;
    if (!covered(words.slice(0, at), syn.qualifiers) || !covered(words.slice(at + syn.words.length), syn.qualifiers)) continue;
    best = syn;
    bestRest = rest;
  }
  return best && { field: best.field, rank: 60 + best.rank + 5 * bestRest };
}

/** Where `part` occurs in `words` as a run, or -1. */
function indexOf(words: string[], part: string[]): number {
  if (part.length === 0) return -1;
  for (let i = 0; i + part.length <= words.length; i++) {
    let k = 0;
    while (k < part.length && words[i + k] === part[k]) k++;
    if (k === part.length) return i;
  }
  return -1;
}

/** Whether the words are all qualifiers (single words or phrases such as "to date"). */
function covered(words: string[], qualifiers: string[][]): boolean {
  let i = 0;
  while (i < words.length) {
    const q = qualifiers.find((phrase) => phrase.length <= words.length - i && phrase.every((w, k) => words[i + k] === w));
    if (!q) return false;
    i += q.length;
  }
  return true;
}
