/**
 * Formulas without a result. Excel stores every formula's last result (ECMA-376 Part 1, §18.3.1.4 c:
 * the `<v>` child is the cell's value, the formula's result when `<f>` is present; §18.2.2 calcPr's
 * fullCalcOnLoad asks the application to recalculate every formula when the workbook is opened).
 * openpyxl saves formulas with no result, XlsxWriter with 0 and fullCalcOnLoad; the reader must not read
 * either as a value. It lists those cells, leaves them empty, and the check reports them (one finding per
 * run down a read column) instead of passing the rules they feed. A result of "" (Excel writes t="str"
 * with an empty `<v>`) is a result.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildGrid } from "../../../src/adapters/xlsx/read/index";
import { scanSheet, type ScanContext } from "../../../src/adapters/xlsx/read/sheet-scan";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { dayFromIso } from "../../../src/core/model/dates";
import { checkSource } from "../../../src/core/pipeline";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";

const encoder = new TextEncoder();
const ctx: ScanContext = { shared: [], styles: { formats: [undefined], dates: [false] }, date1904: false, part: "xl/worksheets/sheet1.xml" };
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (rows: string) => encoder.encode(`<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`);

describe("the scan lists formulas without a result", () => {
  const row = `<row r="2"><c r="A2"><v>5</v></c>` +
    `<c r="B2"><f>A2*2</f></c>` + // openpyxl: no <v>
    `<c r="C2"><f>A2*3</f><v></v></c>` + // openpyxl 3.0: an empty <v>
    `<c r="D2" t="str"><f>IF(A2&gt;9,"x","")</f><v></v></c>` + // Excel: a result of ""
    `<c r="E2"><f>A2*4</f><v>20</v></c>` + // Excel: a stored result
    `<c r="F2"><f t="shared" ref="F2:F3" si="0"/></c>` + // a shared formula's cell, no result
    `</row>`;

  it("leaves them empty and lists them as (row, column) pairs", () => {
    const cells = scanSheet(sheet(row), ctx);
    expect(cells.uncalculated).toEqual([2, 2, 2, 3, 2, 6]);
    expect(cells.rows[1]).toEqual([5, undefined, undefined, undefined, 20]);
    const grid = buildGrid("Projects", "visible", cells);
    expect(grid.uncalculated).toEqual(["B2", "C2", "F2"]);
  });

  it("trusts no stored result in a workbook that asks to be recalculated on load (XlsxWriter stores 0)", () => {
    const cells = scanSheet(sheet(`<row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1*2</f><v>0</v></c><c r="C1" t="str"><f>"a"</f><v>a</v></c></row>`), { ...ctx, recalculateOnLoad: true });
    expect(cells.uncalculated).toEqual([1, 2, 1, 3]);
    expect(cells.rows[0]).toEqual([5]);
  });

  it("gives a sheet without them no field", () => {
    expect(buildGrid("Projects", "visible", scanSheet(sheet(`<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>`), ctx)).uncalculated).toBeUndefined();
  });
});

const PYTHON = "/usr/bin/python3";
function has(module: string): boolean {
  try {
    execFileSync(PYTHON, ["-c", `import ${module}`], { stdio: "ignore" });
    return true;
  } catch {
    console.log(`skipped: the ${module} workbook needs /usr/bin/python3 with python3-${module} (scripts/ensure-system-deps.sh installs it)`);
    return false;
  }
}

/** A register whose Actual Cost and Forecast are formulas of Budget (Forecast 30% over: a finding once calculated). */
const WRITE = {
  openpyxl: `
import datetime, sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Projects"
ws.append(["Project ID", "Name", "Manager", "Sponsor", "Stage", "Start", "Finish", "Budget", "Actual Cost", "Forecast", "Last Update"])
for i in range(1, 5):
    ws.append([f"P{i}", f"Project {i}", "Ann", "Bob", "Execution", datetime.date(2026, 1, 1), datetime.date(2027, 1, 1), 1000 * i, f"=H{i + 1}*0.5", f"=H{i + 1}*1.3", datetime.date(2026, 11, 20)])
ws.append(["Total", "", "", "", "", "", "", "=SUM(H2:H5)", "", "", ""])
wb.save(sys.argv[1])
`,
  xlsxwriter: `
import datetime, sys, xlsxwriter
wb = xlsxwriter.Workbook(sys.argv[1]); ws = wb.add_worksheet("Projects"); d = wb.add_format({"num_format": "yyyy-mm-dd"})
ws.write_row(0, 0, ["Project ID", "Name", "Manager", "Sponsor", "Stage", "Start", "Finish", "Budget", "Actual Cost", "Forecast", "Last Update"])
for i in range(1, 5):
    ws.write_row(i, 0, [f"P{i}", f"Project {i}", "Ann", "Bob", "Execution"])
    ws.write_datetime(i, 5, datetime.datetime(2026, 1, 1), d); ws.write_datetime(i, 6, datetime.datetime(2027, 1, 1), d)
    ws.write_number(i, 7, 1000 * i); ws.write_formula(i, 8, f"=H{i + 1}*0.5"); ws.write_formula(i, 9, f"=H{i + 1}*1.3")
    ws.write_datetime(i, 10, datetime.datetime(2026, 11, 20), d)
wb.close()
`,
};

const work = mkdtempSync(join(tmpdir(), "pmo-uncalculated-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(Object.keys(WRITE) as (keyof typeof WRITE)[])("a register written by %s with formulas", (producer) => {
  it.runIf(has(producer))("reports each formula column it reads, and nothing passes as empty or 0", async () => {
    const file = join(work, `${producer}.xlsx`);
    const script = join(work, `write-${producer}.py`);
    writeFileSync(script, WRITE[producer]);
    execFileSync(PYTHON, [script, file]);
    const source = await readXlsx(new Uint8Array(readFileSync(file)), { label: file });
    const { result } = checkSource(source, defaultRuleset(), { asOf: dayFromIso("2026-11-25") });
    const seen = result.findings.map((f) => [f.ruleId, f.location?.cell, f.message]);
    expect(seen).toEqual([
      ["data/uncalculated-formula", "I2", expect.stringContaining("The 4 formulas in Actual Cost from here down (I2:I5) have no calculated result")],
      ["data/uncalculated-formula", "J2", expect.stringContaining("The 4 formulas in Forecast from here down (J2:J5)")],
    ]);
    // Neither the stored 0 (XlsxWriter) nor an empty cell became a figure, and nothing else was said of them.
    const values = source.sheets[0].values;
    expect(values[1][8]).toBeNull();
    expect(values[1][9]).toBeNull();
  });
});
