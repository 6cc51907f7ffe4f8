/**
 * Finds where each entity lives: the ruleset's mapping, else an Excel Table named like it, else a sheet
 * named like it (or a synonym), else by content (the unclaimed sheet whose header matches best).
 */
import type { EntityName } from "../model/portfolio";
import type { EntityMapping, Ruleset } from "../ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import { generatedSheetNames } from "../generated/sheets";
import { GridView, parseRange } from "./a1";
import { findHeader } from "./header";
import type { HeaderOptions, HeaderResult, Region } from "./header";
import { contentAccepts, ENTITIES, FORMAT_SHEET, headerSignature, isAuxiliary, nameMatches, wholeSheet } from "./candidates";
import { locateProjects } from "./locate-projects";
import { appendAll } from "../arrays";

export { ENTITIES } from "./candidates";

export interface Located {
  entity: EntityName;
  how: "table" | "sheet-name" | "content" | "mapping";
  view: GridView;
  table?: string;
  region: Region;
  header: HeaderResult;
  /** Projects: a Status column of words beside the RAG column that is the status (it still says Complete, On Hold). */
  stateColumn?: number;
  /** Why the sheet was read as the entity, when more than how it was found (the register's evidence). */
  why?: string;
}

export interface Location {
  found: Map<EntityName, Located[]>;
  /** Why an entity was not found, when something specific went wrong (for missing-entity reasons). */
  notes: Map<EntityName, string>;
  views: GridView[];
  /** Sheets that looked like a project register and are not one, with why. */
  rejected: { sheet: string; why: string }[];
  /** Register candidates not taken and not used for another entity: they may hold per-project figures. */
  figures: Located[];
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
  const rejected: Location["rejected"] = [];
  const projectRunnersUp: Located[] = [];
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
    if (entity === "projects") {
      const p = locateProjects({ views, tables, claimed, tryTable: (t, how) => tryTable(entity, t, how, m), trySheet: (v, how) => trySheet(entity, v, how, m) });
      for (const { loc, why } of p.chosen) take({ ...loc, why });
      appendAll(rejected, p.rejected);
      appendAll(projectRunnersUp, p.others);
      if (p.note && p.chosen.length === 0) notes.set(entity, p.note);
      continue;
    }
    const t = tables.find((x) => nameMatches(entity, x.name));
    const fromTable = t ? tryTable(entity, t, "table", m) : null;
    if (fromTable) {
      take(fromTable);
      continue;
    }
    const named = views.filter((x) => !claimed.has(x.name) && nameMatches(entity, x.name) && !FORMAT_SHEET.test(x.name));
    // A RAID log often keeps one register per sheet (Risks, Assumptions, Issues, Dependencies): every one is read.
    for (const v of entity === "risks" ? named : named.slice(0, 1)) {
      const fromSheet = trySheet(entity, v, "sheet-name", m);
      if (fromSheet) take(fromSheet);
      else notes.set(entity, `sheet "${v.name}" is named like ${entity} but no row in its first 60 looks like a ${entity} header`);
    }
  }

  locateByContent(views, claimed, found, optsFor, take, ruleset);
  addSiblings(views, claimed, found, optsFor, take, ruleset);
  const figures = projectRunnersUp.filter((loc) => !claimed.has(loc.view.name) && loc.header.match.fields.has("id"));
  return { found, notes, views, rejected, figures };
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
    // The register was chosen on its evidence (locate-projects.ts); what was rejected stays rejected.
    if (entity === "projects" || found.has(entity) || ruleset.mapping?.[entity]?.sheet || ruleset.mapping?.[entity]?.table) continue;
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

