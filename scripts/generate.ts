/**
 * Rewrites every derived file: the generated parts of ruleset.schema.json, the validator compiled from
 * it, and the docs' entity, field and rule tables. Run `npm run generate` after changing an entity's or
 * a field's description (src/core/model/fields), the registry, or the schema; tests fail until then.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fillSections, generatedSections } from "./generate/docs";
import { rulesetSchema, schemaText } from "./generate/schema";
import { validatorSource } from "./ruleset/validator-source";

const root = fileURLToPath(new URL("..", import.meta.url));
const write = (path: string, text: string) => {
  const before = readFileSync(root + path, "utf8");
  if (before !== text) writeFileSync(root + path, text);
  console.log(`${before === text ? "unchanged" : "wrote"} ${path}`);
};

const schemaPath = "src/core/ruleset/ruleset.schema.json";
const schema = rulesetSchema(JSON.parse(readFileSync(root + schemaPath, "utf8")));
write(schemaPath, schemaText(schema));
write("src/core/ruleset/ruleset-validator.generated.js", validatorSource(schema));
for (const [file, sections] of Object.entries(generatedSections())) write(file, fillSections(readFileSync(root + file, "utf8"), sections, file));
