/**
 * A full add-in run at portfolio scale, on the benchmark's workbook (10k projects, 100k assignments,
 * about 20k gate rows, realistic problem rates): read, check, write every sheet and chart. The sync
 * count must stay within budget and no request may exceed 4 MB (Excel on the web rejects over 5 MB).
 * Counts, not times: timings belong to `npm run bench`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeSyntheticPortfolio } from "../../../bench/generate";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { OfficeWorkbook } from "../../../src/adapters/office";
import { createStandinExcel, standinStateFromWorkbookSource } from "../../../src/excel-standin";
import { dayFromIso } from "../../../src/core/model/dates";
import { checkSource, reportSpecs, resolveRuleset } from "../../../src/core/pipeline";

const FOUR_MB = 4 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "pmo-office-scale-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a full run at 10k projects + 100k assignments + 20k gates", () => {
  it("reads in at most 3 syncs, writes every sheet and chart in at most 3 more, no request over 4 MB", { timeout: 300_000 }, async () => {
    const path = join(dir, "scale.xlsx");
    const counts = await writeSyntheticPortfolio(path, 10_000);
    expect(counts).toMatchObject({ projects: 10_000, assignments: 100_000 });
    expect(counts.gates).toBeGreaterThanOrEqual(20_000);
    const state = standinStateFromWorkbookSource(await readXlsx(path, { label: "scale.xlsx" }));
    const standin = createStandinExcel(state, { requirementSets: { ExcelApi: "1.17" } });
    const workbook = new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, label: "scale.xlsx", platform: "PC" });

    const source = await workbook.read();
    const readSyncs = standin.host.stats.syncs;
    expect(readSyncs).toBeLessThanOrEqual(3);
    expect(source.sheets.find((s) => s.name === "Assignments")!.values).toHaveLength(100_001);

    const ruleset = resolveRuleset(source);
    if (!ruleset.ok) throw new Error("the default ruleset did not load");
    const specs = reportSpecs(checkSource(source, ruleset.ruleset, { asOf: dayFromIso("2026-11-25") }), "scale.xlsx");
    const result = await workbook.writeSheets(specs);

    const { stats } = standin.host;
    expect(result.written.map((w) => w.spec)).toEqual(specs.map((s) => s.key));
    expect(stats.syncs - readSyncs).toBeLessThanOrEqual(3);
    expect(stats.syncs).toBeLessThanOrEqual(6);
    expect(Math.max(...stats.records.map((r) => r.requestBytes))).toBeLessThanOrEqual(FOUR_MB);
    expect(stats.records.every((r) => r.ok)).toBe(true);
    expect(state.sheets.flatMap((s) => s.charts)).toHaveLength(specs.flatMap((s) => s.charts ?? []).length);
    expect(state.sheets.some((s) => s.name.startsWith("PMO~"))).toBe(false);

    // The same workbook from Excel on the web: each sync plans about 3.5 MB of response by what the
    // sheet's earlier blocks measured, so every response stays under the 5 MB limit without waiting for
    // Excel to refuse one, and the syncs are few: near the total bytes over 3.5 MB.
    const web = createStandinExcel(state, { profile: { platform: "web", excelApi: "1.20" } });
    const fromWeb = await new OfficeWorkbook({ excel: web.Excel, requirements: web.requirements, label: "scale.xlsx", platform: web.platform }).read();
    expect(fromWeb.sheets.find((s) => s.name === "Assignments")!.values).toEqual(source.sheets.find((s) => s.name === "Assignments")!.values);
    const { records } = web.host.stats;
    expect(records.every((r) => r.ok && r.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    const cellBytes = records.slice(2).reduce((sum, r) => sum + r.responseBytes, 0);
    expect(records.length - 2).toBeLessThanOrEqual(Math.ceil(cellBytes / (3.5 * 1024 * 1024)) + 2);
  });
});
