/**
 * Builds the harness once (webpack, production) before the end-to-end tests. Set E2E_SKIP_BUILD=1 to
 * reuse an existing dist/harness while iterating on a test.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

export default function setup(): void {
  const root = resolve(import.meta.dirname, "../..");
  if (process.env.E2E_SKIP_BUILD && existsSync(resolve(root, "dist/harness/index.html"))) return;
  const started = Date.now();
  execFileSync(process.execPath, [resolve(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--env", "harness"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  console.log(`harness built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
