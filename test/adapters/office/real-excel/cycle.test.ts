/**
 * The full cycle the pane runs, under every host profile (Windows, Mac, the web x ExcelApi 1.7, 1.12,
 * 1.20): read, check, write every sheet and chart, store the ruleset twice, then read, check and write
 * again. Each test names the Microsoft page or office-js issue the behaviour it depends on comes from.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ALL_PROFILES, findSheet, profileName, standinStateFromWorkbookSource, type HostProfile } from "../../../../src/excel-standin";
import { readXlsx } from "../../../../src/adapters/xlsx/read-workbook";
import { writeSyntheticPortfolio } from "../../../../bench/generate";
import { markerName } from "../../../../src/adapters/office";
import { adapterOver, brokenNames, reportOf, sampleState, sheetNames, tempSheets } from "./profile-helpers";

const dir = mkdtempSync(join(tmpdir(), "pmo-real-excel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const desktop = (p: HostProfile) => p.platform !== "web";

describe.each(ALL_PROFILES.map((p) => ({ ...p, name: profileName(p) })))("the full cycle on $name", (profile) => {
  it("reads, checks, writes every sheet and chart, stores the ruleset twice and runs again", { timeout: 60_000 }, async () => {
    const state = await sampleState();
    const userSheets = sheetNames(state);
    const userHidden = state.sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name);
    const { workbook, host } = adapterOver(state, profile);

    // https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins:
    // sizes first, then cells in blocks under the 5,000,000-cell and (web) 5 MB limits.
    const source = await workbook.read();
    expect(host.stats.syncs).toBe(3);
    expect(source.sheets.map((s) => s.name)).toEqual(userSheets);

    const specs = reportOf(source);
    const before = host.stats.syncs;
    const result = await workbook.writeSheets(specs);
    expect(result.written.map((w) => w.spec)).toEqual(specs.map((s) => s.key));
    expect(state.sheets.flatMap((s) => s.charts)).toHaveLength(specs.flatMap((s) => (s.charts ?? []).filter((c) => c.series.length > 0)).length);
    expect(tempSheets(state)).toEqual([]);
    // https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities: never an undo
    // group (Worksheet.delete, and rename/position on the desktop, would make it throw UndoNotSupported).
    expect(host.stats.runOptions.some((o) => o.mergeUndoGroup)).toBe(false);
    // A write ends Excel's undo history on every platform (docs/office-adapter.md, "Undo").
    expect(host.stats.undoClears.some((s) => s > before)).toBe(true);
    for (const spec of specs) expect(state.names.find((n) => n.name === markerName(spec.key))?.comment).toMatch(/PMO Rulebook/);

    // Twice: the second save replaces a VeryHidden sheet, which Excel refuses to delete as it is
    // (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#delete-a-worksheet, office-js #365).
    await workbook.writeEmbeddedRuleset('{"name":"first"}');
    await workbook.writeEmbeddedRuleset('{"name":"second"}');
    expect(await workbook.readEmbeddedRuleset()).toBe('{"name":"second"}');
    expect(state.sheets.filter((s) => s.name === "_PMORulebook").map((s) => s.visibility)).toEqual(["VeryHidden"]);
    expect(state.sheets.filter((s) => s.visibility !== "Visible").map((s) => s.name)).toEqual([...userHidden, "_PMORulebook"]);

    const countAfterFirst = state.sheets.length;
    const again = await workbook.read();
    const second = await workbook.writeSheets(reportOf(again));
    expect(second.written).toEqual(result.written);
    expect(state.sheets.length).toBe(countAfterFirst);
    expect(tempSheets(state)).toEqual([]);
    expect(brokenNames(state)).toEqual([]);
    expect(host.stats.records.every((r) => r.ok)).toBe(true);
    for (const name of userSheets) expect(findSheet(state, name)).toBeDefined();
    if (profile.platform === "web") expect(Math.max(...host.stats.records.map((r) => Math.max(r.requestBytes, r.responseBytes)))).toBeLessThanOrEqual(5 * 1024 * 1024);
  });
});

describe("sync counts do not grow with rows", () => {
  it.each(ALL_PROFILES.map((p) => ({ ...p, name: profileName(p) })))("$name: the same syncs for 40 and 400 projects", { timeout: 60_000 }, async (profile) => {
    const counts: number[][] = [];
    for (const n of [40, 400]) {
      const path = join(dir, `${profile.platform}-${profile.excelApi}-${n}.xlsx`);
      await writeSyntheticPortfolio(path, n);
      const state = standinStateFromWorkbookSource(await readXlsx(path, { label: `p${n}.xlsx` }));
      const { workbook, host } = adapterOver(state, profile);
      const source = await workbook.read();
      const read = host.stats.syncs;
      await workbook.writeSheets(reportOf(source));
      counts.push([read, host.stats.syncs - read]);
    }
    expect(counts[1]).toEqual(counts[0]);
    if (desktop(profile)) expect(counts[0][0]).toBe(3);
  });
});
