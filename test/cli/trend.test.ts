/**
 * Run twice, see the trend (issue 12 §3): check --out writes the report with the first snapshot in the
 * workbook's own history sheet; checking that file --in-place a month later appends the second, and
 * the summary then shows what changed and the findings and RAG counts of both runs.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { readSnapshots } from "../../src/core/history/store-sheet";
import { HISTORY_SHEET } from "../../src/workbook/sheet-spec";
import type { SheetGrid } from "../../src/workbook/grid";
import { tempDir } from "./fixtures";
import { cli } from "./run";

const SAMPLE = resolve(process.cwd(), "assets/sample-portfolio.xlsx");

/** The rows of the block titled `title` on a sheet grid, up to the next empty row. */
function blockRows(grid: SheetGrid, title: string): unknown[][] {
  const at = grid.values.findIndex((r) => typeof r[0] === "string" && r[0].startsWith(title));
  if (at < 0) return [];
  const rows: unknown[][] = [];
  for (let i = at + 2; i < grid.values.length && grid.values[i].some((v) => v !== null && v !== ""); i++) rows.push(grid.values[i]);
  return rows;
}

describe("checking the same workbook twice", () => {
  it("records each run inside the file and shows the trend on the summary", async () => {
    const dir = tempDir();
    const input = join(dir, "portfolio.xlsx");
    copyFileSync(SAMPLE, input);
    const out = join(dir, "portfolio-checked.xlsx");

    await cli(["check", input, "--as-of", "2026-10-26", "--out", out]);
    const first = await readXlsx(new Uint8Array(readFileSync(out)), { label: "portfolio-checked.xlsx" });
    expect(first.sheets.find((s) => s.name === HISTORY_SHEET)?.visibility).toBe("veryHidden");
    const once = readSnapshots(first);
    expect(once.map((s) => s.asOf)).toEqual(["2026-10-26"]);
    const summary1 = first.sheets.find((s) => s.name === "Portfolio Summary")!;
    expect(summary1.values.flat()).toContain("This is the first run recorded in this workbook. The history travels with the file: check this file again (in place) next month to see what changed.");

    await cli(["check", out, "--as-of", "2026-11-25", "--in-place"]);
    const second = await readXlsx(new Uint8Array(readFileSync(out)), { label: "portfolio-checked.xlsx" });
    const twice = readSnapshots(second);
    expect(twice.map((s) => s.asOf)).toEqual(["2026-10-26", "2026-11-25"]);
    // Same data both times: only the as-of date moved.
    expect(twice[1].data).toBe(twice[0].data);
    const summary = second.sheets.find((s) => s.name === "Portfolio Summary")!;
    const trend = blockRows(summary, "Findings over the last 2 runs");
    expect(trend).toEqual(twice.map((s) => [s.asOf, s.counts.error, s.counts.warning, s.counts.info, s.counts.total]));
    const rag = blockRows(summary, "RAG status over the last 2 runs");
    expect(rag.map((r) => r.slice(1, 4))).toEqual(twice.map((s) => [s.counts.rag.Green, s.counts.rag.Amber, s.counts.rag.Red]));
    // New and fixed: the multiset difference of the two runs' finding keys.
    const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
    const a = count(twice[0].findings!);
    const b = count(twice[1].findings!);
    let added = 0;
    let fixed = 0;
    for (const [k, n] of b) added += Math.max(0, n - (a.get(k) ?? 0));
    for (const [k, n] of a) fixed += Math.max(0, n - (b.get(k) ?? 0));
    const changes = blockRows(summary, "What changed since the last run");
    expect(changes[0].slice(0, 2)).toEqual(["Previous run (as of)", expect.any(Number)]);
    expect(changes[1].slice(0, 2)).toEqual(["New findings", added]);
    expect(changes[2].slice(0, 2)).toEqual(["Fixed findings", fixed]);
    expect(added + fixed).toBeGreaterThan(0);
    // Two trend charts over those tables, and still one history sheet.
    expect(second.sheets.filter((s) => s.name === HISTORY_SHEET)).toHaveLength(1);

    // A re-run of the same check changes nothing: same bytes.
    const before = readFileSync(out);
    await cli(["check", out, "--as-of", "2026-11-25", "--in-place"]);
    expect(Buffer.compare(readFileSync(out), before)).toBe(0);
  });
});
