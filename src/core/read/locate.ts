/**
 * Finds where each entity lives: the ruleset's mapping, else an Excel Table named like it, else a sheet
 * named like it (or a synonym), else by content (the unclaimed sheet whose header matches best).
 */
import { ENTITY_SPECS } from "../model/fields";
import type { ContentEvidence } from "../model/fields";
import type { EntityName } from "../model/portfolio";
import type { EntityMapping, Ruleset } from "../ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import { generatedSheetNames } from "../generated/sheets";
import { GridView, parseRange } from "./a1";
import { findHeader } from "./header";
import type { HeaderOptions, HeaderResult, Region } from "./header";
import { normalizeHeader } from "./normalize";
import { entityNameSet } from "./synonyms";

/** The entities the reader locates and reads, in this order. */
export const ENTITIES: EntityName[] = ["projects", "gates", "resources", "assignments", "financials"];

export interface Located {
  entity: EntityName;
  how: "table" | "sheet-name" | "content" | "mapping";
  view: GridView;
  table?: string;
  region: Region;
  header: HeaderResult;
}

export interface Location {
  found: Map<EntityName, Located[]>;
  /** Why an entity was not found, when something specific went wrong (for missing-entity reasons). */
  notes: Map<EntityName, string>;
  views: GridView[];
}

const NAME_NOISE = /^(?:tbl|table|t)(?=[a-z])|(?:table|tbl|data|list|sheet|log|tracker|fy\d{2,4}|\d+)+$/g;

function nameMatches(entity: EntityName, name: string): boolean {
  const set = entityNameSet(entity);
  const n = normalizeHeader(name);
  return set.has(n) || set.has(n.replace(NAME_NOISE, ""));
}

function wholeSheet(view: GridView): Region {
  return { top: view.top, left: view.left, bottom: view.bottom, right: view.right };
}

/**
 * Whether a header found by content alone shows the entity's evidence (model/fields), so that a stray
 * sheet is not taken for an entity.
 */
