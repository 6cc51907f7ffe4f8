/**
 * The Mapping screen's model: which sheet, header row and columns each entity was read from, the
 * headers a user can pick instead, and how a correction is written into the ruleset's mapping.
 */
import type { EntityDetection, EntityName } from "../../core/model/portfolio";
import type { EntityMapping, Ruleset } from "../../core/ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import { ENTITIES as CATALOGUE_ENTITIES, ENTITY_SPECS, fieldNames } from "../../core/model/fields";
import { columnLetter } from "../../core/read/a1";
import { GENERATED_MARKER, EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";

export const ENTITIES: readonly EntityName[] = CATALOGUE_ENTITIES;

/** Each entity's heading on the screen, from its description (model/fields). */
export const ENTITY_LABELS = Object.fromEntries(CATALOGUE_ENTITIES.map((e) => [e, ENTITY_SPECS[e].heading])) as Record<EntityName, string>;

/** A field name as a label. @example fieldLabel("percentComplete") // "Percent complete"; fieldLabel("projectId") // "Project ID" */
export function fieldLabel(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(" ");
  const text = words.map((w) => (w === "id" ? "ID" : w)).join(" ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Fields the reader knows for an entity, in the order the reader lists them. */
export function entityFields(entity: EntityName): string[] {
  return fieldNames(entity);
}

/** Sheets a user may map an entity to: the user's own, not the ones the product generated. */
export function userSheets(source: WorkbookSource): string[] {
  return source.sheets
    .filter((s) => s.name !== EMBEDDED_RULESET_SHEET)
    .filter((s) => !s.values.slice(0, 6).some((row) => row.some((v) => typeof v === "string" && v.startsWith(GENERATED_MARKER))))
    .map((s) => s.name);
}

export interface HeaderOption {
  header: string;
  column: string;
}

/** The non-empty header texts of a sheet's header row (1-based), with their column letters. */
export function headerOptions(source: WorkbookSource, sheet: string, headerRow: number): HeaderOption[] {
  const grid = source.sheets.find((s) => s.name === sheet);
  if (!grid) return [];
  const row = grid.values[headerRow - grid.top];
  if (!row) return [];
  const options: HeaderOption[] = [];
  row.forEach((v, i) => {
    const header = v === null ? "" : String(v).trim();
    if (header !== "") options.push({ header, column: columnLetter(grid.left + i) });
  });
  return options;
}

/** The mapping as the screen edits it: detection first, then what the ruleset already says on top. */
export function effectiveMapping(entity: EntityName, detection: EntityDetection | undefined, ruleset: Ruleset): EntityMapping {
  const saved = ruleset.mapping[entity] ?? {};
  const detected: Record<string, string> = {};
  for (const [field, { header }] of Object.entries(detection?.columns ?? {})) detected[field] = header;
  return {
    sheet: saved.sheet ?? detection?.sheet,
    ...(saved.table ?? detection?.table ? { table: saved.table ?? detection?.table } : {}),
    headerRow: saved.headerRow ?? detection?.headerRow,
    columns: { ...detected, ...(saved.columns ?? {}) },
    ...(saved.layout ?? detection?.layout ? { layout: saved.layout ?? detection?.layout } : {}),
    ...(saved.unit ?? detection?.unit ? { unit: saved.unit ?? detection?.unit } : {}),
  };
}

/** A new ruleset whose mapping for the entity is replaced; empty column choices are dropped. */
export function withEntityMapping(ruleset: Ruleset, entity: EntityName, mapping: EntityMapping): Ruleset {
  const columns = Object.fromEntries(Object.entries(mapping.columns ?? {}).filter(([, header]) => header.trim() !== ""));
  const clean: EntityMapping = { ...mapping, columns };
  if (clean.table === undefined) delete clean.table;
  return { ...ruleset, mapping: { ...ruleset.mapping, [entity]: clean } };
}

/** A new ruleset without a saved mapping for the entity, so detection decides again. */
export function withoutEntityMapping(ruleset: Ruleset, entity: EntityName): Ruleset {
  const mapping = { ...ruleset.mapping };
  delete mapping[entity];
  return { ...ruleset, mapping };
}

/**
 * Fields that no header-row column feeds but that the records carry anyway: read from a wide plan's
 * period columns, a key/value block or project heading rows. The screen shows them as detected, not
 * as "not mapped".
 */
export function fieldsFoundElsewhere(entity: EntityName, detection: EntityDetection | undefined, records: readonly object[]): Set<string> {
  const found = new Set<string>();
  for (const field of entityFields(entity)) {
    if (detection?.columns[field]) continue;
    if (records.some((r) => { const v = (r as Record<string, unknown>)[field]; return v !== undefined && v !== null && v !== ""; })) found.add(field);
  }
  return found;
}

/** What the screen says about a field found elsewhere, by the layout it came from. */
export function foundElsewhereText(detection: EntityDetection | undefined): string {
  return detection?.layout === "wide" ? "(from the plan's period columns)" : "(found outside the header row)";
}

/** The mapping detection alone gives, as "Use automatic detection" shows it before the next check. */
export function detectedMapping(entity: EntityName, detection: EntityDetection | undefined, ruleset: Ruleset): EntityMapping {
  return effectiveMapping(entity, detection, withoutEntityMapping(ruleset, entity));
}
