/**
 * The contract between the two adapters: for the same .xlsx file, the Office.js adapter (over the
 * stand-in loaded from the file) and the file reader give the same cells, tables and date system, so
 * the same findings; and the same report specs produce the same generated sheet contents whether the
 * package writer adds them to the file or the Office adapter writes them into Excel.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { OfficeWorkbook } from "../../src/adapters/office";
import { createStandinExcel, dumpStandin } from "../../src/excel-standin";
import { standinStateFromXlsx } from "../../src/excel-standin/from-exceljs";
import { cellAddress } from "../../src/excel-standin/a1";
import { dayFromIso } from "../../src/core/model/dates";
import { checkSource, reportSpecs, resolveRuleset } from "../../src/core/pipeline";
import type { SheetGrid, WorkbookSource } from "../../src/workbook/grid";
import { cleanupWorkbooks, utc, writeWorkbook } from "../fixtures/read/workbook";
import { sharedFiles, sharedPath } from "../support/shared-files";
import ExcelJS from "exceljs";
import { widthToPoints } from "../../src/adapters/office/sheet-ops";
import { strFromU8, unzipSync } from "fflate";
import { cellKey as stateCellKey } from "../../src/excel-standin/state";
import { STATUS_COLORS, STATUS_STYLES, type StatusStyle } from "../../src/workbook/styles";

afterAll(cleanupWorkbooks);

const AS_OF = dayFromIso("2026-11-25");

/** A small portfolio with planted problems: a missing gate, an over-allocated person, an overrun. */
async function portfolioFile(date1904 = false, hidden = false): Promise<string> {
  return writeWorkbook([
    {
      name: "Projects",
      rows: [
        ["Project ID", "Project Name", "Program", "Project Manager", "Sponsor", "Stage", "Status", "Start Date", "Finish Date", "Budget", "Actual Cost", "Forecast", "% Complete", "Last Update"],
        ["PRJ-001", "CRM renewal", "Digital", "Ann Lee", "CFO", "Execution", "Green", utc("2026-01-05"), utc("2026-12-18"), 250000, 240000, 310000, 0.4, utc("2026-11-20")],
        ["PRJ-002", "=Data lake", "Data", "Bo Chen", "CIO", "Planning", "Amber", utc("2026-03-01"), utc("2027-02-26"), 400000, 50000, 390000, 0.1, utc("2026-08-01")],
        ["PRJ-003", "Payroll move", "Finance", "", "CFO", "Closed", "Green", utc("2025-02-03"), utc("2026-06-30"), 120000, 118000, 118000, 1, utc("2026-07-01")],
      ],
      formats: { J2: "#,##0", K2: "#,##0", L2: "#,##0", M2: "0%" },
      // PRJ-002 (a formula-like name, a stale update) in a row the user hid.
      hiddenRows: hidden ? [3] : [],
    },
    {
      name: "Gates",
      rows: [
        ["Project ID", "Gate", "Decision", "Decision Date", "Approver"],
        ["PRJ-001", "G1", "Approved", utc("2025-12-01"), "Board"],
        ["PRJ-003", "G1", "Approved", utc("2025-01-10"), "Board"],
      ],
    },
    { name: "Resources", rows: [["Resource", "Role", "Team", "Capacity"], ["Ann Lee", "PM", "PMO", 1], ["Raj Patel", "Developer", "Apps", 1]] },
    {
      name: "Assignments",
      rows: [
        ["Project ID", "Resource", "Start", "Finish", "Allocation"],
        ["PRJ-001", "Raj Patel", utc("2026-02-02"), utc("2026-09-30"), 0.8],
        ["PRJ-002", "Raj Patel", utc("2026-04-01"), utc("2026-12-18"), 0.6],
      ],
      hiddenRows: hidden ? [3] : [],
    },
  ], { date1904 });
}

/** Non-empty cells by address with their value and number format: the comparison both paths must pass. */
function cells(grid: SheetGrid): Map<string, { v: unknown; f: string | null }> {
  const out = new Map<string, { v: unknown; f: string | null }>();
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null || v === "") return;
      const f = grid.formats?.[i]?.[j] ?? null;
      out.set(cellAddress(grid.top - 1 + i, grid.left - 1 + j), { v: typeof v === "number" ? Math.round(v * 1e9) / 1e9 : v, f: f === "General" ? null : f });
    }),
  );
  return out;
}