function contentAccepts(entity: EntityName, h: HeaderResult): boolean {
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

/** Locates every entity in the workbook. */
export function locateEntities(source: WorkbookSource, ruleset: Ruleset): Location {
  // The product's own sheets (decided by its marker names, never by a sheet's text) are not data.
  const generated = generatedSheetNames(source);
  const views = (source.sheets ?? []).filter((s) => !generated.has(s.name.toLowerCase())).map((s) => new GridView(s));
  const byName = new Map(views.map((v) => [v.name.toLowerCase(), v]));
  const tables = (source.tables ?? []).filter((t) => byName.has(String(t.sheet).toLowerCase()));
  const found = new Map<EntityName, Located[]>();
  const notes = new Map<EntityName, string>();
  const claimed = new Set<string>();
  const artefacts = ruleset.lifecycle.gates.flatMap((g) => g.requiredArtifacts);
  const optsFor = (entity: EntityName, m?: EntityMapping, row?: number): HeaderOptions => ({
    date1904: !!source.date1904,
    explicit: m?.columns,
    extraFields: entity === "gates" ? artefacts : undefined,
    row: m?.headerRow ?? row,
  });

  const tryTable = (entity: EntityName, t: (typeof tables)[number], how: Located["how"], m?: EntityMapping): Located | null => {
    const view = byName.get(t.sheet.toLowerCase())!;
    const r = parseRange(t.ref);
    if (!r) return null;
    const region = { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
    const header = findHeader(view, region, entity, optsFor(entity, m, t.hasHeader !== false ? r.top : undefined));
    return header ? { entity, how, view, table: t.name, region, header } : null;
  };
  const trySheet = (entity: EntityName, view: GridView, how: Located["how"], m?: EntityMapping): Located | null => {
    const region = wholeSheet(view);
    const header = findHeader(view, region, entity, optsFor(entity, m));
    return header ? { entity, how, view, region, header } : null;
  };
  const take = (loc: Located) => {
    found.set(loc.entity, [...(found.get(loc.entity) ?? []), loc]);
    if (!loc.table) claimed.add(loc.view.name);
  };

  for (const entity of ENTITIES) {
    const m = ruleset.mapping?.[entity];
    const target = m?.table ?? m?.sheet;
    if (target) {
      const t = tables.find((x) => x.name.toLowerCase() === target.toLowerCase());
      const v = byName.get(target.toLowerCase());
      const loc = t ? tryTable(entity, t, "mapping", m) : v ? trySheet(entity, v, "mapping", m) : null;
      if (loc) take(loc);
      else notes.set(entity, t || v ? `the ruleset maps ${entity} to "${target}", but no header row with the mapped columns was found there` : `the ruleset maps ${entity} to "${target}", which is neither a sheet nor an Excel Table in this workbook`);
      continue;
    }
    const t = tables.find((x) => nameMatches(entity, x.name));
    const fromTable = t ? tryTable(entity, t, "table", m) : null;
    if (fromTable) {
      take(fromTable);
      continue;
    }
    const v = views.find((x) => !claimed.has(x.name) && !FORMAT_SHEET.test(x.name) && nameMatches(entity, x.name));
    const fromSheet = v ? trySheet(entity, v, "sheet-name", m) : null;
    if (fromSheet) take(fromSheet);
    else if (v) notes.set(entity, `sheet "${v.name}" is named like ${entity} but no row in its first 60 looks like a ${entity} header`);
  }

  locateByContent(views, claimed, found, optsFor, take, ruleset);
  addSiblings(views, claimed, found, optsFor, take, ruleset);
  return { found, notes, views };
}

/** Entities still missing, found by content on unclaimed sheets; a sheet goes to the entity it matches best. */
function locateByContent(
  views: GridView[],
  claimed: Set<string>,
  found: Map<EntityName, Located[]>,
  optsFor: (e: EntityName, m?: EntityMapping) => HeaderOptions,
  take: (l: Located) => void,
  ruleset: Ruleset,
): void {
  const candidates: Located[] = [];
  for (const entity of ENTITIES) {
    if (found.has(entity) || ruleset.mapping?.[entity]?.sheet || ruleset.mapping?.[entity]?.table) continue;
    for (const view of views) {
      if (claimed.has(view.name) || isAuxiliary(view.name)) continue;
      const region = wholeSheet(view);
      const header = findHeader(view, region, entity, optsFor(entity, ruleset.mapping?.[entity]));
      if (header && contentAccepts(entity, header)) candidates.push({ entity, how: "content", view, region, header });
    }
  }
  // Greedy: the strongest (sheet, entity) pair first, so a sheet goes to the entity it matches best.
  candidates.sort((a, b) => b.header.score - a.header.score);
  const done = new Set<EntityName>();
  for (const c of candidates) {
    if (done.has(c.entity) || claimed.has(c.view.name)) continue;
    take(c);
    done.add(c.entity);
    // One sheet per project with the same layout: every sheet with the identical header is part of it.
    const signature = headerSignature(c.header);
    for (const other of candidates) {
      if (other.entity === c.entity && !claimed.has(other.view.name) && headerSignature(other.header) === signature) take(other);
    }
  }
}

/**
 * Sheets laid out exactly like a located one ("Closed Projects" next to "Projects", one sheet per
 * programme) hold more of the same records. Templates, examples and lookup sheets do not.
 */
function addSiblings(views: GridView[], claimed: Set<string>, found: Map<EntityName, Located[]>, optsFor: (e: EntityName, m?: EntityMapping) => HeaderOptions, take: (l: Located) => void, ruleset: Ruleset): void {
  for (const entity of ENTITIES) {
    const locs = found.get(entity) ?? [];
    if (locs.length === 0 || locs.some((l) => l.table) || ruleset.mapping?.[entity]?.sheet || ruleset.mapping?.[entity]?.table) continue;
    const signatures = new Set(locs.map((l) => headerSignature(l.header)));
    for (const view of views) {
      if (claimed.has(view.name) || isAuxiliary(view.name)) continue;
      const region = wholeSheet(view);
      const header = findHeader(view, region, entity, optsFor(entity, ruleset.mapping?.[entity]));
      if (header && signatures.has(headerSignature(header))) take({ entity, how: locs[0].how, view, region, header });
    }
  }
}

/** Sheets that describe the format rather than hold data: never taken, even when named like an entity. */
const FORMAT_SHEET = /template|example|sample|instruction|read\s*me|\bhelp\b|guide/i;
/** Sheets of lookup values: not taken by content or likeness ("Project List" is still a register by name). */
const LOOKUP_SHEET = /lookups?|\blists?\b|drop\s*-?\s*downs?|settings|config|legend|validation/i;

function isAuxiliary(name: string): boolean {
  return FORMAT_SHEET.test(name) || (LOOKUP_SHEET.test(name) && !ENTITIES.some((e) => nameMatches(e, name)));
}

/** The header's texts in order: sheets split by programme or per project share it, wherever the header sits. */
function headerSignature(h: HeaderResult): string {
  return h.cells.map((c) => normalizeHeader(c.text)).join("|");
}
