/** The ruleset schema's derived parts follow the field descriptions and the rule registry. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import schema from "../../../src/core/ruleset/ruleset.schema.json";
import { rulesetSchema, schemaText } from "../../../scripts/generate/schema";
import { CUSTOM_RULE_ENTITIES, ENTITIES, fieldNames } from "../../../src/core/model/fields";
import { rules } from "../../../src/core/rules/registry";
import { loadRuleset } from "../../../src/core/ruleset/load";

const committed = readFileSync(join(__dirname, "../../../src/core/ruleset/ruleset.schema.json"), "utf8");

describe("the ruleset schema", () => {
  it("is up to date with the field descriptions and the registry (regenerate with npm run generate)", () => {
    expect(committed).toBe(schemaText(rulesetSchema(JSON.parse(committed))));
  });

  it("offers every project field, every entity's mapping and the custom rules' entities", () => {
    expect(schema.definitions.fieldName.anyOf[0].enum).toEqual(fieldNames("projects"));
    expect(Object.keys(schema.properties.mapping.properties)).toEqual(ENTITIES);
    expect(Object.keys(schema.properties.mapping.properties.risks.properties.columns.properties)).toEqual(fieldNames("risks"));
    expect(schema.properties.customRules.items.properties.entity.enum).toEqual(CUSTOM_RULE_ENTITIES);
  });

  it("lists each rule with its default severity and its options typed", () => {
    const entries = schema.properties.rules.properties as Record<string, { default: string; else: { properties: { options: { properties: Record<string, { type: string; default?: unknown }> } } } }>;
    expect(Object.keys(entries)).toEqual(rules.map((r) => r.id));
    for (const r of rules) expect(entries[r.id].default, r.id).toBe(r.meta.defaultSeverity);
    expect(entries["resource/over-allocated"].else.properties.options.properties.tolerance).toMatchObject({ type: "number", default: 0 });
    expect(entries["resource/over-allocated"].else.properties.options.properties.excludeStages).toMatchObject({ type: "array", default: ["Cancelled"] });
  });

  it("accepts a custom rule over each entity the descriptions offer, and no other", () => {
    for (const entity of CUSTOM_RULE_ENTITIES) expect(loadRuleset({ customRules: [{ id: "x", entity, assert: "true", message: "m" }] }).ok, entity).toBe(true);
    const financials = loadRuleset({ customRules: [{ id: "x", entity: "financials", assert: "true", message: "m" }] });
    expect(financials.ok).toBe(false);
  });

  it("accepts a mapping for every entity", () => {
    for (const entity of ENTITIES) expect(loadRuleset({ mapping: { [entity]: { sheet: "Anything" } } }).ok, entity).toBe(true);
  });
});
