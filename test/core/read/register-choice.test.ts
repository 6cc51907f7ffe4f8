/** Issue 10 §1: knowing what a sheet is. Registers are chosen by evidence; logs, plans and task lists are not registers. */
import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { runRules } from "../../../src/core/engine";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../../src/core/model/dates";
import type { CellValue } from "../../../src/workbook/grid";
import { sheet, source } from "../../fixtures/read/grid";

const read = (...sheets: ReturnType<typeof sheet>[]) => readPortfolio(source(sheets), defaultRuleset());
const reason = (p: ReturnType<typeof read>) => p.issues.flatMap((i) => (i.kind === "missing-entity" && i.entity === "projects" ? [i.reason] : []))[0];

const raidLog: CellValue[][] = [
  ["Ref", "Description", "Probability", "Impact", "Owner", "Mitigation", "Status"],
  ["R1", "Vendor delivers late", "High", "High", "Ana", "Weekly vendor calls", "Open"],
  ["R2", "Key developer leaves", "Low", "High", "Ben", "Pair programming", "Open"],
  ["I1", "Test environment down", "", "Medium", "Cy", "Rebuild", "Closed"],
  ["R3", "Budget cut", "Medium", "High", "Di", "", "Open"],
];

/** Eight projects, ten weeks: one row per project per week. */
function weeklyLog(): CellValue[][] {
  const rows: CellValue[][] = [["Week Ending", "Project ID", "Project Name", "RAG", "Manager", "Commentary"]];
  for (let w = 0; w < 10; w++) for (let p = 1; p <= 8; p++) rows.push([`2026-0${1 + Math.floor(w / 4)}-${String(1 + (w % 4) * 7).padStart(2, "0")}`, `P-${p}`, `Project ${p}`, "G", "Ana", "On plan"]);
  return rows;
}

describe("what a sheet is", () => {
  it("does not read a RAID log as projects, and says what it is", () => {
    const p = read(sheet("Log", raidLog));
    expect(p.projects).toEqual([]);
    expect(reason(p)).toContain('"Log" is a RAID log (Probability, Impact, Mitigation columns), not a project register');
    expect(p.notRead).toEqual([{ sheet: "Log", why: "a RAID log (Probability, Impact, Mitigation columns), not a project register" }]);
  });

  it("reads a weekly status-update log as history, not as a register with duplicate IDs", () => {
    const p = read(sheet("Status Updates", weeklyLog()));
    expect(p.projects).toEqual([]);
    expect(reason(p)).toContain('"Status Updates" is a status history: 80 rows for 8 projects, one per Week Ending');
    const findings = runRules(p, defaultRuleset(), { asOf: dayFromIso("2026-06-30") }).findings;
    expect(findings.filter((f) => f.ruleId === "data/duplicate-id")).toEqual([]);
  });

  it("keeps the register and leaves the status history beside it unread", () => {
    const register = [["Project ID", "Project Name", "Stage", "Manager", "Budget"], ...Array.from({ length: 8 }, (_, i) => [`P-${i + 1}`, `Project ${i + 1}`, "Execution", "Ana", 1000])];
    const p = read(sheet("Weekly", weeklyLog()), sheet("Register", register));
    expect(p.projects.map((x) => x.id)).toEqual(["P-1", "P-2", "P-3", "P-4", "P-5", "P-6", "P-7", "P-8"]);
    expect(p.detections.find((d) => d.entity === "projects")?.sheet).toBe("Register");
  });

  it("reads an assignments sheet as assignments, not as the project list, so over-allocation runs", () => {
    const plan: CellValue[][] = [
      ["Project ID", "Project Name", "Resource Assigned", "Start", "Finish", "% Allocation", "Status"],
      ["P1", "CRM", "Ana", "2026-03-02", "2026-03-27", "80%", "Active"],
      ["P2", "ERP", "Ana", "2026-03-02", "2026-03-27", "60%", "Active"],
      ["P3", "Web", "Ben", "2026-03-02", "2026-03-27", "50%", "Active"],
    ];
    const p = read(sheet("Sheet1", plan));
    expect(p.projects).toEqual([]);
    expect(p.detections.map((d) => [d.entity, d.sheet])).toEqual([["assignments", "Sheet1"]]);
    expect(reason(p)).toContain('"Sheet1" is an allocation plan (Resource Assigned, % Allocation columns), not a project register');
    const findings = runRules(p, defaultRuleset(), { asOf: dayFromIso("2026-06-30") }).findings;
    expect(findings.filter((f) => f.ruleId === "resource/over-allocated").map((f) => f.resource)).toEqual(["Ana"]);
  });

  it("chooses the register on Portfolio over a task list named Projects", () => {
    const tasks: CellValue[][] = [["ID", "Name", "Task", "Owner", "Status", "% Complete"]];
    for (let k = 0; k < 79; k++) tasks.push([k < 4 ? `T-${k}` : `T-${k % 4}`, `Task ${k}`, `Step ${k}`, "Ana", "Open", 0.5]);
    const portfolio: CellValue[][] = [["Code", "Project Name", "Sponsor", "Stage", "Budget", "Spend"]];
    for (let k = 1; k <= 34; k++) portfolio.push([`C-${k}`, `Project ${k}`, "Raj", "Execution", 1000 * k, 500 * k]);
    const p = read(sheet("Projects", tasks), sheet("Portfolio", portfolio));
    expect(p.projects).toHaveLength(34);
    const d = p.detections.find((x) => x.entity === "projects")!;
    expect(d.sheet).toBe("Portfolio");
    expect(d.why).toBe('named like a register: 34 rows with 34 distinct IDs; Sponsor, Stage, Budget, Spend; not "Projects": a task list or log: 75 of 79 rows repeat an ID already listed');
    expect(p.notRead).toEqual([{ sheet: "Projects", why: "a task list or log: 75 of 79 rows repeat an ID already listed" }]);
  });

  it("says why a sheet was read when it is the only register", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage", "Budget"], ["P1", "A", "Idea", 10], ["P2", "B", "Idea", 20]]));
    expect(p.detections[0].why).toBe("named like a register: 2 rows with 2 distinct IDs; Stage, Budget");
  });
});
