/**
 * openpyxl, the library most Python scripts and pandas use to read .xlsx, opens every workbook of the
 * producer corpus after the report is written into it: all the user's sheets and the report's, in
 * order, the report's header bold and its dates as dates. openpyxl finds the stylesheet by the name
 * xl/styles.xml, not by relationship, so a package that had none must get it under that name (with
 * xl/styles1.xml openpyxl failed to open the file at all: IndexError on the cell styles).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { buildReport } from "../../src/core/report/index";
import { sampleInput } from "../core/report/fixtures";
import { corpus, corpusBytes } from "./manifest";

const PYTHON = "/usr/bin/python3";
function hasOpenpyxl(): boolean {
  try {
    execFileSync(PYTHON, ["-c", "import openpyxl"], { stdio: "ignore" });
    return true;
  } catch {
    console.log("skipped: the openpyxl check needs /usr/bin/python3 with python3-openpyxl (scripts/ensure-system-deps.sh installs it)");
    return false;
  }
}

/**
 * For each file: its sheet names and, when it has the report, whether A1 of the (last) Portfolio
 * Summary sheet is bold and what B2 (the as-of date) reads as.
 */
const READ = `
import json, sys, warnings, openpyxl
warnings.simplefilter("ignore")
out = {}
for path in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(path)
        seen = {"sheets": wb.sheetnames}
        summary = [n for n in wb.sheetnames if n.endswith("Portfolio Summary")]
        if summary:
            ws = wb[summary[-1]]
            seen.update(bold=bool(ws["A1"].font.b), asOf=type(ws["B2"].value).__name__)
        out[path] = seen
    except Exception as e:
        out[path] = {"error": f"{type(e).__name__}: {e}"}
print(json.dumps(out))
`;

/** Inputs openpyxl itself misreads (it loses a sheet of the original), so what we add cannot be judged by it. */
const OPENPYXL_MISREADS = ["part-name-case.xlsx"];

const work = mkdtempSync(join(tmpdir(), "pmo-openpyxl-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.runIf(hasOpenpyxl())("openpyxl reading what the package writer wrote", () => {
  it("opens every corpus workbook with the report in it, styles and all", async () => {
    const specs = buildReport(sampleInput());
    const entries = corpus().filter((e) => e.write.expect === "intact" && e.file.endsWith(".xlsx"));
    expect(entries.map((e) => e.file)).toContain("no-styles.xlsx");
    const originals: Record<string, string[]> = {};
    const expected: Record<string, unknown> = {};
    for (const e of entries) {
      const before = corpusBytes(e);
      const original = join(work, `original-${e.file}`);
      writeFileSync(original, before);
      originals[original] = e.sheets;
      const path = join(work, e.file);
      const out = addSheetsToXlsx(before, specs, { current: await readXlsx(before) }).bytes;
      writeFileSync(path, out);
      expected[path] = { sheets: (await readXlsx(out)).sheets.map((s) => s.name), bold: true, asOf: "datetime" };
    }
    const seen = JSON.parse(execFileSync(PYTHON, ["-c", READ, ...Object.keys(originals), ...Object.keys(expected)], { encoding: "utf8", timeout: 120_000 })) as Record<string, { sheets?: string[] }>;
    // Unless openpyxl loses a sheet of the user's original, it reads our output whole, with the report's
    // styles; no-styles.xlsx, which openpyxl cannot open at all (its cells name styles it lacks), included.
    const misread = entries.filter((e) => {
      const original = seen[join(work, `original-${e.file}`)];
      return original.sheets !== undefined && JSON.stringify(original.sheets) !== JSON.stringify(e.sheets);
    }).map((e) => e.file);
    expect(seen[join(work, "original-no-styles.xlsx")]).toMatchObject({ error: expect.stringContaining("IndexError") });
    expect(misread).toEqual(OPENPYXL_MISREADS);
    for (const file of misread) delete expected[join(work, file)];
    expect(Object.fromEntries(Object.keys(expected).map((p) => [p, seen[p]]))).toEqual(expected);
  });
});
