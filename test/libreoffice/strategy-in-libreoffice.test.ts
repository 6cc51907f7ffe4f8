/**
 * Issue 11 §4–§5: LibreOffice opens the sample's Milestone Status, Risk Heatmap and Strategic
 * Alignment as written into the sample itself, with their native charts, and renders them to PNG
 * pages in test-output/report (sample-strategy-*.png) for a person to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { checkSource, reportSpecs, resolveRuleset } from "../../src/core/pipeline";
import { dayFromIso } from "../../src/core/model/dates";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { convert, inspect } from "./office";
import ExcelJS from "exceljs";

const SAMPLE = resolve(process.cwd(), "assets/sample-portfolio.xlsx");
const NEW_SHEETS = ["Milestone Status", "Risk Heatmap", "Strategic Alignment"];
const work = mkdtempSync(join(tmpdir(), "pmo-lo-strategy-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function sampleReport(): Promise<SheetSpec[]> {
  const source = await readXlsx(SAMPLE, { label: "sample-portfolio.xlsx" });
  const ruleset = resolveRuleset(source);
  if (!ruleset.ok) throw new Error(JSON.stringify(ruleset.errors));
  return reportSpecs(checkSource(source, ruleset.ruleset, { asOf: dayFromIso("2026-11-25") }), "sample-portfolio.xlsx");
}

describe("LibreOffice opens the sample's milestone, risk and alignment sheets", () => {
  let seen: ReturnType<typeof inspect>;
  beforeAll(async () => {
    const out = join(work, "sample-checked.xlsx");
    writeFileSync(out, addSheetsToXlsx(new Uint8Array(readFileSync(SAMPLE)), await sampleReport()).bytes);
    seen = inspect(out, 16, 12);
  });
  const sheet = (name: string) => seen.sheets.find((s) => s.name === name)!;

  it("keeps the user's Milestones, RAID Log and Objectives sheets beside the generated ones", () => {
    const names = seen.sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["Milestones", "RAID Log", "Objectives", ...NEW_SHEETS]));
    expect(sheet("RAID Log").cells[0][0]).toBe("Northwind Group - Portfolio RAID Log");
  });

  it("shows the chart of slip by project and the two charts by objective", () => {
    expect(sheet("Milestone Status").charts.map((c) => [c.title, c.series])).toEqual([["Worst milestone slip (days): top 15 projects", 1]]);
    expect(sheet("Strategic Alignment").charts.map((c) => [c.title, c.series])).toEqual([["Budget by objective", 1], ["Projects by objective", 1]]);
    expect(sheet("Risk Heatmap").charts).toHaveLength(0);
  });

  it("reads the worst slips, the heatmap's counts and the objectives back", () => {
    expect(sheet("Milestone Status").cells[8].slice(0, 6)).toEqual(["PRJ-113", "Data Centre Exit", "5", "4", "0", "45"]);
    const heat = sheet("Risk Heatmap").cells;
    expect(heat[7].slice(0, 6)).toEqual(["Probability ↓  Impact →", "1", "2", "3", "4", "5"]);
    expect(heat[8].slice(0, 6)).toEqual(["5", "0", "0", "0", "0", "0"]);
    expect(heat[9].slice(0, 6)).toEqual(["4", "0", "0", "1", "2", "1"]);
    expect(heat[8][9]).toBe("R-003");
    expect(sheet("Strategic Alignment").cells[8][0]).toBe("Grow digital revenue");
  });
});

describe("rendering the milestone, risk and alignment sheets", () => {
  it("renders them to PNG pages in test-output/report", async () => {
    const outDir = resolve(process.cwd(), "test-output/report");
    mkdirSync(outDir, { recursive: true });
    for (const f of readdirSync(outDir)) if (f.startsWith("sample-strategy")) rmSync(join(outDir, f));
    const report = (await sampleReport()).filter((s) => NEW_SHEETS.includes(s.name));
    expect(report.map((s) => s.name)).toEqual(NEW_SHEETS);
    // Only the three sheets, in a workbook of their own (empty sheets do not print).
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Data");
    const base = new Uint8Array(await empty.xlsx.writeBuffer());
    const file = join(work, "sample-strategy.xlsx");
    writeFileSync(file, addSheetsToXlsx(base, report).bytes);
    const pdf = convert(file, "pdf", work);
    execFileSync("pdftoppm", ["-png", "-r", "80", pdf, join(outDir, "sample-strategy")], { timeout: 120_000 });
    expect(readdirSync(outDir).filter((f) => f.startsWith("sample-strategy") && f.endsWith(".png")).length).toBeGreaterThanOrEqual(3);
  });
});