function comparable(source: WorkbookSource) {
  return {
    date1904: source.date1904,
    sheets: source.sheets.map((s) => ({ name: s.name, visibility: s.visibility ?? "visible", hiddenRows: s.hiddenRows ?? [], cells: cells(s) })),
    tables: [...source.tables].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function officeRead(path: string) {
  const state = await standinStateFromXlsx(path, "fixture");
  const standin = createStandinExcel(state);
  const workbook = new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, label: "fixture" });
  return { state, standin, workbook, source: await workbook.read() };
}

/**
 * [label, file, whether the rules find something there (so the comparison of findings means something),
 * whether some of those findings are in hidden rows]
 */
const generated: [string, () => Promise<string>, boolean, boolean?][] = [
  ["a generated portfolio", () => portfolioFile(), true],
  ["a generated portfolio in the 1904 date system", () => portfolioFile(true), true],
  ["a generated portfolio with hidden rows", () => portfolioFile(false, true), true, true],
  ["the bundled sample portfolio", async () => resolve(process.cwd(), "assets/sample-portfolio.xlsx"), true],
];
/** The shared real workbooks, each only where ../shared is beside the clone. */
const shared: [string, string][] = [
  ["a real labour planner (Mac Excel)", "workbooks/real/labor-planner-lennon-john.xlsx"],
  ["a real resource plan (LibreOffice)", "workbooks/real/budgeteer-resource-plan.xlsx"],
  ["a feature-rich workbook (Excel)", "workbooks/fixtures/excel-feature-rich.xlsx"],
];
const files = [
  ...generated,
  ...shared.filter(([label, rel]) => sharedFiles(`the adapter contract on ${label}`, rel)).map(([label, rel]): [string, () => Promise<string>, boolean, boolean?] => [label, async () => sharedPath(rel), false]),
];

