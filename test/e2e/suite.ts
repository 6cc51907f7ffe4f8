/**
 * What every pane e2e file sets up: the built harness served over HTTP and Chromium launched with a fresh
 * profile, before the file's tests; both closed after them.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { launch, type Browser } from "./browser";
import { serveStatic } from "./static-server";

/** The repository's root. */
export const ROOT = resolve(import.meta.dirname, "../..");

export interface HarnessSuite {
  /** The harness page's address. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Registers the file's first beforeAll and last afterAll (vitest runs hooks in order, after-hooks in
 * reverse), so a file's own hooks may open pages on `suite.browser`. Call it at the top level of the file.
 */
export function harnessSuite(): HarnessSuite {
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(resolve(ROOT, "dist/harness"));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error("the harness is not served yet: use suite.url inside a hook or a test");
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error("the browser is not launched yet: use suite.browser inside a hook or a test");
      return browser;
    },
  };
}

/** A folder under the repository's root for screenshots and workbooks a person looks at, made if missing. */
export function outputDir(relative: string): string {
  const dir = resolve(ROOT, relative);
  mkdirSync(dir, { recursive: true });
  return dir;
}
