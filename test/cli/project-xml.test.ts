import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readProjectXml } from "../../src/adapters/project-xml/read-xml";
import { MAX_IMPORT_BYTES } from "../../src/cli/project-xml";
import { checkedSample, sampleCounts, type SampleCounts } from "../project-xml/sample-counts";
import { failingPortfolio, tempDir, writeWorkbook } from "./fixtures";
import { cli } from "./run";

let counts: SampleCounts;
beforeAll(async () => {
  counts = sampleCounts(await checkedSample());
});

const sample = "assets/sample-portfolio.xlsx";

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("pmo-rulebook export --to project-xml", () => {
  it("writes the portfolio as one Project XML file and says what it could not carry on stderr", async () => {
    const out = join(tempDir(), "portfolio.xml");
    const r = await cli(["export", sample, "--to", "project-xml", "--out", out, "--as-of", "2026-11-25"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Wrote ${out}: ${counts.summary}.\n`);
    expect(r.stderr).toMatch(/^Not carried: the register's other columns \(notes\)\.$/m);
    expect(r.stderr).toMatch(/^Flagged: 1 project finishes before it starts: PRJ-116/m);
    const doc = readProjectXml(readFileSync(out, "utf8"));
    expect(doc.tasks[0]).toMatchObject({ uid: 0, outlineLevel: 0, summary: true });
    expect(doc.statusDate).toBe("2026-11-25T17:00:00");
  });

  it("--per-project writes one file a project, named by its ID, a duplicated ID numbered", async () => {
    const dir = join(tempDir(), "projects");
    const r = await cli(["export", sample, "--to", "project-xml", "--per-project", dir, "--as-of", "2026-11-25"]);
    expect(r.code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toHaveLength(counts.projects);
    expect(files).toContain("PRJ-118.xml");
    expect(files).toContain("PRJ-118 (2).xml");
    const one = readProjectXml(readFileSync(join(dir, "PRJ-119.xml"), "utf8"));
    expect(one.tasks.filter((t) => t.outlineLevel === 1)).toHaveLength(1);
    // Only the people the project books.
    expect(one.resources.length).toBeGreaterThan(0);
    expect(one.resources.length).toBe(new Set(one.assignments.map((a) => a.resourceUid)).size);
  });

  it("needs exactly one of --out and --per-project", async () => {
    const r = await cli(["export", sample, "--to", "project-xml"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs --out <file.xml> or --per-project <folder>/);
  });

  it("refuses a workbook without a project register", async () => {
    const dir = tempDir();
    const path = join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").addRow(["nothing here"]);
    await wb.xlsx.writeFile(path);
    const r = await cli(["export", path, "--to", "project-xml", "--out", join(dir, "x.xml")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/has no project list to export/);
    expect(existsSync(join(dir, "x.xml"))).toBe(false);
  });
});

describe("pmo-rulebook import", () => {
  it("writes a new workbook the check reads, with the same findings as the original", async () => {
    const dir = tempDir();
    const xml = join(dir, "portfolio.xml");
    await cli(["export", sample, "--to", "project-xml", "--out", xml, "--as-of", "2026-11-25"]);
    const out = join(dir, "imported.xlsx");
    const r = await cli(["import", xml, "--out", out]);
    expect(r.code).toBe(0);
    const doc = readProjectXml(readFileSync(xml, "utf8"));
    const sheets = [`Projects (${counts.projects})`, `Gates (${counts.gates})`, ...(counts.milestones ? [`Milestones (${counts.milestones})`] : []), `Resources (${counts.listed})`, `Assignments (${counts.assignments})`];
    expect(r.stdout).toBe(`Read ${xml}: ${doc.tasks.length - 1} tasks, ${counts.resources} resources, ${counts.assignments} assignments (exported by PMO Rulebook).\nWrote ${out}: ${sheets.join(", ")}.\n`);
    expect(await sheetNames(out)).toEqual(sheets.map((s) => s.replace(/ \(\d+\)$/, "")));
    const original = await cli(["check", sample, "--as-of", "2026-11-25", "--format", "json"]);
    const back = await cli(["check", out, "--as-of", "2026-11-25", "--format", "json"]);
    // Project XML has no RAID log and no objectives: their findings (risk/, strategy/) do not come back.
    const carried = (id: string) => !id.startsWith("risk/") && !id.startsWith("strategy/");
    const ids = (run: { stdout: string }) => (JSON.parse(run.stdout).findings as { ruleId: string }[]).map((f) => f.ruleId).filter(carried).sort();
    expect(ids(back)).toEqual(ids(original));
    expect(back.code).toBe(original.code);
  });

  it("onto an existing workbook keeps the user's sheets and replaces only what an earlier import wrote", async () => {
    const dir = tempDir();
    const xml = join(dir, "portfolio.xml");
    await cli(["export", sample, "--to", "project-xml", "--out", xml, "--as-of", "2026-11-25"]);
    const target = await writeWorkbook(join(dir, "mine.xlsx"), failingPortfolio);
    const first = await cli(["import", xml, "--out", target]);
    expect(first.code).toBe(0);
    // The user's Projects sheet stays; the imported one takes another name, and the writer says so.
    const imported = ["PMO Projects", "Gates", ...(counts.milestones ? ["Milestones"] : []), "Resources", "Assignments"];
    expect(await sheetNames(target)).toEqual(["Projects", "Gate Log", ...imported]);
    expect(first.stderr).toMatch(/A sheet of yours is already named "Projects"/);
    const second = await cli(["import", xml, "--out", target]);
    expect(second.code).toBe(0);
    expect(await sheetNames(target)).toEqual(["Projects", "Gate Log", ...imported]);
  });

  it("refuses a file that is not Project XML, and one that is not XML, leaving no workbook", async () => {
    const dir = tempDir();
    const notProject = join(dir, "other.xml");
    writeFileSync(notProject, '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>');
    const r1 = await cli(["import", notProject, "--out", join(dir, "a.xlsx")]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/is not a Microsoft Project XML file: its root element is <Workbook>/);
    const broken = join(dir, "broken.xml");
    writeFileSync(broken, "<Project xmlns='http://schemas.microsoft.com/project'><Tasks>");
    const r2 = await cli(["import", broken, "--out", join(dir, "b.xlsx")]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/is not a Microsoft Project XML file: it is not well-formed XML/);
    expect(existsSync(join(dir, "a.xlsx")) || existsSync(join(dir, "b.xlsx"))).toBe(false);
  });

  it("refuses a file too large to hold in memory, before reading it", async () => {
    const dir = tempDir();
    const huge = join(dir, "huge.xml");
    writeFileSync(huge, "");
    truncateSync(huge, MAX_IMPORT_BYTES + 1); // sparse: no disk is used
    const r = await cli(["import", huge, "--out", join(dir, "h.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is 100 MB; the import reads Project XML files up to 100 MB/);
  });

  it("checks --project-level", async () => {
    const r = await cli(["import", "x.xml", "--out", "y.xlsx", "--project-level", "one"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--project-level must be a whole number/);
  });
});
