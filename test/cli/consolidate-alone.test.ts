import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { cli } from "./run";
import { day, project, tempDir, writeSheets } from "./fixtures";

type Value = string | number | Date | null;

interface JsonFinding {
  ruleId: string;
  messageId: string;
  severity: string;
  message: string;
  resource?: string;
  projectId?: string;
  period?: string;
  location?: { file?: string; sheet: string; cell: string; row?: number };
}

const full = (id: string, fields: Record<string, Value> = {}) =>
  project({ "Project ID": id, Name: `Project ${id}`, Stage: "Execution", Status: "Amber", Start: day("2026-01-05"), Finish: day("2026-09-30"), Budget: 100000, "Actual Cost": 40000, Forecast: 100000, "% Complete": 0.4, "Last Update": day("2026-02-20"), ...fields });
const gate = (id: string, g: string, decision: string) => ({ "Project ID": id, Gate: g, Decision: decision, "Decision Date": day("2026-01-02"), Approver: "Board" });
const person = (name: string, capacity: number | null) => ({ Name: name, Role: "Analyst", "Capacity (FTE)": capacity });
const booking = (projectId: string, resource: string, allocation: number) => ({ "Project ID": projectId, Resource: resource, Start: day("2026-03-02"), Finish: day("2026-03-27"), "Allocation (FTE)": allocation });

const submission = (path: string, sheets: Record<"Projects" | "Gates" | "Resources" | "Assignments", Record<string, Value>[]>) => writeSheets(path, sheets, { "% Complete": "0%" });

/**
 * Three submissions with problems that only show across files: two projects claimed by every team
 * (duplicate ids; one with different budgets), one person with different capacities (and one whose
 * capacity only a later file gives), the same person booked 60% by two managers.
 */
async function plantedSubmissions(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await submission(join(dir, "team-a.xlsx"), {
    Projects: [full("SHARED-1"), full("SHARED-2", { Budget: 80000 }), full("A-1"), full("A-2", { Status: "Green" })],
    Gates: [gate("SHARED-1", "G0", "Approved"), gate("A-1", "G0", "Approved"), gate("A-1", "G1", "Rejected")],
    Resources: [person("Ada Byron", 1), person("Cy Young", null)],
    Assignments: [booking("A-1", "Ada Byron", 0.6), booking("SHARED-1", "Cy Young", 0.3)],
  });
  await submission(join(dir, "team-b.xlsx"), {
    Projects: [full("shared-1", { Budget: 120000 }), full("SHARED-2", { Budget: 80000 }), full("B-1", { Forecast: 150000 })],
    Gates: [gate("B-1", "G0", "Approved")],
    Resources: [person("ada  byron", 0.8), person("Cy Young", 0.5)],
    Assignments: [booking("B-1", "ADA BYRON", 0.6), booking("B-1", "Cy Young", 0.4)],
  });
  await submission(join(dir, "team-c.xlsx"), {
    Projects: [full("SHARED-1", { Budget: 100000 }), full("SHARED-2", { Budget: 90000 }), full("C-1")],
    Gates: [gate("C-1", "G0", "Approved")],
    Resources: [person("Dee Khan", 1), person("Ada Byron", 1)],
    Assignments: [booking("C-1", "Dee Khan", 1.2), booking("C-1", "Nobody Known", 0.2)],
  });
}

const key = (f: JsonFinding) => [f.ruleId, f.messageId, f.severity, f.projectId ?? "", f.resource ?? "", f.period ?? ""].join("|");
const SHEETS: Record<string, string> = { Projects: "Projects", Gates: "Gates", Resources: "Resources", Assignments: "Assignments" };

describe("check --consolidate --out, then the consolidated workbook checked alone", () => {
  it("finds the same problems, located at the consolidated rows whose Source names the original file and cell", async () => {
    const dir = tempDir();
    const subs = join(dir, "submissions");
    await plantedSubmissions(subs);
    const out = join(dir, "portfolio.xlsx");
    const run = await cli(["check", subs, "--consolidate", "--out", out, "--as-of", "2026-03-01", "--format", "json", "--no-progress"]);
    expect(run.stderr).toBe("");
    const consolidated = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    // The planted problems are found by the consolidation itself.
    if (process.env.DUMP) console.log(consolidated.map((f) => key(f) + " @ " + JSON.stringify(f.location) + " " + f.message).join("\n"));
    const has = (ruleId: string, messageId: string, subject: Partial<JsonFinding>) => expect(consolidated.filter((f) => f.ruleId === ruleId && f.messageId === messageId && Object.entries(subject).every(([k, v]) => f[k as keyof JsonFinding] === v)).length).toBeGreaterThan(0);
    has("data/duplicate-id", "duplicateProject", { projectId: "shared-1" });
    has("data/duplicate-id", "duplicateProject", { projectId: "SHARED-2" });
    has("data/submission-conflict", "budget", { projectId: "shared-1" });
    has("data/submission-conflict", "budget", { projectId: "SHARED-2" });
    has("data/submission-conflict", "capacity", { resource: "ada byron" });
    has("resource/over-allocated", "overAllocated", {});
    expect(consolidated.filter((f) => f.ruleId === "data/duplicate-id" && f.messageId === "duplicateResource")).toEqual([]);

    const alone = JSON.parse((await cli(["check", out, "--as-of", "2026-03-01", "--format", "json", "--no-progress"])).stdout) as { findings: JsonFinding[]; read?: { notRead?: unknown[] } };
    // The same finding set: rule, message, severity, project, resource and period.
    expect(alone.findings.map(key).sort()).toEqual(consolidated.map(key).sort());

    // Each finding of the workbook alone points into a consolidated sheet's row whose Source names the
    // file and row the consolidation located it at.
    const book = await readXlsx(out);
    const sourceOf = (sheet: string, row: number): string => {
      const grid = book.sheets.find((s) => s.name === sheet)!;
      const header = grid.values[0] as string[];
      return String(grid.values[row - grid.top][header.indexOf("Source")]);
    };
    const byKey = new Map<string, JsonFinding[]>();
    for (const f of consolidated) byKey.set(key(f), [...(byKey.get(key(f)) ?? []), f]);
    for (const f of alone.findings) {
      if (!f.location) continue;
      expect(Object.keys(SHEETS)).toContain(f.location.sheet);
      const row = Number(/\d+$/.exec(f.location.cell)![0]);
      const source = /^\[(.+)\](.+)!([A-Z]+)(\d+)$/.exec(sourceOf(f.location.sheet, row))!;
      expect(source, `${f.location.sheet}!${f.location.cell}`).not.toBeNull();
      const [, file, sheet, , sourceRow] = source;
      expect(sheet).toBe(f.location.sheet);
      const twins = byKey.get(key(f))!;
      expect(twins.some((c) => c.location?.file === file && c.location.sheet === sheet && Number(/\d+$/.exec(c.location.cell)![0]) === Number(sourceRow)), `${key(f)} at ${sourceOf(f.location.sheet, row)}`).toBe(true);
    }
  });
});
