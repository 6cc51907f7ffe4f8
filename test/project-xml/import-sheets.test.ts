import { describe, expect, it } from "vitest";
import { blankWorkbook } from "../../src/adapters/project-xml/blank-workbook";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { generatedSheetNames } from "../../src/core/generated/sheets";
import { dayFromIso } from "../../src/core/model/dates";
import { readPortfolio } from "../../src/core/read/index";
import type { ImportedPortfolio } from "../../src/core/project-xml/import";
import { importSheets } from "../../src/core/project-xml/import-sheets";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { buildReport } from "../../src/core/report/index";
import { sampleInput } from "../core/report/fixtures";

const imported: ImportedPortfolio = {
  ours: false,
  projects: [{ id: "P-1", name: "Alpha", stage: "Execution", start: dayFromIso("2026-01-05"), finish: dayFromIso("2026-06-30"), budget: 100000, percentComplete: 0.455 }],
  gates: [],
  milestones: [{ projectId: "P-1", id: "M1", name: "Go live", baseline: dayFromIso("2026-06-01"), forecast: dayFromIso("2026-06-15") }],
  resources: [{ name: "Ana", capacity: 0.8 }],
  assignments: [{ projectId: "P-1", resource: "Ana", start: dayFromIso("2026-01-05"), finish: dayFromIso("2026-03-31"), allocation: 2 }],
  counts: { tasks: 2, resources: 1, assignments: 1 },
  notes: [],
};

describe("the imported sheets", () => {
  it("are a workbook the reader reads, value for value", async () => {
    const bytes = addSheetsToXlsx(blankWorkbook(), importSheets(imported)).bytes;
    const source = await readXlsx(bytes);
    expect(source.sheets.map((s) => s.name)).toEqual(["Projects", "Milestones", "Resources", "Assignments"]);
    const p = readPortfolio(source, defaultRuleset());
    expect(p.projects[0]).toMatchObject({ id: "P-1", name: "Alpha", stage: "Execution", start: dayFromIso("2026-01-05"), finish: dayFromIso("2026-06-30"), budget: 100000, percentComplete: 0.455 });
    expect(p.milestones[0]).toMatchObject({ projectId: "P-1", id: "M1", name: "Go live", baseline: dayFromIso("2026-06-01"), forecast: dayFromIso("2026-06-15") });
    expect(p.resources[0]).toMatchObject({ name: "Ana", capacity: 0.8, capacityDefaulted: false });
    // 2 FTE stays 2 FTE (a percent-formatted column would have read it as 2%).
    expect(p.assignments[0]).toMatchObject({ projectId: "P-1", resource: "Ana", allocation: 2 });
    expect(p.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
  });

  it("are the product's to replace but data to read, unlike its report sheets", async () => {
    const withImport = addSheetsToXlsx(blankWorkbook(), importSheets(imported)).bytes;
    const withReport = addSheetsToXlsx(withImport, buildReport(sampleInput())).bytes;
    const source = await readXlsx(withReport);
    const generated = generatedSheetNames(source);
    expect(generated.has("portfolio summary")).toBe(true);
    expect(generated.has("projects")).toBe(false);
    expect(generated.has("assignments")).toBe(false);
    const again = addSheetsToXlsx(withReport, importSheets(imported), { current: source }).bytes;
    expect((await readXlsx(again)).sheets.filter((s) => s.name.toLowerCase().includes("projects")).map((s) => s.name)).toEqual(["Projects"]);
  });
});

describe("the blank workbook an import starts from", () => {
  it("has its styles where ExcelJS looks for them, so a workbook with report sheets still loads whole", async () => {
    const withImport = addSheetsToXlsx(blankWorkbook(), importSheets(imported)).bytes;
    const withReport = addSheetsToXlsx(withImport, buildReport(sampleInput())).bytes;
    const again = addSheetsToXlsx(withReport, importSheets(imported), { current: await readXlsx(withReport) }).bytes;
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(again as unknown as ArrayBuffer);
    expect(loaded.worksheets.map((s) => s.name)).toEqual(["Projects", "Milestones", "Resources", "Assignments", "Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"]);
  });
});
