/**
 * The team's shared test files live beside the repository in ../shared (real workbooks, Project XML
 * files, the manifest schemas). A clone with nothing beside it must still pass `npm test`: a suite that
 * needs one of those files asks `sharedFiles()` and is skipped, with one line saying what and why.
 */
import { existsSync } from "node:fs";
import { describe, it } from "vitest";
import { resolve } from "node:path";

/** ../shared, seen from the repository root. */
export const SHARED_DIR = resolve(import.meta.dirname, "../../../shared");

/** The absolute path of a file under ../shared. */
export function sharedPath(relative: string): string {
  return resolve(SHARED_DIR, relative);
}

const reported = new Set<string>();

/**
 * Whether every listed file under ../shared exists. When one does not, prints one line naming the
 * suite and the missing file (once per suite) so that the skip is visible in the test output.
 */
export function sharedFiles(suite: string, ...relatives: string[]): boolean {
  const missing = relatives.find((r) => !existsSync(sharedPath(r)));
  if (missing === undefined) return true;
  if (!reported.has(suite)) {
    reported.add(suite);
    console.log(`skipped: ${suite} needs ../shared/${missing}, which is not beside this clone`);
  }
  return false;
}

/**
 * `describe` for a suite that needs files under ../shared. Without them the suite's body is not even
 * collected (it may read the files while collecting), and one line says it was skipped.
 */
export function describeShared(name: string, relatives: string[], body: () => void): void {
  if (sharedFiles(name, ...relatives)) describe(name, body);
  else describe.skip(name, () => it("needs ../shared", () => undefined));
}
