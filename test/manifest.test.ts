import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { sharedFiles, sharedPath } from "./support/shared-files";

const root = resolve(import.meta.dirname, "..");
const manifestPath = resolve(root, "manifest.xml");
const SCHEMA = "office-manifest-xsd/OfficeAppManifestV1_1.xsd";
const schema = sharedPath(SCHEMA);
const manifest = readFileSync(manifestPath, "utf8");

describe("manifest.xml", () => {
  it.skipIf(!sharedFiles("manifest schema validation", SCHEMA))("validates against the Office add-in manifest schema", () => {
    // xmllint exits non-zero (and execFileSync throws) when the document does not validate.
    const out = execFileSync("xmllint", ["--noout", "--schema", schema, manifestPath], { encoding: "utf8", stdio: "pipe" });
    expect(out).toBe("");
  });

  it("is a task pane add-in for Excel that may read and write the document", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("puts Check portfolio and Open Rulebook in a PMO Rulebook group on the Home tab", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/id="Group.Label" DefaultValue="PMO Rulebook"/);
    expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>checkPortfolio<\/FunctionName>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it("points every icon at a PNG of the declared size in assets/", () => {
    const icons = [...manifest.matchAll(/assets\/(icon-(\d+)\.png)/g)];
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const [, file, size] of icons) {
      const png = readFileSync(resolve(root, "assets", file));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(Number(size));
      expect(png.readUInt32BE(20)).toBe(Number(size));
    }
  });

  it("names a commands page that the build produces", () => {
    expect(manifest).toMatch(/commands.html/);
    expect(existsSync(resolve(root, "src/commands/commands.html"))).toBe(true);
  });
});
