/** The docs' entity, field and rule tables are generated from the descriptions they list. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillSections, generatedSections } from "../../scripts/generate/docs";

const root = join(__dirname, "../..");

describe("generated docs tables", () => {
  it.each(Object.entries(generatedSections()))("%s is up to date (regenerate with npm run generate)", (file, sections) => {
    const text = readFileSync(join(root, file), "utf8");
    expect(text).toBe(fillSections(text, sections, file));
  });

  it("lists every field of an entity with its headers", () => {
    const projects = generatedSections()["docs/workbook-format.md"]["fields-projects"];
    expect(projects).toContain("| `strategicScore` | a score of its strategic value (the PMO's scale) — a number | Strategic Score, Value Score");
    expect(projects).toContain("| `percentComplete` |");
  });

  it("names a section a doc lacks", () => {
    expect(() => fillSections("no markers", { x: "table" }, "doc.md")).toThrow("doc.md has no <!-- generated: x --> section");
  });
});