describe.each(files)("%s", (_label, file, hasFindings, hiddenFindings) => {
  it("reads the same cells, formats, tables and date system through Office.js as from the file", async () => {
    const path = await file();
    const fromFile = await readXlsx(path, { label: "fixture" });
    const { source } = await officeRead(path);
    expect(comparable(source)).toEqual(comparable(fromFile));
  });

  it("gives the same findings either way", async () => {
    const path = await file();
    const fromFile = await readXlsx(path, { label: "fixture" });
    const { source } = await officeRead(path);
    const ruleset = resolveRuleset(fromFile);
    if (!ruleset.ok) throw new Error("ruleset");
    const a = checkSource(fromFile, ruleset.ruleset, { asOf: AS_OF });
    const b = checkSource(source, ruleset.ruleset, { asOf: AS_OF });
    expect(b.result.findings).toEqual(a.result.findings);
    if (hasFindings) expect(a.result.findings.length).toBeGreaterThan(0);
    if (hiddenFindings) expect(b.result.findings.filter((f) => f.location?.hidden).map((f) => f.location?.row)).toContain(3);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it("writes the same generated sheet contents as the file writer", async () => {
    const path = await file();
    const fromFile = await readXlsx(path, { label: "fixture" });
    const ruleset = resolveRuleset(fromFile);
    if (!ruleset.ok) throw new Error("ruleset");
    const specs = reportSpecs(checkSource(fromFile, ruleset.ruleset, { asOf: AS_OF }), "fixture");

    const written = addSheetsToXlsx(new Uint8Array(readFileSync(path)), specs);
    const fileOut = await readXlsx(written.bytes, { label: "fixture" });
    const { state, workbook } = await officeRead(path);
    const officeResult = await workbook.writeSheets(specs);
    const officeOut = dumpStandin(state);

    expect(officeResult.written).toEqual(written.result.written);
    for (const { sheet } of officeResult.written) {
      const a = fileOut.sheets.find((s) => s.name === sheet)!;
      const b = officeOut.sheets.find((s) => s.name === sheet)!;
      // Number formats are compared wherever a number is (the readers keep a format only there).
      // Text the Office adapter protects with the Text format ("@") is plain text in the file.
      const plain = (m: Map<string, { v: unknown; f: string | null }>) => new Map([...m].map(([k, c]) => [k, { v: c.v, f: c.f === "@" ? null : c.f }]));
      expect(plain(cells(b)), sheet).toEqual(plain(cells(a)));
    }
    // Column widths: the file stores characters, Office.js points (widthToPoints); both from the spec.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(written.bytes as unknown as ArrayBuffer);
    for (const spec of specs) {
      const name = written.result.written.find((w) => w.spec === spec.key)!.sheet;
      const fileWidths = spec.columns.map((_c, i) => book.getWorksheet(name)!.getColumn(i + 1).width);
      const sheetState = state.sheets.find((x) => x.name === name)!;
      const officeWidths = spec.columns.map((_c, i) => sheetState.columnWidths.get(i));
      expect(fileWidths, name).toEqual(spec.columns.map((c) => c.width));
      expect(officeWidths, name).toEqual(spec.columns.map((c) => widthToPoints(c.width)));
    }
    expect(officeOut.tables.filter((t) => officeResult.written.some((w) => w.sheet === t.sheet)).map((t) => [t.name, t.sheet, t.ref]).sort()).toEqual(
      fileOut.tables.filter((t) => written.result.written.some((w) => w.sheet === t.sheet)).map((t) => [t.name, t.sheet, t.ref]).sort(),
    );
  });
});

describe("the sample's Milestone Status, Risk Heatmap and Strategic Alignment (issue 11 §4)", () => {
  const KEYS = ["milestones", "risks", "alignment"];

  it("are written by both writers with the same status fills and the same charts", async () => {
    const path = resolve(process.cwd(), "assets/sample-portfolio.xlsx");
    const fromFile = await readXlsx(path, { label: "fixture" });
    const ruleset = resolveRuleset(fromFile);
    if (!ruleset.ok) throw new Error("ruleset");
    const specs = reportSpecs(checkSource(fromFile, ruleset.ruleset, { asOf: AS_OF }), "fixture");
    expect(specs.map((s) => s.key)).toEqual(expect.arrayContaining(KEYS));

    const written = addSheetsToXlsx(new Uint8Array(readFileSync(path)), specs);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(written.bytes as unknown as ArrayBuffer);
    const chartParts = Object.entries(unzipSync(written.bytes)).filter(([p]) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map(([, b]) => strFromU8(b));
    const { state, workbook } = await officeRead(path);
    const officeResult = await workbook.writeSheets(specs);

    for (const key of KEYS) {
      const spec = specs.find((s) => s.key === key)!;
      const name = written.result.written.find((w) => w.spec === key)!.sheet;
      expect(officeResult.written.find((w) => w.spec === key)?.sheet).toBe(name);
      const ws = book.getWorksheet(name)!;
      const office = state.sheets.find((s) => s.name === name)!;
      let coloured = 0;
      spec.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (!cell?.style || !(STATUS_STYLES as string[]).includes(cell.style)) return;
          const fill = STATUS_COLORS[cell.style as StatusStyle].fill;
          expect((ws.getCell(r + 1, c + 1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb, `${name}!${cellAddress(r, c)}`).toBe(`FF${fill}`);
          expect(office.styles.get(stateCellKey(r, c))?.fill?.toUpperCase(), `${name}!${cellAddress(r, c)}`).toBe(`#${fill}`);
          coloured++;
        }),
      );
      expect(coloured, name).toBeGreaterThan(0);
      expect(office.charts.map((ch) => [ch.title, ch.series.map((s) => s.name)]), name).toEqual((spec.charts ?? []).map((ch) => [ch.title, ch.series.map((s) => s.name)]));
      for (const chart of spec.charts ?? []) {
        const part = chartParts.find((x) => x.includes(`<a:t>${chart.title}</a:t>`));
        expect(part, chart.title).toBeDefined();
        expect(part).toContain(`<c:f>'${name}'!$${chart.series[0].ref.replace(/([A-Z]+)(\d+):([A-Z]+)(\d+)/, "$1$$$2:$$$3$$$4")}</c:f>`);
      }
    }
  });
});
