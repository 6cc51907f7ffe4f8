import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../src/core/model/dates";
import { fieldIdOf, type TaskAttributeKey } from "../../../src/core/project-xml/attributes";
import { ExportIndex, exportPortfolio } from "../../../src/core/project-xml/export";
import { extendedValue, type MspdiTask } from "../../../src/core/project-xml/mspdi";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { assignment, gate, milestone, portfolio, project, resource } from "../../factories";

const ruleset = defaultRuleset();
const asOf = dayFromIso("2026-11-25");
const run = (p: ReturnType<typeof portfolio>) => exportPortfolio(p, ruleset, { title: "test.xlsx", asOf });
const attr = (t: MspdiTask, key: TaskAttributeKey) => extendedValue(t, fieldIdOf("task", key));
const taskOf = (tasks: MspdiTask[], kind: string, id?: string) => tasks.find((t) => attr(t, "kind") === kind && (id === undefined || attr(t, "pmoId") === id))!;

describe("exporting a portfolio as Project XML", () => {
  it("puts projects under their programme as summary tasks, with the PMO fields", () => {
    const { document } = run(
      portfolio({
        projects: [project({ id: "P-1", name: "CRM", program: "Digital", stage: "Execution", status: "Amber", objective: "Grow", strategicScore: 7.5, start: "2026-01-05", finish: "2026-06-30", budget: 100000, actualCost: 40000, forecast: 110000, percentComplete: 0.455 })],
        gates: [gate({ projectId: "P-1", gate: "G1", decision: "Approved", date: "2025-12-15", approver: "Board", artifacts: { "Business Case": "Y" } })],
      }),
    );
    const [summary, programme, p, g] = document.tasks;
    expect(summary).toMatchObject({ uid: 0, outlineLevel: 0, summary: true });
    expect(programme).toMatchObject({ name: "Digital", outlineLevel: 1, outlineNumber: "1", summary: true });
    expect(p).toMatchObject({ name: "CRM", outlineLevel: 2, outlineNumber: "1.1", summary: true, start: "2026-01-05T08:00:00", finish: "2026-06-30T17:00:00", percentComplete: 46, cost: 110000, actualCost: 40000 });
    expect(p.baselines).toEqual([{ number: 0, start: "2026-01-05T08:00:00", finish: "2026-06-30T17:00:00", duration: p.duration, cost: 100000 }]);
    // A manually scheduled summary keeps its own dates in Project; only scheduled tasks get a constraint.
    expect(p).toMatchObject({ manual: true, constraintType: undefined });
    expect(programme.manual).toBeUndefined();
    expect([attr(p, "stage"), attr(p, "status"), attr(p, "objective"), attr(p, "strategicScore"), attr(p, "percentComplete"), attr(p, "budget")]).toEqual(["Execution", "Amber", "Grow", "7.5", "45.5", "100000"]);
    expect(attr(p, "source")).toBe("Projects!A2");
    expect(g).toMatchObject({ name: "G1", milestone: true, outlineLevel: 3, start: "2025-12-15T08:00:00", finish: "2025-12-15T08:00:00", percentComplete: 100, notes: "Business Case: Y" });
    expect([attr(g, "kind"), attr(g, "decision"), attr(g, "approver")]).toEqual(["gate", "Approved", "Board"]);
    // The programme spans its project and the project's gate.
    expect(programme).toMatchObject({ start: "2025-12-15T08:00:00", finish: "2026-06-30T17:00:00" });
  });

  it("gives each assignment a work task and the resource's units and work", () => {
    const { document } = run(
      portfolio({
        projects: [project({ id: "P-1", start: "2026-03-02", finish: "2026-03-31" })],
        resources: [resource({ name: "Ana", capacity: 0.8, team: "Data", role: "Analyst" })],
        assignments: [assignment({ projectId: "P-1", resource: "Ana", start: "2026-03-02", finish: "2026-03-13", allocation: 0.5 })],
      }),
    );
    expect(document.resources).toMatchObject([{ uid: 1, id: 1, name: "Ana", type: 1, maxUnits: 0.8, group: "Data" }]);
    const work = taskOf(document.tasks, "assignment");
    expect(work).toMatchObject({ name: "Ana", start: "2026-03-02T08:00:00", finish: "2026-03-13T17:00:00", duration: "PT80H0M0S", manual: true, constraintType: 4 });
    expect(document.assignments).toEqual([
      { uid: 1, taskUid: work.uid, resourceUid: 1, units: 0.5, start: work.start, finish: work.finish, work: "PT40H0M0S", extended: [{ fieldId: fieldIdOf("assignment", "source"), value: "Assignments!B2" }] },
    ]);
  });

  it("books a wide plan's period over the period's days", () => {
    const { document } = run(portfolio({ projects: [project({ id: "P-1" })], resources: [resource({ name: "Ana" })], assignments: [assignment({ projectId: "P-1", resource: "Ana", layout: "wide", period: "2026-02", allocation: 0.25 })] }));
    expect(document.assignments[0]).toMatchObject({ units: 0.25, start: "2026-02-01T08:00:00", finish: "2026-02-28T17:00:00", work: "PT40H0M0S" });
  });

  it("writes milestones with their baseline, forecast and actual dates", () => {
    const { document } = run(portfolio({ projects: [project({ id: "P-1", start: "2026-01-05", finish: "2026-06-30" })], milestones: [milestone({ projectId: "P-1", id: "M1", name: "Design", baseline: "2026-02-27", forecast: "2026-03-13" })] }));
    const m = taskOf(document.tasks, "milestone", "M1");
    expect(m).toMatchObject({ name: "Design", milestone: true, start: "2026-03-13T08:00:00", finish: "2026-03-13T08:00:00" });
    expect(m.baselines[0]).toMatchObject({ number: 0, start: "2026-02-27T08:00:00", finish: "2026-02-27T08:00:00" });
    expect(attr(m, "forecastDate")).toBe("2026-03-13T08:00:00");
    expect(m.percentComplete).toBeUndefined();
  });

  it("flags a finish before the start, keeping the date as written", () => {
    const { document, notes } = run(portfolio({ projects: [project({ id: "P-9", start: "2027-03-01", finish: "2026-12-18" })] }));
    const p = taskOf(document.tasks, "project", "P-9");
    expect(p).toMatchObject({ start: "2027-03-01T08:00:00", finish: "2027-03-01T17:00:00" });
    expect(attr(p, "finishAsWritten")).toBe("2026-12-18T08:00:00");
    expect(notes).toContain("Flagged: 1 project finishes before it starts: P-9 (2026-12-18 before 2027-03-01); the task finishes on its start, and PMO Finish As Written keeps the date.");
  });

  it("gives a project without dates stand-in dates from its gates, and says which are stand-ins", () => {
    const { document, notes } = run(portfolio({ projects: [project({ id: "P-2" })], gates: [gate({ projectId: "P-2", gate: "G0", date: "2026-04-01" })] }));
    const p = taskOf(document.tasks, "project", "P-2");
    expect(p).toMatchObject({ start: "2026-04-01T08:00:00", finish: "2026-04-01T17:00:00" });
    expect(attr(p, "notCarried")).toBe("start finish");
    expect(p.baselines).toEqual([]);
    expect(notes.some((n) => n.startsWith("Flagged: 1 project lacks dates: P-2 (start, finish)"))).toBe(true);
  });

  it("exports a booked person missing from Resources as a flagged resource, and leaves out undatable assignments", () => {
    const { document, notes } = run(
      portfolio({
        projects: [project({ id: "P-1", start: "2026-01-05", finish: "2026-02-27" }), project({ id: "P-2" })],
        assignments: [assignment({ projectId: "P-1", resource: "Jon" }), assignment({ projectId: "P-2", resource: "Jon" })],
      }),
    );
    expect(document.resources).toMatchObject([{ name: "Jon", maxUnits: 1, extended: [{ fieldId: fieldIdOf("resource", "resourceNote"), value: "not-listed" }] }]);
    expect(document.assignments).toHaveLength(1);
    expect(notes).toContain("Flagged: 1 booked person is not in the Resources list: Jon; exported as a resource marked not-listed.");
    expect(notes).toContain("Left out: 1 assignment: Jon on P-2 (Assignments!3: no dates, and its project has none).");
  });

  it("says which invalid values it left out, and what Project XML cannot carry", () => {
    const p = portfolio({ projects: [project({ id: "P-1" })], financials: [], issues: [{ kind: "invalid-value", entity: "projects", field: "budget", expected: "amount", raw: "TBD", projectId: "P-1", location: { sheet: "Projects", cell: "J2", row: 2 } }] });
    p.projects[0].extra = { notes: "x" };
    const { notes } = run(p);
    expect(notes).toContain('Left out: 1 value the check found invalid (Projects!J2 "TBD"); the fields stay empty.');
    expect(notes).toContain("Not carried: the register's other columns (notes).");
  });

  it("numbers tasks and outline in order, and gives every task the fields importers need", () => {
    const { document } = run(portfolio({ projects: [project({ id: "A", program: "X", start: "2026-01-05", finish: "2026-01-30" }), project({ id: "B", start: "2026-01-05", finish: "2026-01-30" }), project({ id: "C", program: "X", start: "2026-01-05", finish: "2026-01-30" })] }));
    expect(document.tasks.map((t) => [t.id, t.outlineNumber, t.outlineLevel])).toEqual([[0, "0", 0], [1, "1", 1], [2, "1.1", 2], [3, "1.2", 2], [4, "2", 1]]);
    expect(document.tasks.map((t) => t.uid)).toEqual([0, 1, 2, 3, 4]);
    for (const t of document.tasks) for (const k of ["start", "finish", "duration"] as const) expect(t[k], `${t.name} ${k}`).toBeDefined();
    expect(document.calendars[0]).toMatchObject({ uid: 1, name: "Standard", isBase: true });
    expect(document.minutesPerDay).toBe(480);
    expect(document.minutesPerWeek).toBe(2400);
  });

  it("exports one project with only the people it books", () => {
    const all = portfolio({
      projects: [project({ id: "P-1", program: "X", start: "2026-01-05", finish: "2026-01-30" }), project({ id: "P-2", start: "2026-01-05", finish: "2026-01-30" })],
      resources: [resource({ name: "Ana" }), resource({ name: "Ben" })],
      assignments: [assignment({ projectId: "P-1", resource: "Ben", start: "2026-01-05", finish: "2026-01-09" })],
    });
    const { document } = exportPortfolio(all, ruleset, { title: "P-1", asOf, projects: [all.projects[0]] });
    expect(document.tasks.map((t) => [t.name, t.outlineLevel])).toEqual([["P-1", 0], ["P-1", 1], ["Ben", 2]]);
    expect(document.resources.map((r) => r.name)).toEqual(["Ben"]);
  });

  it("gives each project's file the same document with one index shared by all the files", () => {
    const all = portfolio({
      projects: [project({ id: "P-1", start: "2026-01-05", finish: "2026-01-30", extra: { Notes: "x" } }), project({ id: "p-1 " }), project({ id: "P-2", start: "2026-02-02", finish: "2026-02-27" })],
      resources: [resource({ name: "Cy" }), resource({ name: "Ana" }), resource({ name: "ana" }), resource({ name: "Ben" })],
      gates: [gate({ projectId: "P-2", gate: "G0", date: "2026-02-02" }), gate({ projectId: "p-1", gate: "G0", date: "2026-01-05" })],
      assignments: [
        assignment({ projectId: "P-1", resource: "Ben", start: "2026-01-05", finish: "2026-01-09" }),
        assignment({ projectId: "P-1", resource: "ANA", start: "2026-01-12", finish: "2026-01-16" }),
        assignment({ projectId: "P-1", resource: "Dee", start: "2026-01-12", finish: "2026-01-16" }),
        assignment({ projectId: "P-2", resource: "Cy", start: "2026-02-02", finish: "2026-02-06" }),
      ],
    });
    const index = new ExportIndex(all);
    for (const p of all.projects) {
      const options = { title: p.id, asOf, projects: [p] };
      expect(exportPortfolio(all, ruleset, options, index)).toEqual(exportPortfolio(all, ruleset, options));
    }
    // The people a file lists come in the order of the Resources list, each once, then those not listed.
    const first = exportPortfolio(all, ruleset, { title: "P-1", asOf, projects: [all.projects[0]] }, index);
    expect(first.document.resources.map((r) => r.name)).toEqual(["Ana", "Ben", "Dee"]);
    expect(first.notes.some((n) => n.includes("other columns (Notes)"))).toBe(true);
    expect(() => exportPortfolio(portfolio({ projects: [project({ id: "X" })] }), ruleset, { title: "X", asOf }, index)).toThrow(/another portfolio/);
  });
});

describe("the export's currency", () => {
  const withHeaders = (headers: Record<string, string>) => {
    const p = portfolio({ projects: [project({ id: "P-1" })] });
    p.detections = [{ entity: "projects", how: "sheet-name", sheet: "Projects", headerRow: 1, columns: Object.fromEntries(Object.entries(headers).map(([field, header], i) => [field, { header, column: String.fromCharCode(65 + i) }])), unmatched: [], dataRows: 1 }];
    return run(p).document.currencyCode;
  };

  it("is the code or symbol the money headers name", () => {
    expect(withHeaders({ budget: "Approved Budget (USD)", forecast: "Forecast (EAC)" })).toBe("USD");
    expect(withHeaders({ budget: "Budget £k", actualCost: "Spent (£)" })).toBe("GBP");
    expect(withHeaders({ budget: "Budget (RM)" })).toBe("MYR");
  });

  it("is left out when the headers say none, or disagree", () => {
    expect(withHeaders({ budget: "Budget" })).toBeUndefined();
    expect(withHeaders({ budget: "Budget ($)" })).toBeUndefined();
    expect(withHeaders({ budget: "Budget (USD)", actualCost: "Spent (EUR)" })).toBeUndefined();
  });
});
