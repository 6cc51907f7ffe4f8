/** Writes ruleset-validator.generated.js (see validator-source.ts). Run: npm run generate:validator */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validatorSource } from "./validator-source";

const target = fileURLToPath(new URL("../../src/core/ruleset/ruleset-validator.generated.js", import.meta.url));
writeFileSync(target, validatorSource());
console.log(`wrote ${target}`);
