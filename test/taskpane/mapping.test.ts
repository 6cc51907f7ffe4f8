import { describe, expect, it } from "vitest";
import { detectedMapping, effectiveMapping, entityFields, fieldLabel, fieldsFoundElsewhere, foundElsewhereText, headerOptions, userSheets, withEntityMapping, withoutEntityMapping } from "../../src/taskpane/logic/mapping";
import { GENERATED_MARKER, EMBEDDED_RULESET_SHEET } from "../../src/workbook/sheet-spec";
import type { EntityDetection } from "../../src/core/model/portfolio";
import type { WorkbookSource } from "../../src/workbook/grid";
import { ruleset } from "../store/factories";

const source: WorkbookSource = {
  label: "Book.xlsx",
  date1904: false,
  tables: [],
  sheets: [
    { name: "Register", top: 2, left: 2, values: [["Portfolio register"], ["Code", null, "Title", "PM"], ["P-1", null, "Alpha", "Ann"]] },
    { name: "Summary", top: 1, left: 1, values: [["Portfolio summary"], [`${GENERATED_MARKER} on 2026-11-25`]] },
    { name: EMBEDDED_RULESET_SHEET, top: 1, left: 1, values: [["PMO Rulebook ruleset"]] },
  ],
};

const detection: EntityDetection = {
  entity: "projects",
  how: "content",
  sheet: "Register",
  headerRow: 3,
  columns: { id: { header: "Code", column: "B" }, name: { header: "Title", column: "D" } },
  unmatched: ["PM"],
  dataRows: 1,
};

describe("mapping model", () => {
  it("lists the reader's fields of an entity", () => {
    expect(entityFields("projects")).toEqual(expect.arrayContaining(["id", "name", "stage", "budget"]));
  });

  it("labels fields in words", () => {
    expect(fieldLabel("percentComplete")).toBe("Percent complete");
    expect(fieldLabel("projectId")).toBe("Project ID");
    expect(fieldLabel("id")).toBe("ID");
  });

  it("offers only the user's sheets, not generated or hidden ruleset sheets", () => {
    expect(userSheets(source)).toEqual(["Register"]);
  });

  it("reads a header row with its column letters, honouring where the grid starts", () => {
    expect(headerOptions(source, "Register", 3)).toEqual([
      { header: "Code", column: "B" },
      { header: "Title", column: "D" },
      { header: "PM", column: "E" },
    ]);
    expect(headerOptions(source, "Register", 40)).toEqual([]);
    expect(headerOptions(source, "Nope", 1)).toEqual([]);
  });

  it("starts from the detection and lets the ruleset's saved mapping win", () => {
    const r = ruleset({ mapping: { projects: { columns: { manager: "PM" } } } });
    expect(effectiveMapping("projects", detection, r)).toEqual({
      sheet: "Register",
      headerRow: 3,
      columns: { id: "Code", name: "Title", manager: "PM" },
    });
  });

  it("saves a correction into the ruleset, dropping fields left unmapped", () => {
    const r = withEntityMapping(ruleset(), "projects", { sheet: "Register", headerRow: 3, columns: { id: "Code", name: "" } });
    expect(r.mapping.projects).toEqual({ sheet: "Register", headerRow: 3, columns: { id: "Code" } });
    expect(withoutEntityMapping(r, "projects").mapping.projects).toBeUndefined();
  });
});

describe("fields found outside the header row", () => {
  const wide: EntityDetection = { entity: "assignments", how: "sheet-name", sheet: "Plan", headerRow: 2, columns: { projectId: { header: "Project", column: "A" }, resource: { header: "Person", column: "B" } }, unmatched: [], layout: "wide", unit: "fte", dataRows: 4 };

  it("counts a field as detected when no column feeds it but the records carry it (a wide plan's periods)", () => {
    const records = [{ projectId: "P-1", resource: "Ana", allocation: 0.5, period: "2026-03" }];
    const found = fieldsFoundElsewhere("assignments", wide, records);
    expect(found.has("allocation")).toBe(true);
    expect(found.has("projectId")).toBe(false);
    expect(foundElsewhereText(wide)).toBe("(from the plan's period columns)");
  });

  it("shows what detection alone finds, without the ruleset's saved correction", () => {
    const detection: EntityDetection = { entity: "projects", how: "sheet-name", sheet: "Projects", headerRow: 1, columns: { manager: { header: "PM", column: "D" } }, unmatched: [], dataRows: 2 };
    const saved = ruleset({ mapping: { projects: { sheet: "Other", headerRow: 3, columns: { manager: "Owner" } } } });
    expect(detectedMapping("projects", detection, saved)).toMatchObject({ sheet: "Projects", headerRow: 1, columns: { manager: "PM" } });
  });
});
