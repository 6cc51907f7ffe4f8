import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanPortfolio, day, failingPortfolio, project, tempDir, writeWorkbook } from "./fixtures";
import { cli } from "./run";

describe("pmo-rulebook check on one workbook", () => {
  it("exits 0 when no finding is an error", async () => {
    const file = await writeWorkbook(join(tempDir(), "clean.xlsx"), cleanPortfolio);
    const r = await cli(["check", file, "--as-of", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/clean\.xlsx: (No findings in 2 projects|0 errors, .* in \d of 2 projects)\.$/m);
  });

  it("exits 1 and groups findings by severity with Excel locations", async () => {
    const file = await writeWorkbook(join(tempDir(), "failing.xlsx"), failingPortfolio);
    const r = await cli(["check", file, "--as-of", "2026-03-01"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Errors \(\d+\)$/m);
    expect(r.stdout).toMatch(/'Gate Log'!C4 .*\[gate\/rejected\]/);
    expect(r.stdout).toMatch(/ruleset "PMO Rulebook default" .*\(built-in default\)/);
    expect(r.stdout.trim().split("\n").pop()).toMatch(/failing\.xlsx: \d+ errors?, \d+ warnings?, \d+ info in 1 of 1 project\./);
  });

  it("prints { findings, summary } as JSON", async () => {
    const file = await writeWorkbook(join(tempDir(), "failing.xlsx"), failingPortfolio);
    const r = await cli(["check", file, "--as-of", "2026-03-01", "--format", "json"]);
    const out = JSON.parse(r.stdout);
    expect(out.asOf).toBe("2026-03-01");
    expect(out.ruleset).toMatchObject({ name: "PMO Rulebook default", origin: "default" });
    expect(out.findings.map((f: { ruleId: string }) => f.ruleId)).toContain("gate/rejected");
    expect(out.findings.find((f: { ruleId: string }) => f.ruleId === "gate/rejected").location).toMatchObject({ sheet: "Gate Log", cell: "C4" });
    expect(out.summary.error).toBeGreaterThan(0);
    expect(out.summary.total).toBe(out.findings.length);
  });

  it("says a finding is in a hidden row, in text and in JSON", async () => {
    const file = await writeWorkbook(join(tempDir(), "hidden.xlsx"), { ...failingPortfolio, hiddenRows: { "Gate Log": [4] } });
    const text = await cli(["check", file, "--as-of", "2026-03-01"]);
    expect(text.stdout).toMatch(/'Gate Log'!C4 \(hidden row\) .*\[gate\/rejected\]/);
    expect(text.stdout).not.toMatch(/'Gate Log'!C[23] \(hidden row\)/);
    const json = JSON.parse((await cli(["check", file, "--as-of", "2026-03-01", "--format", "json"])).stdout);
    const findings = json.findings as { ruleId: string; location?: { sheet: string; cell: string; hidden?: boolean } }[];
    expect(findings.find((f) => f.ruleId === "gate/rejected")!.location).toEqual({ sheet: "Gate Log", cell: "C4", row: 4, hidden: true });
    // Only findings in row 4 of that sheet say so.
    for (const f of findings) if (f.location?.hidden) expect(f.location).toMatchObject({ sheet: "Gate Log", row: 4 });
  });

  it("makes date rules depend on --as-of only", async () => {
    const file = await writeWorkbook(join(tempDir(), "dated.xlsx"), {
      projects: [project({ Stage: "Planning", Start: day("2026-01-05"), Finish: day("2026-06-30"), Budget: 50000 })],
    });
    const before = await cli(["check", file, "--as-of", "2026-06-01", "--format", "json"]);
    const after = await cli(["check", file, "--as-of", "2026-07-15", "--format", "json"]);
    const again = await cli(["check", file, "--as-of", "2026-07-15", "--format", "json"]);
    const ids = (r: { stdout: string }) => JSON.parse(r.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids(before)).not.toContain("schedule/overdue");
    expect(ids(after)).toContain("schedule/overdue");
    expect(again.stdout).toBe(after.stdout);
  });

  it("shows progress on a terminal's stderr and keeps stdout pure JSON", async () => {
    const file = await writeWorkbook(join(tempDir(), "failing.xlsx"), failingPortfolio);
    const r = await cli(["check", file, "--as-of", "2026-03-01", "--format", "json"], { stderrTty: true });
    expect(r.stderr).toContain(`\r\x1b[2Kreading ${file}…`);
    expect(r.stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect(JSON.parse(r.stdout).file).toBe(file);
  });

  it("prints only the summary line with --quiet", async () => {
    const file = await writeWorkbook(join(tempDir(), "failing.xlsx"), failingPortfolio);
    const r = await cli(["check", file, "--as-of", "2026-03-01", "--quiet"]);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.code).toBe(1);
  });

  it("honours --period week for over-allocation periods", async () => {
    const file = await writeWorkbook(join(tempDir(), "clean.xlsx"), cleanPortfolio);
    const r = await cli(["check", file, "--as-of", "2026-11-25", "--period", "week"]);
    expect(r.code).toBe(0);
  });
});

describe("pmo-rulebook check: usage errors exit 2", () => {
  it.each([
    [["check", "x.xlsx", "--as-of", "25/11/2026"], /--as-of must be a date written YYYY-MM-DD/],
    [["check", "x.xlsx", "--period", "quarter"], /quarter/],
    [["check", "x.xlsx", "--bogus"], /unknown option/],
    [["check"], /missing required argument/],
    [["check", "x.xlsx", "--embed-rules"], /--embed-rules needs --out or --in-place/],
  ])("%j", async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
  });
});

describe("pmo-rulebook --help, --version, init-rules", () => {
  it("documents every check option", async () => {
    const r = await cli(["check", "--help"]);
    expect(r.code).toBe(0);
    for (const option of ["--rules", "--as-of", "--period", "--format", "--out", "--in-place", "--quiet", "Exit status"]) {
      expect(r.stdout).toContain(option);
    }
  });

  it("prints the version from package.json", async () => {
    const r = await cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("prints the default ruleset, which checks as a --rules file", async () => {
    const r = await cli(["init-rules"]);
    const ruleset = JSON.parse(r.stdout);
    expect(ruleset.lifecycle.stages).toContain("Execution");
    const dir = tempDir();
    const rules = join(dir, "rules.json");
    (await import("node:fs")).writeFileSync(rules, r.stdout);
    const file = await writeWorkbook(join(dir, "clean.xlsx"), cleanPortfolio);
    const checked = await cli(["check", file, "--rules", rules, "--as-of", "2026-11-25"]);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toContain("(from --rules)");
  });
});
