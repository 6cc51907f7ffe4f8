/**
 * Run snapshots (issue 12 §3): what a run records, how the history grows in the workbook, and what the
 * summary says changed, checked against the source rows of two months of one portfolio.
 */
import { describe, expect, it } from "vitest";
import { checkSource, historyAfter, reportSpecs } from "../../../src/core/pipeline";
import { sheetsToWrite } from "../../../src/core/check-workflow";
import { dayFromIso } from "../../../src/core/model/dates";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { appendSnapshot, diffSnapshots, SNAPSHOTS_KEPT, SNAPSHOTS_WITH_FINDINGS, type Snapshot } from "../../../src/core/history/snapshot";
import { historySheet, readSnapshots } from "../../../src/core/history/store-sheet";
import { sourceFingerprint } from "../../../src/core/report/fingerprint";
import type { CellValue, SheetGrid, WorkbookSource } from "../../../src/workbook/grid";
import { HISTORY_SHEET, type SheetSpec } from "../../../src/workbook/sheet-spec";
import { block } from "../report/spec-reading";

const HEADER = ["Project ID", "Project Name", "Program", "Stage", "Status", "Start Date", "Finish Date", "Budget", "Actual Cost", "Forecast", "% Complete"];
type Row = (string | number | null)[];
const OCTOBER: Row[] = [
  ["P-01", "Alpha", "Digital", "Execution", "Green", "2026-01-01", "2026-12-31", 100_000, 40_000, 100_000, 0.5],
  ["P-02", "Beta", "Digital", "Execution", "Green", "2026-03-01", "2027-02-28", 200_000, 50_000, 200_000, 0.3],
  ["P-03", "Gamma", "Ops", "Planning", "Amber", "2026-06-01", "2027-06-30", 80_000, 5_000, 85_000, 0.05],
];
// November: Beta overspent and turned Red; Gamma lost its budget (a new finding); Alpha unchanged.
const NOVEMBER: Row[] = [
  OCTOBER[0],
  ["P-02", "Beta", "Digital", "Execution", "Red", "2026-03-01", "2027-02-28", 200_000, 180_000, 260_000, 0.35],
  ["P-03", "Gamma", "Ops", "Planning", "Amber", "2026-06-01", "2027-06-30", null, 5_000, 85_000, 0.05],
];

function source(rows: Row[], history?: SheetSpec): WorkbookSource {
  const sheets: SheetGrid[] = [{ name: "Projects", top: 1, left: 1, values: [HEADER, ...rows] as CellValue[][] }];
  if (history) sheets.push({ name: history.name, top: 1, left: 1, values: history.rows.map((r) => r.map((c) => c?.value ?? null)), visibility: "veryHidden" });
  return { label: "history.xlsx", date1904: false, sheets, tables: [] };
}

const check = (src: WorkbookSource, asOf: string) => checkSource(src, defaultRuleset(), { asOf: dayFromIso(asOf) });

