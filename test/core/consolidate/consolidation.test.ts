import { describe, expect, it } from "vitest";
import { Consolidation, locateFindings, splitFileSheet } from "../../../src/core/consolidate/index";
import { assignment, portfolio, project, resource } from "../../factories";
import type { Finding } from "../../../src/core/findings";

describe("Consolidation", () => {
  it("keeps every record with its file, merges people by name and counts each file's share", () => {
    const c = new Consolidation("two");
    c.add("a.xlsx", portfolio({ projects: [project({ id: "P-1" })], resources: [resource({ name: "Ada" })], assignments: [assignment({ projectId: "P-1", resource: "Ada" })] }), "fa");
    const b = c.add("b.xlsx", portfolio({ projects: [project({ id: "P-2" })], resources: [resource({ name: "ADA " }), resource({ name: "Bob" })], assignments: [assignment({ projectId: "P-2", resource: "ada" })] }), "fb");
    const p = c.portfolio();
    expect(b).toMatchObject({ file: "b.xlsx", projects: 1, resources: 2, merged: 1 });
    expect(p.projects.map((x) => x.source.sheet)).toEqual(["[a.xlsx]Projects", "[b.xlsx]Projects"]);
    expect(p.resources.map((r) => r.name)).toEqual(["Ada", "Bob"]);
    expect(p.mergedResources?.map((r) => r.name)).toEqual(["ADA "]);
    expect(p.assignments).toHaveLength(2);
    expect(p.detections.every((d) => d.sheet.startsWith("["))).toBe(true);
  });

  it("a submission without a register is welcome: no missing-register issue while another has one", () => {
    const c = new Consolidation("two");
    const people = portfolio({ resources: [resource({ name: "Ada" })] });
    people.projects = [];
    people.detections = people.detections.filter((d) => d.entity !== "projects");
    people.issues.push({ kind: "missing-entity", entity: "projects", reason: "no sheet is named Projects" });
    c.add("people.xlsx", people, "f1");
    expect(c.portfolio().issues.filter((i) => i.kind === "missing-entity")).toHaveLength(1);
    c.add("a.xlsx", portfolio({ projects: [project()] }), "f2");
    expect(c.portfolio().issues.filter((i) => i.kind === "missing-entity")).toEqual([]);
  });

  it("splits the file back out of a finding's sheet, even when the file name has brackets", () => {
    const f = { ruleId: "x", severity: "error", messageId: "m", message: "", data: {}, location: { sheet: "[q[1] ]a.xlsx]Gate Log", cell: "B4", row: 4 } } as Finding;
    expect(locateFindings([f])[0].location).toEqual({ file: "q[1] ]a.xlsx", sheet: "Gate Log", cell: "B4", row: 4 });
    expect(splitFileSheet("Projects")).toEqual({ sheet: "Projects" });
  });
});

describe("a consolidated workbook's Source column", () => {
  it("names a submission only in the form the consolidation writes", async () => {
    const { sourceFile } = await import("../../../src/core/consolidate/regroup");
    expect(sourceFile("[team-a.xlsx]Resources!C4")).toBe("team-a.xlsx");
    expect(sourceFile("[sub/q[1]].xlsx]Gate Log!AB12")).toBe("sub/q[1]].xlsx");
    expect(sourceFile("[a.xlsx]Wow!Sheet!A1")).toBe("a.xlsx");
    for (const other of ["team-a.xlsx", "[a.xlsx]Projects", "[a.xlsx]Projects!", "[]Projects!A1", "[a.xlsx]!A1", "[a.xlsx]Projects!A0", "Projects!A1", 3, null]) expect(sourceFile(other)).toBeUndefined();
  });
});
