/**
 * The add-in's production build: the task pane's initial JavaScript stays within 200 KB gzipped, the
 * app arrives as a lazy chunk, and every page carries the Content-Security-Policy.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { BUDGET_KB, measureInitial } from "../../scripts/bundle-size.mjs";

const root = resolve(import.meta.dirname, "../..");
const dist = resolve(root, "dist/addin");

beforeAll(() => {
  execFileSync(process.execPath, [resolve(root, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
});

describe("add-in production build", () => {
  it("keeps the task pane's initial JavaScript within the budget", () => {
    const m = measureInitial(dist) as { totalBytes: number; files: { file: string }[] };
    console.log(`task pane initial JavaScript: ${(m.totalBytes / 1024).toFixed(1)} KB gzipped`);
    expect(m.totalBytes).toBeLessThanOrEqual(BUDGET_KB * 1024);
    // Fluent UI and the screens are not in the first download.
    expect(m.files.map((f) => f.file).some((f) => f.startsWith("fluent") || f.startsWith("app"))).toBe(false);
  });

  it("loads office.js from Microsoft's CDN and allows no other script source", () => {
    for (const page of ["taskpane.html", "commands.html", "dialog.html"]) {
      const html = readFileSync(resolve(dist, page), "utf8");
      expect(html).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
      const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
      expect(csp).not.toContain("unsafe-eval");
    }
  });

  it("ships the old-webview check as written, in plain ES5 (docs/add-in.md, \"Which Excel works\")", () => {
    const shipped = readFileSync(resolve(dist, "host-check.js"), "utf8");
    expect(shipped).toBe(readFileSync(resolve(root, "src/taskpane/host-check.js"), "utf8"));
    expect(shipped).not.toMatch(/=>|\?\.|\blet\b|\bconst\b|`/);
    expect(readFileSync(resolve(dist, "taskpane.html"), "utf8")).toMatch(/<script src="host-check.js"><\/script>/);
  });

  it("ships the manifest and the icons it names", () => {
    const manifest = readFileSync(resolve(dist, "manifest.xml"), "utf8");
    for (const [, icon] of manifest.matchAll(/https:\/\/localhost:3000\/(assets\/icon-\d+\.png)/g)) {
      expect(readFileSync(resolve(dist, icon)).subarray(1, 4).toString()).toBe("PNG");
    }
  });
});
