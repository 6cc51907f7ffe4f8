import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanPortfolio, tempDir, writeWorkbook } from "./fixtures";
import { cleanupWorkbooks, writeWorkbook as writeSheets } from "../fixtures/read/workbook";
import { bin, buildCli, cli } from "./run";

const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe("a ruleset that cannot be used", () => {
  it("names each JSON path and what was expected, and exits 2", async () => {
    const dir = tempDir();
    const rules = join(dir, "rules.json");
    writeFileSync(rules, JSON.stringify({ thresholds: { cpiError: "low", staleStatusDays: -3 }, period: "quarter" }));
    const file = await writeWorkbook(join(dir, "clean.xlsx"), cleanPortfolio);
    const r = await cli(["check", file, "--rules", rules]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`Ruleset ${rules} is invalid:`);
    expect(r.stderr).toMatch(/\/thresholds\/cpiError: .+/);
    expect(r.stderr).toMatch(/\/period: .+/);
    expect(r.stdout).toBe("");
  });

  it("says when the file is not JSON", async () => {
    const rules = join(tempDir(), "rules.json");
    writeFileSync(rules, "{ stages: [Idea] ");
    const r = await cli(["check", "whatever.xlsx", "--rules", rules]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not valid JSON \(.+\)\.\n$/);
  });

  it("says when the file does not exist", async () => {
    const r = await cli(["check", "whatever.xlsx", "--rules", "/nonexistent/rules.json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("Ruleset /nonexistent/rules.json: no such file.\n");
  });
});

describe("a workbook that cannot be read", () => {
  beforeAll(buildCli);

  it("gets one sentence on stderr, no stack trace, and exit 2 (built command)", () => {
    const file = join(tempDir(), "broken.xlsx");
    writeFileSync(file, "this is not a zip file at all");
    const r = bin(["check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/broken\.xlsx is not an \.xlsx workbook/);
    expect(r.stderr.startsWith(file)).toBe(true);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe("");
  });

  it("reports a missing file plainly, and with --format json as a JSON error object on stdout too (built command)", () => {
    const r = bin(["check", "/nonexistent/portfolio.xlsx", "--format", "json", "--as-of", "2026-11-25"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("/nonexistent/portfolio.xlsx: no such file.\n");
    expect(JSON.parse(r.stdout)).toEqual({ asOf: "2026-11-25", file: "/nonexistent/portfolio.xlsx", error: "/nonexistent/portfolio.xlsx: no such file.", details: [] });
  });

  it("exits 0 on a clean workbook (built command)", async () => {
    const file = await writeWorkbook(join(tempDir(), "clean.xlsx"), cleanPortfolio);
    expect(bin(["check", file, "--as-of", "2026-11-25"]).code).toBe(0);
  });
});

afterAll(cleanupWorkbooks);

describe("a workbook without a project list", () => {
  it("is refused with the reader's reason and exit 2, not passed as clean", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Minutes of the steering committee"]);
    const file = join(tempDir(), "minutes.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await cli(["check", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/minutes\.xlsx has no project list to check: .*"Notes".*\.\n$/);
    expect(r.stdout).toBe("");
  });

  it("prints a JSON error object on stdout with --format json, and the sentence on stderr", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["Minutes of the steering committee"]);
    const file = join(tempDir(), "minutes-json.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await cli(["check", file, "--format", "json", "--as-of", "2026-11-25"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/minutes-json\.xlsx has no project list to check/);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ asOf: "2026-11-25", file, refused: "no project register", findings: [], summary: { total: 0, read: [], notRead: [] } });
    expect(out.error).toMatch(/has no project list to check: .*"Notes"/);
  });

  it("still checks over-allocation without a register, and says which sheets it read and why", async () => {
    const file = await writeSheets(
      [
        { name: "Team", rows: [["Name", "Role", "Capacity"], ["Ana", "Dev", 1]] },
        { name: "Assignments", rows: [["Project ID", "Resource", "Start", "Finish", "Allocation"], ["P1", "Ana", "2026-03-02", "2026-03-27", 0.8], ["P2", "Ana", "2026-03-02", "2026-03-27", 0.6]] },
      ],
      { file: "plan-only.xlsx" },
    );
    const r = await cli(["check", file, "--as-of", "2026-11-25"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan-only\.xlsx has no project list to check: .*found resources on "Team", assignments on "Assignments"/);
    expect(r.stdout).toMatch(/resources: "Team" \(header row 1, 1 row\): named like Resources/);
    expect(r.stdout).toMatch(/Ana is booked at 140%.*\[resource\/over-allocated\]/);
    const json = JSON.parse((await cli(["check", file, "--as-of", "2026-11-25", "--format", "json"])).stdout);
    expect(json.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("resource/over-allocated");
    expect(json.summary.read.map((x: { sheet: string; entity: string }) => [x.sheet, x.entity])).toEqual([["Team", "resources"], ["Assignments", "assignments"]]);
  });
});
