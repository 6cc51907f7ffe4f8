/**
 * The one description of every entity and field the product reads. The reader (synonyms, qualifiers,
 * value kinds, header keys, evidence), the model's record types, the ruleset schema's field names and
 * mapping, the custom-rule context, the required-field defaults, the mapping screen's field lists, the
 * docs' tables and the test factories all come from here.
 */
import { assignments } from "./assignments";
import { financials } from "./financials";
import { gates } from "./gates";
import { milestones } from "./milestones";
import { objectives } from "./objectives";
import { projects } from "./projects";
import { resources } from "./resources";
import { risks } from "./risks";
import type { EntitySpec, FieldSpec, FieldValues, ValueKind } from "./spec";

export type { ContentEvidence, EntitySpec, FieldSpec, FieldValues, KindValues, ValueKind } from "./spec";

/** Every entity, in the order the reader locates them and the docs list them. */
export const ENTITY_SPECS = { projects, gates, resources, assignments, financials, milestones, risks, objectives } as const;

export type EntityName = keyof typeof ENTITY_SPECS;

export const ENTITIES = Object.keys(ENTITY_SPECS) as EntityName[];

/** The entities custom rules may run over (those whose description offers a custom-rule context). */
export type CustomRuleEntity = { [E in EntityName]: (typeof ENTITY_SPECS)[E]["customRule"] extends null ? never : E }[EntityName];

export const CUSTOM_RULE_ENTITIES = ENTITIES.filter((e) => ENTITY_SPECS[e].customRule !== null) as CustomRuleEntity[];

/** The field values of each entity's records, typed by kind. */
export type ProjectFields = FieldValues<typeof projects.fields>;
export type GateFields = FieldValues<typeof gates.fields>;
export type ResourceFields = FieldValues<typeof resources.fields>;
export type AssignmentFields = FieldValues<typeof assignments.fields>;
export type FinancialFields = FieldValues<typeof financials.fields>;
export type MilestoneFields = FieldValues<typeof milestones.fields>;
export type RiskFields = FieldValues<typeof risks.fields>;
export type ObjectiveFields = FieldValues<typeof objectives.fields>;

/** An entity's description. */
export function entitySpec(entity: EntityName): EntitySpec {
  return ENTITY_SPECS[entity];
}

/** The entity's fields in order. @example fieldNames("resources") // ["name", "role", "team", "capacity"] */
export function fieldNames(entity: EntityName): string[] {
  return Object.keys(ENTITY_SPECS[entity].fields);
}

/** The entity's fields with their descriptions, in order. */
export function fieldEntries(entity: EntityName): [string, FieldSpec][] {
  return Object.entries(ENTITY_SPECS[entity].fields as Readonly<Record<string, FieldSpec>>);
}

/** A field's description; undefined for a name that is no field of the entity. */
export function fieldSpec(entity: EntityName, field: string): FieldSpec | undefined {
  const fields: Readonly<Record<string, FieldSpec>> = ENTITY_SPECS[entity].fields;
  return Object.hasOwn(fields, field) ? fields[field] : undefined;
}

/** Field -> how its cells are read. */
export function fieldKinds(entity: EntityName): Record<string, ValueKind> {
  return Object.fromEntries(fieldEntries(entity).map(([f, s]) => [f, s.kind]));
}

/** Whether values of the kind are dates. */
export function isDateKind(kind: ValueKind | undefined): boolean {
  return kind === "date" || kind === "endDate";
}

/** The label of a field ("Actual Cost"), or the field's name spelled out when it is none of the entity's. */
export function fieldLabelOf(entity: EntityName, field: string): string {
  return fieldSpec(entity, field)?.label ?? field.charAt(0).toUpperCase() + field.slice(1);
}

/** The default ruleset's requiredFields, from each project field's `requiredFrom`. */
export function defaultRequiredFields(): { always: string[]; fromStage: Record<string, string[]> } {
  const always: string[] = [];
  const fromStage: Record<string, string[]> = {};
  for (const [field, spec] of Object.entries(projects.fields as Readonly<Record<string, FieldSpec>>)) {
    if (spec.requiredFrom === undefined) continue;
    if (spec.requiredFrom === "always") always.push(field);
    else (fromStage[spec.requiredFrom] ??= []).push(field);
  }
  return { always, fromStage };
}
