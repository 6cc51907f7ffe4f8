import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULESET_SCHEMA_ID } from "../../../src/core/ruleset/default-ruleset";
import schema from "../../../src/core/ruleset/ruleset.schema.json";
import { validatorSource } from "../../../scripts/ruleset/validator-source";

const dir = join(__dirname, "../../../src/core/ruleset");

describe("the generated ruleset validator", () => {
  it("matches the schema (regenerate with npm run generate:validator)", () => {
    expect(readFileSync(join(dir, "ruleset-validator.generated.js"), "utf8")).toBe(validatorSource());
  });

  it("needs no code generation or module at run time (the task pane forbids eval)", () => {
    const generated = readFileSync(join(dir, "ruleset-validator.generated.js"), "utf8");
    expect(generated).not.toMatch(/new Function|eval\(|require\(/);
    for (const file of ["load.ts", "semantics.ts", "option-errors.ts", "schema-errors.ts"]) {
      expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/^import (?!type )[^;]*from "ajv/m);
    }
  });

  it("has the id rulesets point their $schema at", () => {
    expect(schema.$id).toBe(RULESET_SCHEMA_ID);
  });
});
