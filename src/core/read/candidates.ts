/** Sheet names, content evidence and header signatures: what the locators share. */
import { ENTITY_SPECS } from "../model/fields";
import type { ContentEvidence } from "../model/fields";
import type { EntityName } from "../model/portfolio";
import type { GridView } from "./a1";
import type { HeaderResult, Region } from "./header";
import { normalizeHeader } from "./normalize";
import { entityNameSet } from "./synonyms";

/** The entities the reader locates and reads, in this order. */
export const ENTITIES: EntityName[] = ["projects", "gates", "resources", "assignments", "financials", "milestones", "risks", "objectives"];

const NAME_NOISE = /^(?:tbl|table|t)(?=[a-z])|(?:table|tbl|data|list|sheet|log|tracker|fy\d{2,4}|\d+)+$/g;

/** Sheet and table name -> the normalised forms nameMatches compares (submissions repeat the same few names). */
const nameForms = new Map<string, [string, string]>();

export function nameMatches(entity: EntityName, name: string): boolean {
  const set = entityNameSet(entity);
  let forms = nameForms.get(name);
  if (!forms) {
    // "1. Risk Assessment", "03 Gates": a leading number orders the tabs.
    const n = normalizeHeader(name.replace(/^\s*\d+[.)]?\s+/, ""));
    forms = [n, n.replace(NAME_NOISE, "")];
    if (nameForms.size < 10_000) nameForms.set(name, forms);
  }
  return set.has(forms[0]) || set.has(forms[1]);
}

export function wholeSheet(view: GridView): Region {
  return { top: view.top, left: view.left, bottom: view.bottom, right: view.right };
}

/**
 * Whether a header found by content alone shows the entity's evidence (model/fields), so that a stray
 * sheet is not taken for an entity.
 */
export function contentAccepts(entity: EntityName, h: HeaderResult): boolean {
  const f = h.match.fields;
  const { all, anyOf, minFields } = ENTITY_SPECS[entity].evidence as ContentEvidence;
  if (minFields !== undefined && f.size < minFields) return false;
  if (all && !all.every((n) => f.has(n))) return false;
  if (anyOf && !anyOf.every((list) => list.some((n) => f.has(n)))) return false;
  if (entity === "gates") {
    // A sheet with a Stage column and a Status column is a status report, not a gate log, unless named so.
    return !/^(stage|phase|tostage|nextstage)$/.test(normalizeHeader(f.get("gate")!.header.split(" / ").pop() ?? ""));
  }
  if (entity === "assignments") {
    const periods = h.periods.length >= 2;
    return (f.has("allocation") || periods) && (f.has("projectId") || periods);
  }
  return true;
}

/** Sheets that describe the format rather than hold data: never taken, even when named like an entity. */
export const FORMAT_SHEET = /template|example|sample|instruction|read\s*me|\bhelp\b|guide/i;
/** Sheets of lookup values: not taken by content or likeness ("Project List" is still a register by name). */
const LOOKUP_SHEET = /lookups?|\blists?\b|drop\s*-?\s*downs?|settings|config|legend|validation/i;

export function isAuxiliary(name: string): boolean {
  // Asked for every sheet of every file by several locators; submissions repeat the same few names.
  let auxiliary = auxiliaries.get(name);
  if (auxiliary === undefined) {
    auxiliary = FORMAT_SHEET.test(name) || (LOOKUP_SHEET.test(name) && !ENTITIES.some((e) => nameMatches(e, name)));
    if (auxiliaries.size < 10_000) auxiliaries.set(name, auxiliary);
  }
  return auxiliary;
}

const auxiliaries = new Map<string, boolean>();

/** The header's texts in order: sheets split by programme or per project share it, wherever the header sits. */
export function headerSignature(h: HeaderResult): string {
  let signature = signatures.get(h.cells);
  if (signature === undefined) signatures.set(h.cells, (signature = h.cells.map((c) => normalizeHeader(c.text)).join("|")));
  return signature;
}

/** By header cells (shared by the sheets of one header row, header.ts): a header's signature is written once. */
const signatures = new WeakMap<HeaderResult["cells"], string>();
