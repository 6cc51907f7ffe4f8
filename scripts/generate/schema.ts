/**
 * The parts of ruleset.schema.json that are derived rather than written: the project field names, the
 * mapping's entities and their columns, the custom rules' entities (model/fields), and one entry per
 * built-in rule with its typed options and default severity (rules/registry). Everything else in the
 * schema is edited by hand; `npm run generate` rewrites only these parts.
 */
import { CUSTOM_RULE_ENTITIES, ENTITIES, ENTITY_SPECS, fieldEntries } from "../../src/core/model/fields";
import { rules } from "../../src/core/rules/registry";
import type { Rule, RuleOption } from "../../src/core/rules/rule";

type Json = Record<string, unknown>;

const GENERATED = "Generated from src/core/model/fields and src/core/rules/registry.ts by npm run generate; edit those, not this.";

/** The schema with its derived parts filled in from the catalogue and the registry. */
export function rulesetSchema(current: Json): Json {
  const schema = structuredClone(current) as Json & { definitions: Json; properties: Json };
  const defs = schema.definitions as Record<string, Json>;
  defs.fieldName = {
    $comment: GENERATED,
    description: "A project field, or the header of any other column in the Projects sheet.",
    anyOf: [{ enum: fieldEntries("projects").map(([f]) => f) }, { type: "string", minLength: 1 }],
  };
  const props = schema.properties as Record<string, Json>;
  props.mapping = {
    ...props.mapping,
    $comment: GENERATED,
    properties: Object.fromEntries(ENTITIES.map((e) => [e, entityMapping(e)])),
  };
  const custom = props.customRules as { items: { properties: Record<string, Json> } };
  custom.items.properties.entity = {
    $comment: GENERATED,
    enum: CUSTOM_RULE_ENTITIES,
    description: `Rows the expressions are evaluated on (default projects): ${CUSTOM_RULE_ENTITIES.join(", ")}.`,
  };
  props.rules = { ...props.rules, $comment: GENERATED, properties: Object.fromEntries(rules.map((r) => [r.id, ruleEntry(r)])) };
  return schema;
}

/**
 * The schema the loader's validator is compiled from: without the parts that only help an editor
 * complete (each rule's entry, the field-name and column suggestions), which accept what the generic
 * parts accept anyway, so adding a rule or a field does not change the generated validator. Rule
 * options are checked against the registry at load time (option-errors.ts).
 */
export function validatorSchema(schema: Json): Json {
  const copy = structuredClone(schema) as { definitions: Record<string, Json>; properties: Record<string, Json> };
  delete copy.properties.rules.properties;
  copy.definitions.fieldName = { type: "string", minLength: 1 };
  const mapping = copy.properties.mapping.properties as Record<string, Json>;
  for (const e of Object.keys(mapping)) mapping[e] = { $ref: "#/definitions/entityMapping" };
  return copy as unknown as Json;
}

function entityMapping(entity: (typeof ENTITIES)[number]): Json {
  const spec = ENTITY_SPECS[entity];
  return {
    description: `${spec.heading}: ${spec.holds}.`,
    allOf: [{ $ref: "#/definitions/entityMapping" }],
    properties: {
      columns: {
        properties: Object.fromEntries(fieldEntries(entity).map(([f, s]) => [f, { type: "string", minLength: 1, description: `${s.label}: ${s.description}. A header text or a column letter.` }])),
      },
    },
  };
}

function ruleEntry(rule: Rule): Json {
  const options = Object.entries(rule.meta.options);
  return {
    description: `${rule.meta.description} Default: ${rule.meta.defaultSeverity}.`,
    default: rule.meta.defaultSeverity,
    if: { type: "string" },
    then: { $ref: "#/definitions/severity" },
    else: {
      type: "object",
      additionalProperties: false,
      properties: {
        severity: { $ref: "#/definitions/severity" },
        options: { type: "object", additionalProperties: false, properties: Object.fromEntries(options.map(([name, o]) => [name, optionSchema(o)])) },
      },
    },
  };
}

function optionSchema(o: RuleOption): Json {
  const out: Json = { type: o.type, description: o.description };
  if (o.default !== undefined) out.default = o.default;
  if (o.enum) out.enum = o.enum;
  if (o.minimum !== undefined) out.minimum = o.minimum;
  if (o.items) out.items = o.items;
  return out;
}

/** The schema as committed: two-space JSON, with what fits in a line of 140 characters on one line, as it was written by hand. */
export function schemaText(schema: Json): string {
  return format(schema, "") + "\n";
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  return JSON.stringify(value);
}

function format(value: unknown, indent: string, key = ""): string {
  const flat = inline(value);
  const plainList = Array.isArray(value) && value.every((v) => v === null || typeof v !== "object");
  if (!value || typeof value !== "object" || plainList || indent.length + key.length + flat.length <= 140) return flat;
  const inner = indent + "  ";
  if (Array.isArray(value)) return `[\n${value.map((v) => inner + format(v, inner)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value).map(([k, v]) => {
    const name = `${JSON.stringify(k)}: `;
    return inner + name + format(v, inner, name);
  });
  return `{\n${entries.join(",\n")}\n${indent}}`;
}
