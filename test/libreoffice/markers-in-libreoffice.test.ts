/**
 * The writers recognise their sheets by workbook names (src/workbook/markers.ts). This checks that the
 * names survive a LibreOffice re-save (it keeps them but clears their hidden flag) and that both
 * writers then replace their sheets instead of writing duplicates next to them.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { buildReport } from "../../src/core/report/index";
import { standinStateFromXlsx } from "../../src/excel-standin/from-exceljs";
import { markerName, parseRecord, recordName, sheetOfFormula } from "../../src/workbook/markers";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { generatedSheetNames } from "../../src/core/generated/sheets";
import { sampleInput } from "../core/report/fixtures";
import { definedNames, sheetNames, stampLikeSpec, userWorkbook } from "../adapters/xlsx/write-helpers";
import { officeOver } from "../adapters/office/helpers";
import { convert } from "./office";

const work = mkdtempSync(join(tmpdir(), "pmo-lo-markers-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const specs = buildReport(sampleInput());
const REPORT = ["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"];

describe("marker names after a LibreOffice re-save", () => {
  let resaved: Uint8Array;
  beforeAll(async () => {
    const written = addSheetsToXlsx(await userWorkbook(), [...specs, stampLikeSpec()]).bytes;
    const path = join(work, "written.xlsx");
    writeFileSync(path, written);
    const outDir = join(work, "out");
    resaved = new Uint8Array(readFileSync(convert(path, "xlsx", outDir)));
  }, 180_000);

  it("keeps every marker name, workbook-scoped and pointing at its sheet", () => {
    const marks = definedNames(resaved).filter((n) => n.name.startsWith("_PMORulebook_Generated_"));
    const expected = [...specs, stampLikeSpec()].map((s) => ({ name: markerName(s.key), sheet: s.name })).sort((a, b) => a.name.localeCompare(b.name));
    expect(marks.map((n) => ({ name: n.name, sheet: sheetOfFormula(n.ref) })).sort((a, b) => a.name.localeCompare(b.name))).toEqual(expected);
    expect(marks.every((n) => n.local === undefined)).toBe(true);
  });

  it("keeps every record: the tab name and a digest the re-saved values still give", async () => {
    const records = definedNames(resaved).filter((n) => n.name.startsWith("_PMORulebook_Written_"));
    expect(records.map((n) => n.name).sort()).toEqual([...specs, stampLikeSpec()].map((s) => recordName(s.key)).sort());
    expect(records.map((n) => parseRecord(n.ref)?.sheet).sort()).toEqual([...REPORT, "Submission Stamp"].sort());
    const source = await readXlsx(resaved);
    // The product's store sheets (ruleset, run history) are the product's by name, whether present or not.
    expect([...generatedSheetNames(source)].sort()).toEqual(["_pmorulebook", "_pmorulebook_history", ...[...REPORT, "Submission Stamp"].map((n) => n.toLowerCase())].sort());
  });

  it("lets the file writer replace its sheets, keep the stamp, and hide the names again", async () => {
    const rerun = addSheetsToXlsx(resaved, specs, { current: await readXlsx(resaved) }).bytes;
    expect(sheetNames(rerun)).toEqual(["Projects", ...REPORT, "Submission Stamp"]);
    expect(definedNames(rerun).filter((n) => n.name.startsWith("_PMORulebook_Generated_")).every((n) => n.hidden && n.local === undefined)).toBe(true);
  });

  it("lets the Office writer replace its sheets and keep the stamp", async () => {
    const state = await standinStateFromXlsx(resaved, "resaved");
    await officeOver(state).workbook.writeSheets(specs);
    expect(state.sheets.map((s) => s.name)).toEqual(["Projects", ...REPORT, "Submission Stamp"]);
  });
});
