import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanPortfolio, tempDir, writeWorkbook } from "./fixtures";
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

  it("reports a missing file plainly (built command)", () => {
    const r = bin(["check", "/nonexistent/portfolio.xlsx", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("/nonexistent/portfolio.xlsx: no such file.\n");
    expect(r.stdout).toBe("");
  });

  it("exits 0 on a clean workbook (built command)", async () => {
    const file = await writeWorkbook(join(tempDir(), "clean.xlsx"), cleanPortfolio);
    expect(bin(["check", file, "--as-of", "2026-11-25"]).code).toBe(0);
  });
});

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
});
