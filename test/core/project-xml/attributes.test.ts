import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PMO_ATTRIBUTES } from "../../../src/core/project-xml/attributes";

describe("the PMO custom fields", () => {
  it("have Microsoft Project's FieldIDs: class base plus field number", () => {
    const byName = (on: string, name: string) => PMO_ATTRIBUTES.find((a) => a.on === on && a.fieldName === name)?.fieldId;
    // Documented values: Text1 188743731, Number1 188743767; Cost1 and Date1 as Project 2019 writes them.
    expect(byName("task", "Text1")).toBe("188743731");
    expect(byName("task", "Number1")).toBe("188743767");
    expect(byName("task", "Cost1")).toBe("188743786");
    expect(byName("task", "Date1")).toBe("188743945");
    expect(byName("resource", "Text1")).toBe(String(0x0c400000 + 8));
  });

  it("are unique per record and per field", () => {
    const ids = PMO_ATTRIBUTES.map((a) => a.fieldId);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = PMO_ATTRIBUTES.map((a) => `${a.on}:${a.key}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("are listed in docs/project-xml.md exactly", () => {
    const doc = readFileSync(new URL("../../../docs/project-xml.md", import.meta.url), "utf8");
    const table = doc.slice(doc.indexOf("<!-- pmo-attributes -->"), doc.indexOf("<!-- /pmo-attributes -->"));
    const rows = table.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| On") && !l.startsWith("|---"));
    expect(rows).toEqual(PMO_ATTRIBUTES.map((a) => `| ${a.on} | ${a.fieldName} | ${a.fieldId} | ${a.alias} | ${a.holds} |`));
  });
});
