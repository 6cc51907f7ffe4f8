// Bundles the CLI (src/cli/main.ts and the core it imports) into dist/cli.js. Dependencies stay
// external: they are installed beside the package, and bundling ExcelJS would only slow the build.
import { build } from "esbuild";
import { copyFile, mkdir, access } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

await mkdir(dist, { recursive: true });
await build({
  entryPoints: [join(root, "src/cli/main.ts")],
  outfile: join(dist, "cli.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: true,
  logLevel: "warning",
});

// The schema ships beside the CLI so a PMO can point an editor at it ("$schema": ".../ruleset.schema.json").
const schema = join(root, "src/core/ruleset/ruleset.schema.json");
const hasSchema = await access(schema).then(() => true, () => false);
if (hasSchema) await copyFile(schema, join(dist, "ruleset.schema.json"));
console.log(`built ${join("dist", "cli.js")}${hasSchema ? " and dist/ruleset.schema.json" : ""}`);
