import { copyFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli } from "./run";
import { day, failingPortfolio, project, tempDir, writeSheets, writeWorkbook } from "./fixtures";

type Value = string | number | Date | null;

/** A submission: its register, and optionally its people and their assignments. */
function submission(path: string, sheets: { projects: Record<string, Value>[]; resources?: Record<string, Value>[]; assignments?: Record<string, Value>[] }): Promise<string> {
  return writeSheets(path, { Projects: sheets.projects, ...(sheets.resources ? { Resources: sheets.resources } : {}), ...(sheets.assignments ? { Assignments: sheets.assignments } : {}) });
}

const person = (name: string, capacity: number) => ({ Name: name, Role: "Analyst", "Capacity (FTE)": capacity });
const booking = (projectId: string, resource: string, allocation: number) => ({ "Project ID": projectId, Resource: resource, Start: day("2026-03-02"), Finish: day("2026-03-27"), "Allocation (FTE)": allocation });

interface JsonFinding {
  ruleId: string;
  messageId: string;
  message: string;
  resource?: string;
  projectId?: string;
  location?: { file?: string; sheet: string; cell: string };
}

async function twoTeams(dir: string) {
  const a = await submission(join(dir, "team-a.xlsx"), {
    projects: [project({ "Project ID": "P-1", Name: "Alpha", Budget: 100000 })],
    resources: [person("Ada Byron", 1)],
    assignments: [booking("P-1", "Ada Byron", 0.6)],
  });
  const b = await submission(join(dir, "team-b.xlsx"), {
    projects: [project({ "Project ID": "P-2", Name: "Beta" }), project({ "Project ID": "p-1", Name: "Alpha again", Budget: 120000 })],
    resources: [person("ada  byron", 0.8)],
    assignments: [booking("P-2", "ADA BYRON", 0.6)],
  });
  return { a, b };
}

