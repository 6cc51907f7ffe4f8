import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { buildReport } from "../../src/core/report/index";
import { sampleInput } from "../core/report/fixtures";
import { FEATURE_RICH_FILE, EDITABLE_PARTS, changedParts, featureRich, sheetNames, userWorkbook } from "../adapters/xlsx/write-helpers";
import { convert, inspect } from "./office";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { checkSource, reportSpecs, resolveRuleset } from "../../src/core/pipeline";
import { dayFromIso } from "../../src/core/model/dates";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { describeShared } from "../support/shared-files";

const work = mkdtempSync(join(tmpdir(), "pmo-lo-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const specs = buildReport(sampleInput());
const REPORT_SHEETS = ["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"];

function save(name: string, bytes: Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

describeShared("LibreOffice opens the written workbook", [FEATURE_RICH_FILE], () => {
  let seen: ReturnType<typeof inspect>;
  beforeAll(() => {
    const out = addSheetsToXlsx(featureRich(), specs, { embeddedRuleset: '{"name":"Test"}' }).bytes;
    seen = inspect(save("feature-rich-out.xlsx", out), 12, 8);
  });
  const sheet = (name: string) => seen.sheets.find((s) => s.name === name)!;

  it("shows the summary's native charts and none on the other report sheets", () => {
    const charts = specs[0].charts!;
    expect(sheet("Portfolio Summary").charts.map((c) => c.title)).toEqual(charts.map((c) => c.title));
    expect(charts.map((c) => c.title)).toEqual(expect.arrayContaining(["RAG status of the portfolio", "Health by program", "Projects by stage", "Findings by rule", "Resource demand vs capacity (FTE)"]));
    expect(sheet("Portfolio Summary").charts.map((c) => c.series)).toEqual(charts.map((c) => c.series.length));
    for (const name of REPORT_SHEETS.slice(1)) expect(sheet(name).charts).toHaveLength(0);
  });

  it("still shows the user's chart, image and comments", () => {
    expect(sheet("Chart").charts).toHaveLength(1);
    expect(sheet("Image").drawObjects).toBe(1);
    expect(sheet("Comments").drawObjects).toBeGreaterThan(0);
  });

  it("reads the report's cells back, formula-looking text as text", () => {
    expect(sheet("Portfolio Summary").cells[0][0]).toBe("Portfolio Summary");
    expect(sheet("Findings").cells[6]).toEqual(["Severity", "Rule", "Project", "Project name", "Resource", "Period", "Cell", "Message"]);
    expect(sheet("Findings").cells[9][3]).toBe('=HYPERLINK("http://evil","x")');
    expect(sheet("Gate Status").cells[8].slice(0, 5)).toEqual(["P-003", "Warehouse move", "Execution", "Passed", "Missing"]);
  });

  it("keeps the ruleset sheet hidden", () => {
    expect(sheet("_PMORulebook").visible).toBe(false);
    expect(sheet("_PMORulebook").cells[0][0]).toBe("PMO Rulebook ruleset");
  });
});

describe("a workbook saved by LibreOffice", () => {
  it("keeps every part byte-identical, and a LibreOffice round trip of the output is replaced cleanly", async () => {
    const original = save("user.xlsx", await userWorkbook({ extraSheets: ["Notes"] }));
    mkdirSync(join(work, "lo"), { recursive: true });
    const loSaved = new Uint8Array(readFileSync(convert(original, "xlsx", join(work, "lo"))));
    const written = addSheetsToXlsx(loSaved, specs).bytes;
    expect(changedParts(loSaved, written).filter((p) => !EDITABLE_PARTS.has(p))).toEqual([]);
    expect(sheetNames(written)).toEqual(["Projects", "Notes", ...REPORT_SHEETS]);

    // Saved again by LibreOffice, the markers live in shared strings and the parts are renumbered.
    mkdirSync(join(work, "lo2"), { recursive: true });
    const resaved = new Uint8Array(readFileSync(convert(save("written.xlsx", written), "xlsx", join(work, "lo2"))));
    const rerun = addSheetsToXlsx(resaved, specs);
    expect(sheetNames(rerun.bytes)).toEqual(["Projects", "Notes", ...REPORT_SHEETS]);
    expect(rerun.result.notes).toEqual([]);
    const seen = inspect(save("rerun.xlsx", rerun.bytes), 3, 2);
    expect(seen.sheets.find((s) => s.name === "Portfolio Summary")!.charts).toHaveLength(specs[0].charts!.length);
    expect(seen.sheets.find((s) => s.name === "Notes")!.cells[0][0]).toBe("Notes kept by the user");
  });
});

describe("rendering the report", () => {
  const outDir = resolve(process.cwd(), "test-output/report");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  /** Writes the specs into an otherwise empty workbook (empty sheets do not print) and renders PNGs. */
  async function render(prefix: string, report: SheetSpec[]): Promise<string[]> {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Data");
    const base = new Uint8Array(await empty.xlsx.writeBuffer());
    const pdf = convert(save(`${prefix}.xlsx`, addSheetsToXlsx(base, report).bytes), "pdf", work);
    execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(outDir, prefix)], { timeout: 120_000 });
    return readdirSync(outDir).filter((f) => f.startsWith(prefix) && f.endsWith(".png"));
  }

  it("renders the report of a small fixture to PNG pages in test-output/report", async () => {
    expect((await render("fixture", specs)).length).toBeGreaterThanOrEqual(REPORT_SHEETS.length);
  });

  it("renders the sample portfolio's report, checked end to end, to PNG pages", async () => {
    const sample = resolve(process.cwd(), "assets/sample-portfolio.xlsx");
    const source = await readXlsx(sample, { label: "sample-portfolio.xlsx" });
    const ruleset = resolveRuleset(source);
    if (!ruleset.ok) throw new Error(JSON.stringify(ruleset.errors));
    const outcome = checkSource(source, ruleset.ruleset, { asOf: dayFromIso("2026-11-25") });
    const report = reportSpecs(outcome, "sample-portfolio.xlsx");
    expect(report[0].charts!.length).toBeGreaterThanOrEqual(6);
    expect((await render("sample", report)).length).toBeGreaterThanOrEqual(REPORT_SHEETS.length);
  });
});
