// @vitest-environment jsdom
/**
 * Packaging and hosting (issue 8): the manifest for a hosting base, the one sentence an unsupported
 * host shows instead of a blank pane. The manifest's icon sizes: IconUrl 32x32, HighResolutionIconUrl
 * 64x64 (https://learn.microsoft.com/office/dev/add-ins/develop/convert-xml-to-json-manifest, "Ensure
 * that you have two special image files"). Webviews: https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { DEV_BASE, manifestForBase, normalizeBase } from "../scripts/manifest-base.mjs";
import { sharedFiles, sharedPath } from "./support/shared-files";
import { unsupportedExcel } from "../src/taskpane/host-support";

const root = resolve(import.meta.dirname, "..");
const SCHEMA = "office-manifest-xsd/OfficeAppManifestV1_1.xsd";
const manifest = readFileSync(resolve(root, "manifest.xml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "pmo-manifest-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the manifest for a hosting base", () => {
  const base = normalizeBase("https://pmo.example.org/rulebook") as string;
  const hosted = manifestForBase(manifest, base) as string;

  it("moves every URL to the base and keeps localhost for development", () => {
    expect(base).toBe("https://pmo.example.org/rulebook/");
    expect(hosted).not.toContain("localhost");
    expect(hosted).toContain('<SourceLocation DefaultValue="https://pmo.example.org/rulebook/taskpane.html"/>');
    expect(hosted).toContain('<SupportUrl DefaultValue="https://pmo.example.org/rulebook/help.html"/>');
    expect(manifestForBase(manifest, DEV_BASE)).toBe(manifest);
  });

  it.skipIf(!sharedFiles("manifest schema validation", SCHEMA))("still validates against the manifest schema", () => {
    const path = join(dir, "manifest.xml");
    writeFileSync(path, hosted);
    expect(execFileSync("xmllint", ["--noout", "--schema", sharedPath(SCHEMA), path], { encoding: "utf8", stdio: "pipe" })).toBe("");
  });

  it("refuses a base that is not https", () => {
    expect(() => normalizeBase("http://pmo.example.org/")).toThrow(/https/);
    expect(() => normalizeBase("pmo.example.org")).toThrow(/absolute URL/);
  });

  it("has the 64x64 high-resolution icon, a support page and no AppDomains (every page is on its own origin)", () => {
    expect(manifest).toMatch(/<IconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-32.png"\/>/);
    expect(manifest).toMatch(/<HighResolutionIconUrl DefaultValue="https:\/\/localhost:3000\/assets\/icon-64.png"\/>/);
    expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help.html"\/>/);
    expect(manifest).not.toMatch(/<AppDomains>/);
  });
});

describe("an unsupported host shows one sentence, not a blank pane", () => {
  const script = readFileSync(resolve(root, "src/taskpane/host-check.js"), "utf8");
  const run = (userAgent: string, modern: boolean) => {
    const doc = document.implementation.createHTMLDocument("pane");
    doc.body.innerHTML = '<div id="root"><p id="boot">Loading PMO Rulebook…</p></div>';
    const window: Record<string, unknown> = { navigator: { userAgent }, Proxy: modern ? Proxy : undefined, Promise, Symbol };
    runInNewContext(script, { window, document: doc });
    return doc.getElementById("root")!.textContent;
  };

  it("in Internet Explorer's engine (Office 2016/2019 without WebView2)", () => {
    expect(run("Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko", false)).toMatch(/^PMO Rulebook needs Excel for Microsoft 365, Excel 2021 or later with the Microsoft Edge WebView2 runtime/);
  });

  it("in the old Edge engine", () => {
    expect(run("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19041", true)).toMatch(/^PMO Rulebook needs/);
  });

  it("and leaves a Chromium webview alone", () => {
    expect(run("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0", true)).toBe("Loading PMO Rulebook…");
  });

  it("and says so for an Excel without the requirement set a read needs", () => {
    expect(unsupportedExcel({ isSetSupported: (_name, v) => v === undefined || Number(v.split(".")[1]) <= 3 })).toMatch(/ExcelApi 1\.4/);
    expect(unsupportedExcel({ isSetSupported: () => true })).toBeNull();
  });
});
