/** Writes ruleset-validator.generated.js (see validator-source.ts). Run: npx tsx src/core/ruleset/generate-validator.ts */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validatorSource } from "./validator-source";

const target = fileURLToPath(new URL("./ruleset-validator.generated.js", import.meta.url));
writeFileSync(target, validatorSource());
console.log(`wrote ${target}`);
