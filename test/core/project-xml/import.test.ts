import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { importProject } from "../../../src/core/project-xml/import";
import type { MspdiProject, MspdiTask } from "../../../src/core/project-xml/mspdi";

const task = (fields: Partial<MspdiTask> & { uid: number }): MspdiTask => ({ id: fields.uid, outlineLevel: 1, summary: false, milestone: false, baselines: [], extended: [], ...fields });

/** A plan as another tool writes it: two phases, a milestone, three people, one a cost resource. */
const plan: MspdiProject = {
  title: "Warehouse move",
  manager: "Ines",
  attributes: [],
  calendars: [],
  tasks: [
    task({ uid: 0, outlineLevel: 0, summary: true, name: "Warehouse move", start: "2026-03-02T08:00:00", finish: "2026-06-30T17:00:00", percentComplete: 25, cost: 50000, actualCost: 0, baselines: [{ number: 0, cost: 48000 }] }),
    task({ uid: 1, outlineLevel: 1, outlineNumber: "1", wbs: "1", summary: true, name: "Phase A", start: "2026-03-02T08:00:00", finish: "2026-04-30T17:00:00" }),
    task({ uid: 2, outlineLevel: 2, outlineNumber: "1.1", name: "Pack", start: "2026-03-02T08:00:00", finish: "2026-03-13T17:00:00", duration: "PT80H0M0S" }),
    task({ uid: 3, outlineLevel: 2, outlineNumber: "1.2", wbs: "1.2", name: "Ready", milestone: true, start: "2026-04-30T17:00:00", finish: "2026-04-30T17:00:00", baselines: [{ number: 0, finish: "2026-04-24T17:00:00" }] }),
    task({ uid: 4, outlineLevel: 1, outlineNumber: "2", wbs: "2", summary: true, name: "Phase B", start: "2026-05-04T08:00:00", finish: "2026-06-30T17:00:00" }),
    task({ uid: 5, outlineLevel: 2, outlineNumber: "2.1", name: "Move", start: "2026-05-04T08:00:00", finish: "2026-05-09T00:00:00", duration: "PT40H0M0S" }),
  ],
  resources: [
    { uid: 0, id: 0, extended: [] },
    { uid: 1, id: 1, name: "Ana", type: 1, maxUnits: 0.5, group: "Ops", extended: [] },
    { uid: 2, id: 2, name: "Ben", type: 1, maxUnits: 1, extended: [] },
    { uid: 3, id: 3, name: "Trucks", type: 2, extended: [] },
  ],
  assignments: [
    { uid: 1, taskUid: 2, resourceUid: 1, units: 0.5, start: "2026-03-02T08:00:00", finish: "2026-03-13T17:00:00", extended: [] },
    { uid: 2, taskUid: 5, resourceUid: 2, work: "PT20H0M0S", start: "2026-05-04T08:00:00", finish: "2026-05-09T00:00:00", extended: [] },
    { uid: 3, taskUid: 5, resourceUid: 3, units: 1, extended: [] },
    { uid: 4, taskUid: 2, resourceUid: -65535, units: 1, extended: [] },
  ],
};

describe("importing a Project XML file another tool wrote", () => {
  it("reads the file as one project, from its summary task", () => {
    const r = importProject(plan, { fileBase: "warehouse" });
    expect(r.ours).toBe(false);
    expect(r.projects).toEqual([{ id: "warehouse", name: "Warehouse move", manager: "Ines", start: dayFromIso("2026-03-02"), finish: dayFromIso("2026-06-30"), percentComplete: 0.25, budget: 48000, forecast: 50000, actualCost: undefined }]);
    expect(r.notes[0]).toMatch(/^Read as one project: the file has 2 top-level summary tasks; use --project-level 1/);
  });

  it("reads milestones with their baseline and forecast days", () => {
    const r = importProject(plan, { fileBase: "warehouse" });
    expect(r.milestones).toEqual([{ projectId: "warehouse", id: "1.2", name: "Ready", baseline: dayFromIso("2026-04-24"), forecast: dayFromIso("2026-04-30"), actual: undefined, status: undefined }]);
  });

  it("reads work resources and their assignments; not cost resources or the unassigned placeholder", () => {
    const r = importProject(plan, { fileBase: "warehouse" });
    expect(r.resources).toEqual([{ name: "Ana", role: undefined, team: "Ops", capacity: 0.5 }, { name: "Ben", role: undefined, team: undefined, capacity: 1 }]);
    expect(r.assignments).toEqual([
      { projectId: "warehouse", resource: "Ana", start: dayFromIso("2026-03-02"), finish: dayFromIso("2026-03-13"), allocation: 0.5 },
      // No Units: work over the task's duration; a finish at midnight is the day before.
      { projectId: "warehouse", resource: "Ben", start: dayFromIso("2026-05-04"), finish: dayFromIso("2026-05-08"), allocation: 0.5 },
    ]);
    expect(r.notes.some((n) => /1 material or cost resource \(Trucks \(cost\)\)/.test(n))).toBe(true);
    expect(r.counts).toEqual({ tasks: 5, resources: 3, assignments: 4 });
  });

  it("makes each task at --project-level a project, the task above it its programme", () => {
    const r = importProject(plan, { fileBase: "warehouse", projectLevel: 2 });
    expect(r.projects.map((p) => [p.id, p.name, p.program])).toEqual([["1.1", "Pack", "Phase A"], ["2.1", "Move", "Phase B"]]);
    expect(r.notes).toContain("Not read: 1 milestone outside any project (Ready).");
    expect(r.assignments.map((a) => [a.projectId, a.resource])).toEqual([["1.1", "Ana"], ["2.1", "Ben"]]);
  });
});
