/**
 * Issue 16: `pmo-rulebook new` writes a submission template made from the ruleset, replaces only a
 * blank template of its own, and refuses every other existing file, leaving it unchanged.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { newWorkbookXlsx } from "../../src/adapters/xlsx/write/blank";
import { defaultRuleset, defaultRulesetJson } from "../../src/core/ruleset/default-ruleset";
import { buildTemplate } from "../../src/core/template/index";
import { tempDir } from "./fixtures";
import { cli } from "./run";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("pmo-rulebook new", () => {
  it("writes the template of the default ruleset, which checks as: No projects yet", async () => {
    const out = join(tempDir(), "Portfolio-template.xlsx");
    const r = await cli(["new", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Wrote ${out}: a submission template for the default ruleset "PMO Rulebook default" 1.0.0, stored in it.\n` +
        "Sheets: How to fill this in, Projects, Gates, Resources, Assignments, Financials, Milestones, Risks, Objectives.\n" +
        "Checking it before anything is filled in says: No projects yet.\n",
    );
    const check = await cli(["check", out, "--as-of", "2026-11-25", "-q"]);
    expect(check.code).toBe(0);
    expect(check.stdout).toBe(`${out}: No projects yet: the Projects sheet has no rows to check.\n`);
    const json = JSON.parse((await cli(["check", out, "--as-of", "2026-11-25", "--format", "json"])).stdout);
    expect(json.findings).toEqual([]);
    expect(json.ruleset.origin).toBe("workbook");
  });

  it("uses --rules and stores that ruleset in the template", async () => {
    const dir = tempDir();
    const rules = JSON.parse(defaultRulesetJson());
    rules.name = "Contoso PMO";
    rules.version = "2.1.0";
    rules.thresholds.staleStatusDays = 14;
    writeFileSync(join(dir, "our-pmo.json"), JSON.stringify(rules));
    const out = join(dir, "t.xlsx");
    const r = await cli(["new", "--rules", join(dir, "our-pmo.json"), "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote .*t\.xlsx: a submission template for ruleset "Contoso PMO" 2\.1\.0, stored in it\./);
    const check = JSON.parse((await cli(["check", out, "--as-of", "2026-11-25", "--format", "json"])).stdout);
    expect(check.ruleset).toMatchObject({ name: "Contoso PMO", version: "2.1.0", origin: "workbook" });
  });

  it("replaces a blank template of its own, and leaves no temporary file", async () => {
    const dir = tempDir();
    const out = join(dir, "t.xlsx");
    await cli(["new", "--out", out]);
    const r = await cli(["new", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Replaced the blank template /);
    expect(readdirSync(dir)).toEqual(["t.xlsx"]);
  });

  it("refuses a template someone filled in, and any other workbook, unchanged", async () => {
    const dir = tempDir();
    const out = join(dir, "t.xlsx");
    await cli(["new", "--out", out]);
    // A PM types one project in: the template is theirs now.
    const template = buildTemplate(defaultRuleset());
    const projects = template.sheets.find((s) => s.name === "Projects")!;
    projects.rows.push([{ value: "P-1", type: "text" }, { value: "New CRM", type: "text" }]);
    writeFileSync(out, newWorkbookXlsx(template.sheets, { embeddedRuleset: template.rulesetJson }).bytes);
    expect((await cli(["check", out, "--as-of", "2026-11-25", "-q"])).stdout).toMatch(/ of 1 project\.$/m);
    // And someone added a sheet of notes to another blank template.
    const other = join(dir, "other.xlsx");
    await cli(["new", "--out", other]);
    writeFileSync(other, addSheetsToXlsx(new Uint8Array(readFileSync(other)), [{ key: "notes", name: "Notes", userSheet: true, columns: [], rows: [[{ value: "Ask finance" }]] }]).bytes);
    const otherBefore = sha(other);
    expect((await cli(["new", "--out", other])).code).toBe(2);
    expect(sha(other)).toBe(otherBefore);
    const before = sha(out);
    const r = await cli(["new", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${out} already exists and is not a blank template made by pmo-rulebook new, so it was not changed: choose another --out name, or move the file away first.\n`);
    expect(sha(out)).toBe(before);
    const sample = new URL("../../assets/sample-portfolio.xlsx", import.meta.url).pathname;
    const copy = join(dir, "sample.xlsx");
    writeFileSync(copy, readFileSync(sample));
    expect((await cli(["new", "--out", copy])).code).toBe(2);
    expect(sha(copy)).toBe(sha(sample));
  });

  it("refuses what is not an .xlsx name, and needs --out", async () => {
    const dir = tempDir();
    const r = await cli(["new", "--out", join(dir, "t.xlsm")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--out must name an \.xlsx file/);
    expect((await cli(["new"])).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
