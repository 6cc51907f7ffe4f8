/** Issue 10 §2: the words and numbers people use, read as they mean them. */
import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { runRules } from "../../../src/core/engine";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../../src/core/model/dates";
import type { Ruleset } from "../../../src/core/ruleset/types";
import { sheet, source } from "../../fixtures/read/grid";

const read = (sheets: ReturnType<typeof sheet>[], ruleset: Ruleset = defaultRuleset()) => readPortfolio(source(sheets), ruleset);
const invalid = (p: ReturnType<typeof read>) => p.issues.flatMap((i) => (i.kind === "invalid-value" ? [[i.location.cell, i.raw, i.expected]] : []));
const asOf = dayFromIso("2026-06-30");

describe("status and RAG words", () => {
  const register = (statuses: string[]) => sheet("Projects", [["ID", "Name", "Stage", "Status", "Finish"], ...statuses.map((s, i) => [`P${i + 1}`, `Project ${i + 1}`, "Execution", s, "2026-01-31"])]);

  it("reads On Track, Delayed, Behind, At Risk, Off Track, Critical in any case as RAG, not as invalid values", () => {
    const p = read([register(["On Track", "DELAYED", "behind", "At Risk", "Off Track", "Critical"])]);
    expect(p.projects.map((x) => x.status)).toEqual(["Green", "Red", "Red", "Amber", "Red", "Red"]);
    expect(invalid(p)).toEqual([]);
  });

  it("reads Complete, Completed, Done, Closed, Cancelled, On Hold as what they say of the project", () => {
    const p = read([register(["Complete", "Completed", "done", "Closed", "Cancelled", "On Hold", "Green"])]);
    expect(p.projects.map((x) => x.state ?? x.status)).toEqual(["Complete", "Complete", "Complete", "Complete", "Cancelled", "On Hold", "Green"]);
    expect(invalid(p)).toEqual([]);
  });

  it("stops schedule/overdue for a project whose status says it is complete", () => {
    const p = read([register(["Complete", "Delayed"])]);
    const overdue = runRules(p, defaultRuleset(), { asOf }).findings.filter((f) => f.ruleId === "schedule/overdue");
    expect(overdue.map((f) => f.projectId)).toEqual(["P2"]);
  });

  it("takes a PMO's own status words from the ruleset", () => {
    const ruleset = defaultRuleset();
    ruleset.lifecycle.statusAliases = { ...ruleset.lifecycle.statusAliases, "Needs attention": "Amber", Shipped: "Complete" };
    const p = read([register(["Needs attention", "Shipped", "Green"])], ruleset);
    expect(p.projects.map((x) => x.state ?? x.status)).toEqual(["Amber", "Complete", "Green"]);
  });

  it("lets an explicit RAG column win over a Status column of words, which still says Complete", () => {
    const p = read([
      sheet("Projects", [
        ["Project_ID", "Project_Name", "Status", "RAG_Status", "End_Date"],
        ["P1", "CRM", "On Track", "Red", "2026-01-31"],
        ["P2", "ERP", "Delayed", "Amber", "2026-01-31"],
        ["P3", "Web", "Complete", "Green", "2026-01-31"],
      ]),
    ]);
    expect(p.projects.map((x) => [x.status, x.state, x.extra.status])).toEqual([["Red", undefined, "On Track"], ["Amber", undefined, "Delayed"], ["Green", "Complete", "Complete"]]);
    expect(p.detections[0].columns.status.header).toBe("RAG_Status");
    expect(runRules(p, defaultRuleset(), { asOf }).findings.filter((f) => f.ruleId === "schedule/overdue").map((f) => f.projectId)).toEqual(["P1", "P2"]);
  });
});