describe("a month later", () => {
  const october = check(source(OCTOBER), "2026-10-26");
  const octoberSheets = sheetsToWrite(october, source(OCTOBER));
  const stored = octoberSheets.find((s) => s.key === HISTORY_SHEET)!;
  const novemberSource = source(NOVEMBER, stored);
  const november = check(novemberSource, "2026-11-25");
  const specs = reportSpecs(november, "history.xlsx");
  const summary = specs.find((s) => s.key === "summary")!;
  const history = historyAfter(november);

  it("the workflow writes the history as the product's very hidden store sheet, read back as it was written", () => {
    expect(stored).toMatchObject({ name: HISTORY_SHEET, store: true });
    expect(november.history).toEqual([historyAfter(october)[0]]);
    // The history sheet is no data: it does not change the fingerprint.
    expect(sourceFingerprint(novemberSource)).toBe(sourceFingerprint(source(NOVEMBER)));
  });

  it("records date, ruleset, data fingerprint, counts, per-project RAG and finding keys", () => {
    const s = history[1];
    expect(s.asOf).toBe("2026-11-25");
    expect(s.ruleset).toMatchObject({ name: defaultRuleset().name, version: defaultRuleset().version });
    expect(s.ruleset.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(s.data).toBe(november.fingerprint);
    expect(s.counts.rag).toEqual({ Green: 1, Amber: 1, Red: 1, Other: 0, "Not reported": 0 });
    expect(Object.fromEntries(Object.entries(s.projects).map(([id, p]) => [id, p.rag]))).toEqual({ "P-01": "Green", "P-02": "Red", "P-03": "Amber" });
    expect(s.findings).toHaveLength(november.result.findings.length);
    expect(s.counts.total).toBe(november.result.findings.length);
  });

  it("shows the projects whose RAG changed, with the indicators that moved", () => {
    const changed = block(summary, "Projects whose RAG changed").rows;
    expect(changed.map((r) => r.slice(0, 3))).toEqual([["P-02 Beta", "Green", "Red"]]);
    // CPI from the source rows: EV ÷ AC = BAC × % complete ÷ AC.
    const cpi = (r: Row) => ((r[7] as number) * (r[10] as number)) / (r[8] as number);
    expect(String(changed[0][3])).toContain(`CPI ${cpi(OCTOBER[1]).toFixed(2)} → ${cpi(NOVEMBER[1]).toFixed(2)}`);
    expect(String(changed[0][3])).toContain("forecast variance 0.0% → 30.0%");
  });

  it("counts the new and fixed findings between the two runs", () => {
    const d = diffSnapshots(history[1], history[0]);
    const changes = block(summary, "What changed since the last run").rows;
    expect(changes[1].slice(0, 2)).toEqual(["New findings", d.added.length]);
    expect(changes[2].slice(0, 2)).toEqual(["Fixed findings", d.fixed.length]);
    // Gamma lost its budget: a required-field finding on P-03 is among the new ones.
    expect(d.added.some((k) => k.startsWith("data/required-field|P-03|"))).toBe(true);
    expect(block(summary, "New findings").rows.some((r) => r[3] === "data/required-field" && r[0] === "P-03 Gamma")).toBe(true);
  });

  it("tabulates and charts findings and RAG counts over the runs", () => {
    expect(block(summary, "Findings over the last 2 runs").rows).toEqual(history.map((s) => [s.asOf, s.counts.error, s.counts.warning, s.counts.info, s.counts.total]));
    expect(block(summary, "RAG status over the last 2 runs").rows).toEqual(history.map((s) => [s.asOf, s.counts.rag.Green, s.counts.rag.Amber, s.counts.rag.Red, 0]));
    const titles = summary.charts!.map((c) => c.title);
    expect(titles).toContain("Findings over the last 2 runs");
    expect(titles).toContain("RAG status over the last 2 runs");
  });
});

describe("the history in the workbook", () => {
  const one = historyAfter(check(source(OCTOBER), "2026-10-26"))[0];
  const at = (asOf: string): Snapshot => ({ ...one, asOf });

  it("replaces a re-run of the last run instead of adding one, so running twice gives the same workbook", () => {
    expect(appendSnapshot([one], { ...one })).toEqual([one]);
    expect(appendSnapshot([one], at("2026-11-25"))).toHaveLength(2);
  });

  it("keeps the last runs, and the finding keys of the last few only", () => {
    let h: Snapshot[] = [];
    for (let i = 0; i < SNAPSHOTS_KEPT + 5; i++) h = appendSnapshot(h, at(`2027-01-${String(i + 1).padStart(2, "0")}`));
    expect(h).toHaveLength(SNAPSHOTS_KEPT);
    expect(h[h.length - 1].asOf).toBe(`2027-01-${SNAPSHOTS_KEPT + 5}`);
    expect(h.filter((s) => s.findings !== undefined)).toHaveLength(SNAPSHOTS_WITH_FINDINGS);
  });

  it("reads back what it wrote, across cells when a snapshot is long, and skips damaged rows", () => {
    const big = { ...one, findings: Array.from({ length: 4000 }, (_x, i) => `rule/x|P-${i}|||Projects!A${i}`) };
    const spec = historySheet([one, big]);
    expect(spec.rows[3].length).toBeGreaterThan(1);
    const src = source(OCTOBER, spec);
    expect(readSnapshots(src)).toEqual([one, big]);
    src.sheets[1].values[2] = ["{not json"];
    expect(readSnapshots(src)).toEqual([big]);
  });
});
