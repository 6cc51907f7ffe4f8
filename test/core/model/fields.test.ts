/** The descriptions of entities and fields are consistent: every name they use is a field, every default holds. */
import { describe, expect, it } from "vitest";
import type { ContentEvidence } from "../../../src/core/model/fields";
import { CUSTOM_RULE_ENTITIES, defaultRequiredFields, ENTITIES, ENTITY_SPECS, fieldEntries, fieldNames } from "../../../src/core/model/fields";
import { DERIVED } from "../../../src/core/rules/custom/row-context";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { normalizeHeader } from "../../../src/core/read/normalize";
import { matchHeader } from "../../../src/core/read/columns";
import { entityFields } from "../../../src/taskpane/logic/mapping";
import { COLUMNS } from "../../factories";

describe.each(ENTITIES)("the description of %s", (entity) => {
  const spec = ENTITY_SPECS[entity];
  const fields = new Set(fieldNames(entity));

  it("names only its own fields as keys, labels and evidence", () => {
    const evidence: ContentEvidence = spec.evidence;
    const named = [...spec.headerKeys, ...spec.keyColumns, spec.recordKey, ...spec.labelFields, ...(evidence.all ?? []), ...(evidence.anyOf ?? []).flat()];
    expect(named.filter((f) => !fields.has(f))).toEqual([]);
  });

  it("gives every field a label, a description and synonyms", () => {
    for (const [field, s] of fieldEntries(entity)) {
      expect(s.label, field).not.toBe("");
      expect(s.description, field).not.toBe("");
      expect(s.synonyms.length, field).toBeGreaterThan(0);
    }
  });

  it("reads each field's first synonym as that field", () => {
    for (const [field, s] of fieldEntries(entity)) expect(matchHeader(entity, s.synonyms[0])?.field, `${entity} ${s.synonyms[0]}`).toBe(field);
  });

  it("gives no header to two fields", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [field, s] of fieldEntries(entity)) {
      for (const syn of s.synonyms) {
        const key = normalizeHeader(syn);
        const prev = owner.get(key);
        if (prev !== undefined && prev !== field) clashes.push(`${syn}: ${prev}, ${field}`);
        owner.set(key, field);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("is what the mapping screen lists and the test factories lay out", () => {
    expect(entityFields(entity)).toEqual(fieldNames(entity));
    expect(Object.keys(COLUMNS[entity])).toEqual(fieldNames(entity));
  });
});

describe("derived from the descriptions", () => {
  it("requires by default what the project fields say, at stages of the default lifecycle", () => {
    const { stages } = defaultRuleset().lifecycle;
    const required = defaultRequiredFields();
    expect(required).toEqual({ always: ["manager"], fromStage: { Initiation: ["sponsor"], Planning: ["start", "finish", "budget"] } });
    for (const stage of Object.keys(required.fromStage)) expect(stages).toContain(stage);
    expect(defaultRuleset().requiredFields).toEqual(required);
  });

  it("computes every custom-rule name the descriptions announce, and no other", () => {
    const lookups = { index: { stageOf: () => ({ kind: "blank" }) } as never, project: () => undefined };
    for (const entity of CUSTOM_RULE_ENTITIES) {
      const names = Object.keys(DERIVED[entity]({ source: { sheet: "S", row: 2 } } as never, lookups));
      // Projects' stage is a field, resolved against the lifecycle here.
      expect(names.filter((n) => !(entity === "projects" && n === "stage")).sort(), entity).toEqual(Object.keys(ENTITY_SPECS[entity].customRule ?? {}).sort());
    }
  });
});
