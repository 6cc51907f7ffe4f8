import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { readProjectXml } from "../../src/adapters/project-xml/read-xml";
import { importProject } from "../../src/core/project-xml/import";
import { describeShared, sharedPath } from "../support/shared-files";

/** What each file saved by Microsoft Project holds (tasks without the project summary task) and what the import keeps. */
const FILES: { file: string; tasks: number; resources: number; assignments: number; rows: { resources: number; assignments: number } }[] = [
  { file: "assignment-assignments-project2002-mspdi.xml", tasks: 3, resources: 3, assignments: 3, rows: { resources: 3, assignments: 3 } },
  { file: "assignment-assignments-project2019-mspdi.xml", tasks: 3, resources: 3, assignments: 3, rows: { resources: 3, assignments: 3 } },
  { file: "calendar-calendars-project2019-mspdi.xml", tasks: 0, resources: 2, assignments: 0, rows: { resources: 2, assignments: 0 } },
  { file: "resource-misc-project2019-mspdi.xml", tasks: 0, resources: 5, assignments: 0, rows: { resources: 3, assignments: 0 } },
  { file: "resource-type-project2016-mspdi.xml", tasks: 0, resources: 15, assignments: 0, rows: { resources: 5, assignments: 0 } },
  // Task files: every assignment is Project's "unassigned" placeholder (ResourceUID -65535).
  { file: "task-baselines-project2019-mspdi.xml", tasks: 110, resources: 0, assignments: 110, rows: { resources: 0, assignments: 0 } },
  { file: "task-costs-project2019-mspdi.xml", tasks: 10, resources: 0, assignments: 10, rows: { resources: 0, assignments: 0 } },
  { file: "task-dates-project2019-mspdi.xml", tasks: 10, resources: 0, assignments: 10, rows: { resources: 0, assignments: 0 } },
  { file: "task-flags-project2010-mspdi.xml", tasks: 20, resources: 0, assignments: 20, rows: { resources: 0, assignments: 0 } },
  { file: "task-links-project2019-mspdi.xml", tasks: 16, resources: 0, assignments: 16, rows: { resources: 0, assignments: 0 } },
  { file: "task-textvalues-project2019-mspdi.xml", tasks: 3, resources: 0, assignments: 3, rows: { resources: 0, assignments: 0 } },
];

const path = (file: string) => sharedPath(`project-xml/${file}`);

describeShared(
  "importing files saved by Microsoft Project 2002–2019",
  FILES.map((f) => `project-xml/${f.file}`),
  () => {
    for (const f of FILES) {
      it(`reads ${f.file}: ${f.tasks} tasks, ${f.resources} resources, ${f.assignments} assignments`, () => {
        const doc = readProjectXml(readFileSync(path(f.file), "utf8"));
        const imported = importProject(doc, { fileBase: f.file.replace(/\.xml$/, "") });
        expect(imported.ours).toBe(false);
        expect(imported.counts).toEqual({ tasks: f.tasks, resources: f.resources, assignments: f.assignments });
        expect(imported.projects).toHaveLength(1);
        expect(imported.resources).toHaveLength(f.rows.resources);
        expect(imported.assignments).toHaveLength(f.rows.assignments);
        for (const a of imported.assignments) {
          expect(Number.isFinite(a.start)).toBe(true);
          expect(a.finish! >= a.start!).toBe(true);
          expect(a.allocation).toBeGreaterThan(0);
        }
      });
    }

    it("makes each top-level task a project with --project-level 1", () => {
      const doc = readProjectXml(readFileSync(path("task-baselines-project2019-mspdi.xml"), "utf8"));
      const imported = importProject(doc, { fileBase: "baselines", projectLevel: 1 });
      expect(imported.projects).toHaveLength(110);
      expect(imported.projects.every((p) => p.start !== undefined && p.finish !== undefined && p.finish >= p.start)).toBe(true);
    });

    it("reads a 2002 file's assignments with their units and days", () => {
      const doc = readProjectXml(readFileSync(path("assignment-assignments-project2002-mspdi.xml"), "utf8"));
      const imported = importProject(doc, { fileBase: "a2002" });
      expect(imported.assignments.map((a) => a.resource).sort()).toEqual(imported.resources.map((r) => r.name).sort());
      expect(imported.assignments.every((a) => a.projectId === "a2002")).toBe(true);
    });

    it("leaves out material and cost resources, saying so", () => {
      const doc = readProjectXml(readFileSync(path("resource-type-project2016-mspdi.xml"), "utf8"));
      const imported = importProject(doc, { fileBase: "types" });
      expect(imported.resources.map((r) => r.name)).toEqual(["Work Resource 1", "Work Resource 2", "Work Resource 3", "Work Resource 4", "Work Resource 5"]);
      expect(imported.resources.every((r) => r.capacity === 1)).toBe(true);
      expect(imported.notes.join("\n")).toMatch(/10 material or cost resources/);
    });
  },
);