describe("stage words", () => {
  it("reads Not Started, In Progress, Completed and Done as stages, through configurable aliases", () => {
    const p = read([sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Not Started"], ["P2", "B", "In Progress"], ["P3", "C", "Completed"], ["P4", "D", "DONE"]])]);
    expect(p.projects.map((x) => x.stage)).toEqual(["Idea", "Execution", "Closed", "Closed"]);
    const ruleset = defaultRuleset();
    ruleset.lifecycle.stageAliases = { ...ruleset.lifecycle.stageAliases, "Not Started": "Initiation" };
    expect(read([sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Not Started"]])], ruleset).projects[0].stage).toBe("Initiation");
  });

  it("reads a projectstatus column of stages as the stage", () => {
    const p = read([sheet("projects", [["ProjectID", "ProjectName", "StartDate", "EndDate", "projectstatus"], [1, "Sales", 45306, 45371, "Completed"], [4, "Forecast", 45483, 45565, "Not Started"], [3, "Campaign", 45444, 45519, "In Progress"]])]);
    expect(p.projects.map((x) => [x.id, x.stage])).toEqual([["1", "Closed"], ["4", "Idea"], ["3", "Execution"]]);
    expect(runRules(p, defaultRuleset(), { asOf }).findings.filter((f) => f.ruleId === "data/unknown-stage")).toEqual([]);
  });
});

describe("header forms", () => {
  it.each([
    ["Budget_kEUR", "budget"], ["Percentage Complete", "percentComplete"], ["Completion (%)", "percentComplete"], ["Deadline", "finish"], ["Project / Task", "name"],
    ["ProjectID", "id"], ["BudgetAmount", "budget"], ["SpentAmount", "actualCost"], ["project_manager", "manager"], ["StartDate", "start"], ["RAG_Status", "status"],
  ])("reads %s as %s", (header, field) => {
    const others = [["Code", "Title", "Phase"], ["Code", "Stage", "Sponsor"]][field === "id" || field === "name" ? 1 : 0].filter((h) => h !== header);
    const p = read([sheet("Projects", [[...others, header], ["P1", "A", "x", "y"]])]);
    expect(p.detections[0].columns[field]?.header).toBe(header);
  });

  it("applies the k of Budget_kEUR to the values", () => {
    const p = read([sheet("Projects", [["Project_ID", "Project_Name", "Budget_kEUR"], ["P1", "CRM", 480]])]);
    expect(p.projects[0].budget).toBe(480_000);
  });
});

describe("numbers", () => {
  it("reads a 0%-formatted cell holding 68 as 68%, deciding the scale for the column", () => {
    const p = read([sheet("Projects", [["ID", "Name", "% Complete"], ["P1", "A", 68], ["P2", "B", 100]], { formats: [[], [null, null, "0%"], [null, null, "0%"]] })]);
    expect(p.projects.map((x) => x.percentComplete)).toEqual([0.68, 1]);
  });

  it("reads 0–1 and 0–100 columns each on their own scale", () => {
    const p = read([sheet("Projects", [["ID", "Name", "% Complete", "Completion"], ["P1", "A", 0.4, 40], ["P2", "B", 1, 100]])]);
    expect(p.projects.map((x) => [x.percentComplete, x.extra.completion])).toEqual([[0.4, 40], [1, 100]]);
  });

  it("reports progress above 100% or below 0 as invalid values", () => {
    const p = read([sheet("Projects", [["ID", "Name", "% Complete"], ["P1", "A", "150%"], ["P2", "B", -0.1], ["P3", "C", 0.5]])]);
    expect(p.projects.map((x) => x.percentComplete)).toEqual([undefined, undefined, 0.5]);
    expect(invalid(p)).toEqual([["C2", "150%", "percentInRange"], ["C3", "-0.1", "percentInRange"]]);
    const messages = runRules(p, defaultRuleset(), { asOf }).findings.filter((f) => f.ruleId === "data/invalid-value").map((f) => f.message);
    expect(messages[0]).toBe('"150%" is not a percentage from 0% to 100% (percentComplete).');
  });

  it("reports a negative budget as an invalid value", () => {
    const p = read([sheet("Projects", [["ID", "Name", "Budget"], ["P1", "A", -500], ["P2", "B", "(1,000)"], ["P3", "C", 0]])]);
    expect(p.projects.map((x) => x.budget)).toEqual([undefined, undefined, 0]);
    expect(invalid(p)).toEqual([["C2", "-500", "nonNegativeAmount"], ["C3", "(1,000)", "nonNegativeAmount"]]);
  });

  it("reports a capacity that is not a number as an invalid value (and the person gets the default)", () => {
    const p = read([sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Idea"]]), sheet("Resources", [["Name", "Role", "Capacity"], ["Ana", "PM", "Full time"], ["Ben", "Dev", 0.8]])]);
    expect(p.resources.map((r) => [r.name, r.capacity, r.capacityDefaulted])).toEqual([["Ana", 1, true], ["Ben", 0.8, false]]);
    expect(invalid(p)).toEqual([["C2", "Full time", "fte"]]);
  });
});

describe("template placeholders", () => {
  it("reads [Project Name], <enter date> and dd/mm/yyyy as empty", () => {
    const p = read([sheet("Projects", [["ID", "Name", "Sponsor", "Start"], ["P1", "[Project Name]", "<Sponsor>", "dd/mm/yyyy"], ["P2", "Real", "Raj", "2026-01-05"]])]);
    expect(p.projects.map((x) => [x.id, x.name, x.sponsor, x.start])).toEqual([["P1", undefined, undefined, undefined], ["P2", "Real", "Raj", dayFromIso("2026-01-05")]]);
    expect(invalid(p)).toEqual([]);
  });
});

describe("per-project figures on another sheet", () => {
  const projects = sheet("projects", [["ProjectID", "ProjectName", "Stage", "Manager"], [1, "Sales", "Execution", "Ana"], [2, "Churn", "Planning", "Ben"], [3, "Campaign", "Execution", "Cy"]]);
  const budget = sheet("budget", [["ProjectID", "BudgetAmount", "SpentAmount"], [1, 50000, 47000], [2, 40000, 41000], [3, "lots", 1000]]);

  it("fills the register's missing fields, each keeping its own cell", () => {
    const p = read([projects, budget]);
    expect(p.projects.map((x) => [x.id, x.budget, x.actualCost])).toEqual([["1", 50000, 47000], ["2", 40000, 41000], ["3", undefined, 1000]]);
    const overspent = runRules(p, defaultRuleset(), { asOf }).findings.filter((f) => f.ruleId === "budget/overspent");
    expect(overspent.map((f) => [f.projectId, f.location])).toEqual([["2", { sheet: "budget", cell: "C3", row: 3 }]]);
    expect(invalid(p)).toEqual([["B4", "lots", "amount"]]);
    expect(p.issues.filter((i) => i.kind === "missing-column" && i.field === "budget")).toEqual([]);
    const figures = p.detections.find((d) => d.role === "figures")!;
    expect(figures).toMatchObject({ sheet: "budget", entity: "projects" });
    expect(figures.why).toBe("per-project figures keyed by project ID: 3 of its 3 IDs are in the register; BudgetAmount, SpentAmount filled for 3 projects");
  });

  it("does not overwrite what the register holds", () => {
    const register = sheet("projects", [["ProjectID", "ProjectName", "Budget"], [1, "Sales", 10], [2, "Churn", undefined as unknown as null]]);
    const p = read([register, sheet("budget", [["ProjectID", "BudgetAmount", "SpentAmount"], [1, 50000, 47000], [2, 40000, 41000]])]);
    expect(p.projects.map((x) => [x.budget, x.actualCost])).toEqual([[10, 47000], [40000, 41000]]);
  });

  it("leaves a sheet whose IDs are not the register's unread, and says why", () => {
    const p = read([projects, sheet("budget", [["ProjectID", "BudgetAmount", "SpentAmount"], [7, 1, 1], [8, 2, 2], [9, 3, 3]])]);
    expect(p.projects.map((x) => x.budget)).toEqual([undefined, undefined, undefined]);
    expect(p.notRead).toEqual([{ sheet: "budget", why: "its header names project fields, but 3 of its 3 IDs are not in the register" }]);
  });
});
