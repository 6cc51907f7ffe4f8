/**
 * Every workbook of the producer corpus (test/corpus/manifest.json), written with `check --out` and
 * `check --in-place` and with the package writer directly: every user sheet maps to the same part
 * with the same bytes, every part parses as namespace-aware XML, every user cell's number format
 * means what it meant, a second run gives identical bytes, and LibreOffice opens each result. Files
 * the writer must refuse are refused with one sentence and nothing written.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { buildReport } from "../../src/core/report/index";
import { sampleInput } from "../core/report/fixtures";
import { cli } from "../cli/run";
import { convertAll } from "../libreoffice/office";
import { CORPUS_DIR, corpus, corpusBytes, type CorpusEntry } from "./manifest";
import { filesOf, intactProblems, sheetParts } from "./package-checks";
import { describeShared, sharedPath } from "../support/shared-files";

/** Excel itself: the team's feature-rich fixture (pivot table, chart, comments, names...) in ../shared. */
const EXCEL_FIXTURE = "workbooks/fixtures/excel-feature-rich.xlsx";

const work = mkdtempSync(join(tmpdir(), "pmo-corpus-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const AS_OF = ["--as-of", "2026-03-01"];
const specs = buildReport(sampleInput());
const REPORT = specs.map((s) => s.name);
const entries = corpus();
const userSheets = (e: CorpusEntry) => e.sheets.filter((s) => !e.replaceable.includes(s));
/** Outputs LibreOffice must open: path -> the sheets it must find in it. */
const forLibreOffice = new Map<string, string[]>();
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe("the producer corpus", () => {
  it("lists every file once, each file small", () => {
    expect(new Set(entries.map((e) => e.file)).size).toBe(entries.length);
    for (const e of entries) expect(corpusBytes(e).length, e.file).toBeLessThan(40_000);
    expect(entries.map((e) => e.producer.split(" ")[0])).toEqual(expect.arrayContaining(["openpyxl", "pandas", "xlsxwriter", "LibreOffice", "Gnumeric", "ExcelJS", "SheetJS"]));
  });
});

describe.each(entries.filter((e) => e.write.expect === "intact"))("writing into $file ($producer)", (entry) => {
  const before = corpusBytes(entry);
  const ext = extname(entry.file);

  it("the package writer keeps every user sheet, part and number format, and a second run changes nothing", async () => {
    const current = await readXlsx(before);
    const once = addSheetsToXlsx(before, specs, { current }).bytes;
    expect(intactProblems(before, once, userSheets(entry))).toEqual([]);
    const names = [...sheetParts(filesOf(once)).keys()];
    expect(names.filter((n) => userSheets(entry).includes(n))).toEqual(userSheets(entry));
    for (const n of REPORT) expect(names).toContain(n);
    const again = addSheetsToXlsx(once, specs, { current: await readXlsx(once).catch(() => undefined) }).bytes;
    expect(same(again, once)).toBe(true);
    const path = join(work, `writer-${entry.file}`);
    forLibreOffice.set(path, [...userSheets(entry), ...REPORT]);
    writeFileSync(path, once);
  });

  it.runIf(entry.projects.length > 0)("check --out and --in-place keep the user's workbook, twice over", async () => {
    const out = join(work, `out-${entry.file}`);
    const r = await cli(["check", join(CORPUS_DIR, entry.file), ...AS_OF, "--out", out]);
    expect(r.stderr).toBe("");
    expect([0, 1]).toContain(r.code);
    const written = new Uint8Array(readFileSync(out));
    expect(intactProblems(before, written, userSheets(entry))).toEqual([]);
    forLibreOffice.set(out, [...userSheets(entry), "Portfolio Summary", "Findings"]);

    const dir = join(work, `in-place-${entry.file}`);
    mkdirSync(dir);
    const copy = join(dir, `register${ext}`);
    copyFileSync(join(CORPUS_DIR, entry.file), copy);
    await cli(["check", copy, ...AS_OF, "--in-place"]);
    const first = new Uint8Array(readFileSync(copy));
    expect(intactProblems(before, first, userSheets(entry))).toEqual([]);
    const second = await cli(["check", copy, ...AS_OF, "--in-place"]);
    expect(second.stderr).toBe("");
    expect(same(new Uint8Array(readFileSync(copy)), first)).toBe(true);
  });
});

describeShared("writing into Excel's own feature-rich workbook", [EXCEL_FIXTURE], () => {
  it("keeps every sheet, part and number format, and a second run changes nothing", async () => {
    const before = new Uint8Array(readFileSync(sharedPath(EXCEL_FIXTURE)));
    const once = addSheetsToXlsx(before, specs, { current: await readXlsx(before) }).bytes;
    expect(intactProblems(before, once)).toEqual([]);
    expect(same(addSheetsToXlsx(once, specs, { current: await readXlsx(once) }).bytes, once)).toBe(true);
    const path = join(work, "writer-excel-feature-rich.xlsx");
    writeFileSync(path, once);
    forLibreOffice.set(path, [...sheetParts(filesOf(before)).keys(), ...REPORT]);
  });
});

describe.each(entries.filter((e) => e.write.expect === "refused"))("refusing to write into $file", (entry) => {
  it("says why in one sentence, writes nothing and leaves the input as it was", async () => {
    const because = entry.write.expect === "refused" ? entry.write.because : "";
    const input = join(work, `refused-${entry.file}`);
    copyFileSync(join(CORPUS_DIR, entry.file), input);
    const out = join(work, `refused-out-${entry.file}`);
    const r = await cli(["check", input, ...AS_OF, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(because);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
    expect(same(new Uint8Array(readFileSync(input)), corpusBytes(entry))).toBe(true);
  });
});

describe("the macro-enabled workbook of the corpus", () => {
  it("is refused under an .xlsx name, with the .xlsm to use", async () => {
    const out = join(work, "macro-as.xlsx");
    const r = await cli(["check", join(CORPUS_DIR, "macro-enabled.xlsm"), ...AS_OF, "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/contains macros, which an \.xlsx file cannot hold: use --out .*macro-as\.xlsm to keep them\./);
    expect(existsSync(out)).toBe(false);
  });
});

describe("what the corpus's submissions cannot hide", () => {
  const check = async (file: string, ...args: string[]) => cli(["check", join(CORPUS_DIR, file), ...AS_OF, ...args]);

  it("checks the register whose top row claims it was generated", async () => {
    expect(JSON.parse((await check("marker-text-register.xlsx", "--format", "json")).stdout).projectsChecked).toBe(3);
  });

  it("names the stored ruleset and the rules it switches off", async () => {
    const json = JSON.parse((await check("stored-rules-off.xlsx", "--format", "json")).stdout);
    expect(json.ruleset).toMatchObject({ name: "Team A", origin: "workbook", rulesOff: ["gate/missing-approval", "gate/rejected"] });
  });

  it("prints the control characters in its project ids as escapes", async () => {
    const r = await check("control-chars.xlsx");
    expect(r.stdout).toContain("P-001\\x9b2J\\u202e");
    // eslint-disable-next-line no-control-regex
    expect(r.stdout + r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe("LibreOffice opens every written workbook", () => {
  let opened: Map<string, string | undefined>;
  beforeAll(() => {
    opened = convertAll([...forLibreOffice.keys()], "xlsx", join(work, "lo"));
  }, 600_000);

  it("re-saves each with the user's sheets and the report's", () => {
    expect(forLibreOffice.size).toBeGreaterThan(entries.length);
    for (const [path, sheets] of forLibreOffice) {
      const resaved = opened.get(path);
      expect(resaved, `LibreOffice did not open ${path}`).toBeDefined();
      const names = [...sheetParts(filesOf(new Uint8Array(readFileSync(resaved!)))).keys()];
      for (const s of sheets) expect(names, path).toContain(s);
    }
  });
});