describe("check --consolidate", () => {
  it("reads the submissions as one portfolio: over-allocation sums across files, duplicates and conflicts name both files", async () => {
    const dir = tempDir();
    await twoTeams(dir);
    const run = await cli(["check", dir, "--consolidate", "--as-of", "2026-03-01", "--format", "json"]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { consolidated: boolean; submissions: { file: string; status: string; merged?: number }[]; findings: JsonFinding[]; projectsChecked: number };
    expect(out.consolidated).toBe(true);
    expect(out.projectsChecked).toBe(3);
    expect(out.submissions.map((s) => [s.file, s.status, s.merged])).toEqual([[join(dir, "team-a.xlsx"), "read", 0], [join(dir, "team-b.xlsx"), "read", 1]]);
    // 60% + 60% of one person, booked by two managers: over capacity only once the files are together.
    const over = out.findings.filter((f) => f.ruleId === "resource/over-allocated");
    expect(over).toHaveLength(1);
    expect(over[0].message).toMatch(/120%/);
    expect(over[0].location?.file).toBe(join(dir, "team-a.xlsx"));
    const duplicate = out.findings.find((f) => f.ruleId === "data/duplicate-id")!;
    expect(duplicate.location).toMatchObject({ file: join(dir, "team-b.xlsx"), sheet: "Projects", cell: "A3" });
    expect(duplicate.message).toContain(`[${join(dir, "team-a.xlsx")}]Projects!A2`);
    const conflicts = out.findings.filter((f) => f.ruleId === "data/submission-conflict");
    expect(conflicts.map((f) => f.messageId).sort()).toEqual(["budget", "capacity"]);
    expect(conflicts.find((f) => f.messageId === "capacity")!.location?.file).toBe(join(dir, "team-b.xlsx"));
    // Every finding's location names its file.
    for (const f of out.findings) if (f.location) expect(f.location.file).toBeDefined();
  });

  it("checked one by one, the same files show neither the over-allocation nor the cross-file duplicate", async () => {
    const dir = tempDir();
    await twoTeams(dir);
    const run = await cli(["check", dir, "--as-of", "2026-03-01", "--format", "json"]);
    const out = JSON.parse(run.stdout) as { files: { findings: JsonFinding[] }[] };
    const all = out.files.flatMap((f) => f.findings);
    expect(all.filter((f) => ["resource/over-allocated", "data/duplicate-id", "data/submission-conflict"].includes(f.ruleId))).toEqual([]);
  });

  it("prints locations in Excel's notation for another workbook's sheet, and the submissions read", async () => {
    const dir = tempDir();
    const { a } = await twoTeams(dir);
    const run = await cli(["check", dir, "--consolidate", "--as-of", "2026-03-01"]);
    expect(run.stdout).toMatch(/^Consolidated 2 submissions as of 2026-03-01/);
    expect(run.stdout).toContain(`'[${a}]Resources'!A2`);
    expect(run.stdout).toMatch(/team-b\.xlsx +2 projects, 1 person \(1 also in an earlier submission\), 1 assignment/);
    expect(run.stdout).toMatch(/Consolidated: \d+ errors?, .* from 2 submissions\.\n$/);
  });

  it("says a finding is in a hidden row of its submission, and only there", async () => {
    const dir = tempDir();
    // The same rejected gate in both files; only team-b.xlsx hides row 4 of its Gate Log.
    const a = await writeWorkbook(join(dir, "team-a.xlsx"), failingPortfolio);
    const b = await writeWorkbook(join(dir, "team-b.xlsx"), { ...failingPortfolio, projects: failingPortfolio.projects.map((p) => ({ ...p, "Project ID": "P-9" })), gates: failingPortfolio.gates!.map((g) => ({ ...g, "Project ID": "P-9" })), hiddenRows: { "Gate Log": [4] } });
    const json = JSON.parse((await cli(["check", dir, "--consolidate", "--as-of", "2026-03-01", "--format", "json"])).stdout) as { findings: (JsonFinding & { location?: { hidden?: boolean } })[] };
    const rejected = json.findings.filter((f) => f.ruleId === "gate/rejected");
    expect(rejected.map((f) => f.location)).toEqual([
      { file: a, sheet: "Gate Log", cell: "C4", row: 4 },
      { file: b, sheet: "Gate Log", cell: "C4", row: 4, hidden: true },
    ]);
    for (const f of json.findings) if (f.location?.hidden) expect(f.location).toMatchObject({ file: b, sheet: "Gate Log", row: 4 });
    const text = (await cli(["check", dir, "--consolidate", "--as-of", "2026-03-01"])).stdout;
    expect(text).toContain(`'[${b}]Gate Log'!C4 (hidden row)`);
    expect(text).not.toContain(`'[${a}]Gate Log'!C4 (hidden row)`);
  });

  it("lists what it could not read as not consolidated, and exits 2", async () => {
    const dir = tempDir();
    await twoTeams(dir);
    writeFileSync(join(dir, "old.xls"), "not really");
    const run = await cli(["check", dir, "--consolidate", "--as-of", "2026-03-01"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/not consolidated +.*old\.xls +is an old Excel 97-2003 workbook/);
    expect(run.stdout).toContain("1 file not consolidated");
  });

  it("refuses a submission storing another ruleset than the one used, rather than guessing", async () => {
    const dir = tempDir();
    await twoTeams(dir);
    const stored = join(dir, "stored.xlsx");
    const sample = resolve(import.meta.dirname, "../../assets/sample-portfolio.xlsx");
    copyFileSync(sample, join(dir, "z-source.xlsx"));
    // Store a ruleset in a copy of the sample with --embed-rules, then consolidate it with the others.
    const rules = join(dir, "..", `rules-${Date.now()}.json`);
    writeFileSync(rules, JSON.stringify({ name: "Strict PMO", version: "2" }));
    expect((await cli(["check", join(dir, "z-source.xlsx"), "--rules", rules, "--out", stored, "--embed-rules", "--as-of", "2026-03-01"])).code).toBeLessThan(2);
    const run = await cli(["check", join(dir, "team-a.xlsx"), stored, "--consolidate", "--as-of", "2026-03-01", "--format", "json"]);
    expect(run.code).toBe(2);
    const out = JSON.parse(run.stdout) as { submissions: { file: string; status: string; error?: string }[] };
    expect(out.submissions[1]).toMatchObject({ status: "failed" });
    expect(out.submissions[1].error).toMatch(/stores the ruleset Strict PMO 2, but the consolidation uses the default ruleset.*--rules/);
    // With --rules, both are read with it.
    const given = await cli(["check", join(dir, "team-a.xlsx"), stored, "--consolidate", "--rules", rules, "--as-of", "2026-03-01", "--format", "json"]);
    expect((JSON.parse(given.stdout) as { submissions: { status: string }[] }).submissions.map((s) => s.status)).toEqual(["read", "read"]);
  });
});

describe("check --consolidate --out", () => {
  it("writes one workbook with the combined sheets, a Source column and the report; checked alone it gives the same findings", async () => {
    const dir = tempDir();
    const subs = join(dir, "submissions");
    const full = (id: string, fields: Record<string, Value> = {}) =>
      project({ "Project ID": id, Name: `Project ${id}`, Stage: "Execution", Status: "Amber", Start: day("2026-01-05"), Finish: day("2026-02-20"), Budget: 100000, "Actual Cost": 90000, Forecast: 130000, "% Complete": 0.4, "Last Update": day("2026-01-10"), ...fields });
    const gate = (id: string, g: string, decision: string) => ({ "Project ID": id, Gate: g, Decision: decision, "Decision Date": day("2026-01-02"), Approver: "Board" });
    const write = (name: string, projects: Record<string, Value>[], gates: Record<string, Value>[], people: Record<string, Value>[], bookings: Record<string, Value>[]) =>
      writeSheets(join(subs, name), { Projects: projects, Gates: gates, Resources: people, Assignments: bookings }, { "% Complete": "0%" });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(subs, { recursive: true });
    await write("north.xlsx", [full("N-1"), full("N-2", { Status: "Green", Forecast: 100000 }), full("X-9", { Budget: 50000 })], [gate("N-1", "G0", "Approved"), gate("N-1", "G1", "Rejected"), gate("N-2", "G0", "Approved")], [person("Ada Byron", 1), person("Cy Young", 0.5)], [booking("N-1", "Ada Byron", 0.7), booking("N-2", "Cy Young", 0.5)]);
    await write("south.xlsx", [full("S-1", { Stage: "Planning" }), full("x-9", { Budget: 60000 })], [gate("S-1", "G0", "Approved"), gate("S-1", "G1", "Pending")], [person("ada byron", 0.5)], [booking("S-1", "Ada Byron", 0.6), booking("S-1", "Dee Nobody", 0.2)]);
    const out = join(dir, "portfolio.xlsx");
    const run = await cli(["check", subs, "--consolidate", "--out", out, "--as-of", "2026-03-01", "--format", "json", "--no-progress"]);
    expect(run.stderr).toBe("");
    const consolidated = JSON.parse(run.stdout) as { findings: JsonFinding[]; output: { file: string; sheets: string[] } };
    expect(consolidated.output.sheets.slice(0, 4)).toEqual(["Projects", "Gates", "Resources", "Assignments"]);
    expect(consolidated.output.sheets).toContain("Findings");

    // The combined sheets, each row naming its submission and cell.
    const { readXlsx } = await import("../../src/adapters/xlsx/read-workbook");
    const book = await readXlsx(out);
    const projects = book.sheets.find((s) => s.name === "Projects")!;
    const header = projects.values[0] as string[];
    const sourceColumn = header.indexOf("Source");
    expect(sourceColumn).toBeGreaterThan(0);
    expect(projects.values.slice(1).map((r) => r[sourceColumn])).toEqual([
      `[${join(subs, "north.xlsx")}]Projects!A2`, `[${join(subs, "north.xlsx")}]Projects!A3`, `[${join(subs, "north.xlsx")}]Projects!A4`,
      `[${join(subs, "south.xlsx")}]Projects!A2`, `[${join(subs, "south.xlsx")}]Projects!A3`,
    ]);

    // Checked on its own: the same findings (rule, message, subject), a person's capacity in another file included (the Source column names it).
    const alone = JSON.parse((await cli(["check", out, "--as-of", "2026-03-01", "--format", "json"])).stdout) as { findings: JsonFinding[] };
    const key = (f: JsonFinding) => [f.ruleId, f.messageId, f.projectId ?? "", f.resource ?? "", (f as { period?: string }).period ?? ""].join("|");
    const fromSubmissions = consolidated.findings.map(key).sort();
    expect(fromSubmissions).toContain("data/submission-conflict|capacity||ada byron|");
    expect(fromSubmissions.length).toBeGreaterThan(8);
    expect(alone.findings.map(key).sort()).toEqual(fromSubmissions);
    expect(consolidated.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["gate/rejected", "data/duplicate-id", "data/submission-conflict", "resource/over-allocated", "data/unknown-reference"]));
  });
});
