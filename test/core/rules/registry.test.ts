import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../../../src/core/rules/registry";
import schema from "../../../src/core/ruleset/ruleset.schema.json";

const root = join(__dirname, "../../..");

describe("rule registry", () => {
  const ids = rules.map((r) => r.id);

  it("has unique ids, sorted", () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("names every rule family/name in kebab case", () => {
    for (const id of ids) expect(id).toMatch(/^(gate|resource|budget|schedule|status|data|milestone|risk|strategy)\/[a-z]+(-[a-z]+)*$/);
  });

  it.each(ids)("%s lives in its own file, with a test and a doc page", (id) => {
    expect(existsSync(join(root, "src/core/rules", `${id}.ts`))).toBe(true);
    expect(existsSync(join(root, "test/core/rules", `${id}.test.ts`))).toBe(true);
    expect(existsSync(join(root, "docs/rules", `${id}.md`))).toBe(true);
  });

  it.each(ids)("%s uses and tests every message id it declares", (id) => {
    const rule = rules.find((r) => r.id === id)!;
    const source = readFileSync(join(root, "src/core/rules", `${id}.ts`), "utf8");
    const test = readFileSync(join(root, "test/core/rules", `${id}.test.ts`), "utf8");
    for (const messageId of Object.keys(rule.meta.messages)) {
      expect(source, `${id} reports ${messageId}`).toContain(`"${messageId}"`);
      expect(test, `${id}'s test expects ${messageId}`).toContain(`messageId: "${messageId}"`);
    }
  });

  it.each(ids)("%s documents its options and its default severity", (id) => {
    const rule = rules.find((r) => r.id === id)!;
    const doc = readFileSync(join(root, "docs/rules", `${id}.md`), "utf8");
    expect(doc).toContain(`# ${id}`);
    expect(doc).toContain(`Default severity: **${rule.meta.defaultSeverity}**`);
    for (const name of Object.keys(rule.meta.options)) expect(doc).toContain(`\`${name}\``);
  });

  it("is listed in the rules index with its default severity", () => {
    const index = readFileSync(join(root, "docs/rules/README.md"), "utf8");
    for (const rule of rules) expect(index).toContain(`| [${rule.id}](${rule.id}.md) | ${rule.meta.defaultSeverity}`);
  });

  it("holds every rule file (a new rule is its file, its test, its doc page and its registry line)", () => {
    const families = readdirSync(join(root, "src/core/rules"), { withFileTypes: true }).filter((d) => d.isDirectory() && !["support", "custom"].includes(d.name));
    const files = families.flatMap((d) => readdirSync(join(root, "src/core/rules", d.name)).filter((f) => f.endsWith(".ts")).map((f) => `${d.name}/${f.slice(0, -3)}`));
    expect(files.sort()).toEqual(ids);
  });

  it("is listed in the ruleset schema, rule for rule", () => {
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(ids);
  });
});
