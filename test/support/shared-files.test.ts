/** A clone with nothing beside it must pass `npm test`: every use of ../shared goes through shared-files.ts. */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return /\.(ts|tsx|mjs|js|py)$/.test(e.name) ? [path] : [];
  });
}

describe("shared test files", () => {
  it("are reached only through test/support/shared-files.ts, which skips a suite when they are absent", () => {
    const offenders = [...testFiles(resolve(root, "test")), ...testFiles(resolve(root, "bench"))]
      .filter((f) => !/shared-files(\.test)?\.ts$/.test(f))
      .filter((f) => /["'`](\.\.\/)+shared\/|["'`]\.\.\/shared["'`]/.test(readFileSync(f, "utf8")))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });
});
