import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanPortfolio, failingPortfolio, tempDir, writeWorkbook } from "./fixtures";
import { cli } from "./run";

async function submissions() {
  const dir = tempDir();
  await writeWorkbook(join(dir, "alpha.xlsx"), cleanPortfolio);
  await writeWorkbook(join(dir, "march", "beta.xlsx"), failingPortfolio);
  writeFileSync(join(dir, "~$alpha.xlsx"), "Excel lock file"); // Excel's owner file while alpha is open
  writeFileSync(join(dir, "notes.txt"), "not a workbook");
  return dir;
}

describe("checking a folder of workbooks", () => {
  it("prints one line per workbook, then the totals, and exits with the worst status", async () => {
    const dir = await submissions();
    const r = await cli(["check", dir, "--as-of", "2026-03-01"]);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("As of 2026-03-01:");
    expect(lines[1]).toMatch(/^ {2}ok +.*alpha\.xlsx +0 errors/);
    expect(lines[2]).toMatch(/^ {2}errors +.*march\/beta\.xlsx +[1-9]\d* errors?/);
    expect(lines[3]).toMatch(/^Total: 2 files; [1-9]\d* errors?, .* in 1 of 3 projects\.$/);
    expect(r.stdout).not.toContain("~$alpha");
    expect(r.code).toBe(1);
  });

  it("lists an unreadable workbook, checks the others, and exits 2", async () => {
    const dir = await submissions();
    writeFileSync(join(dir, "corrupt.xlsx"), "PK not really");
    const r = await cli(["check", dir, "--as-of", "2026-03-01"]);
    expect(r.stdout).toMatch(/not checked +.*corrupt\.xlsx +(is not|cannot be read as) an \.xlsx workbook/);
    expect(r.stdout).toMatch(/Total: 3 files, 1 not checked;/);
    expect(r.code).toBe(2);
  });

  it("keeps stdout pure JSON while progress goes to stderr", async () => {
    const dir = await submissions();
    const r = await cli(["check", dir, "--as-of", "2026-03-01", "--format", "json"]);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { file: string }) => f.file)).toEqual([join(dir, "alpha.xlsx"), join(dir, "march", "beta.xlsx")]);
    expect(out.summary).toMatchObject({ files: 2, checked: 2, failed: 0, projects: 1, projectsChecked: 3 });
    expect(out.summary.error).toBe(out.files[1].summary.error);
    expect(r.stderr).toMatch(/\[1\/2\] reading .*alpha\.xlsx/);
    expect(r.stderr).toMatch(/\[2\/2\] checking .*beta\.xlsx/);
  });

  it("shows no progress with --quiet or --no-progress", async () => {
    const dir = await submissions();
    for (const flag of ["--quiet", "--no-progress"]) {
      const r = await cli(["check", dir, "--as-of", "2026-03-01", flag]);
      expect(r.stderr).toBe("");
    }
  });

  it("treats several paths like a folder, and says when a folder has no workbooks", async () => {
    const dir = await submissions();
    const both = await cli(["check", join(dir, "alpha.xlsx"), join(dir, "march", "beta.xlsx"), "--as-of", "2026-03-01", "--quiet"]);
    expect(both.stdout).toMatch(/^Total: 2 files/m);
    const empty = join(dir, "empty");
    mkdirSync(empty);
    const none = await cli(["check", empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(`No .xlsx or .xlsm workbooks found in the folder ${empty}.\n`);
  });
});
