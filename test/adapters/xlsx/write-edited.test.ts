/**
 * Issue 7, item 5: a generated sheet the PMO renamed or edited is the PMO's. The writer leaves it as
 * it is (same part, same bytes) and writes a fresh sheet; an unedited one is replaced as before.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { gridDigest, specDigest } from "../../../src/core/generated/digest";
import { generatedSheetNames } from "../../../src/core/generated/sheets";
import { buildReport } from "../../../src/core/report/index";
import { sampleInput } from "../../core/report/fixtures";
import { filesOf, sheetParts } from "../../corpus/package-checks";
import { definedNames, sheetNames, userWorkbook } from "./write-helpers";

const specs = buildReport(sampleInput());
const REPORT = ["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"];
let once: Uint8Array;
beforeAll(async () => {
  once = addSheetsToXlsx(await userWorkbook(), specs).bytes;
});

/** What Excel does on renaming a tab: the sheet entry and every name referring to it follow. */
function renameLikeExcel(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  files["xl/workbook.xml"] = strToU8(strFromU8(files["xl/workbook.xml"]).replace(`name="${from}"`, `name="${to}"`).replace(`'${from}'!`, `'${to}'!`));
  return zipSync(files);
}

/** Adds a cell (a board note) to the part behind a tab. */
function annotate(bytes: Uint8Array, sheet: string, note: string): Uint8Array {
  const files = unzipSync(bytes);
  const part = sheetParts(filesOf(bytes)).get(sheet)!;
  files[part] = strToU8(strFromU8(files[part]).replace("</sheetData>", `<row r="999"><c r="A999" t="inlineStr"><is><t>${note}</t></is></c></row></sheetData>`));
  return zipSync(files);
}

const partBytes = (bytes: Uint8Array, sheet: string) => Buffer.from(filesOf(bytes)[sheetParts(filesOf(bytes)).get(sheet)!]);

describe("generated sheets the user renamed or edited", () => {
  it("reads back every generated sheet with the digest its record holds", async () => {
    const source = await readXlsx(once);
    for (const spec of specs) {
      const grid = source.sheets.find((s) => s.name === spec.name)!;
      expect(gridDigest(grid), spec.key).toBe(specDigest(spec, false));
    }
    // The product's store sheets (ruleset, run history) are the product's by name, whether present or not.
    expect([...generatedSheetNames(source)].sort()).toEqual(["_pmorulebook", "_pmorulebook_history", ...REPORT.map((n) => n.toLowerCase())].sort());
  });

  it("replaces an unedited sheet: the same bytes as a write that cannot see the values", async () => {
    const seen = addSheetsToXlsx(once, specs, { current: await readXlsx(once) }).bytes;
    expect(Buffer.compare(Buffer.from(seen), Buffer.from(once))).toBe(0);
  });

  it("leaves a renamed generated sheet (Excel carried the rename into the marker) and writes a fresh one", async () => {
    const renamed = renameLikeExcel(once, "Findings", "Findings May (board notes)");
    const kept = partBytes(renamed, "Findings May (board notes)");
    const out = addSheetsToXlsx(renamed, specs, { current: await readXlsx(renamed) });
    // The report stays one block of tabs; the PMO's sheet follows it.
    expect(sheetNames(out.bytes)).toEqual(["Projects", ...REPORT, "Findings May (board notes)"]);
    expect(Buffer.compare(partBytes(out.bytes, "Findings May (board notes)"), kept)).toBe(0);
    const marks = definedNames(out.bytes).filter((n) => n.name === "_PMORulebook_Generated_findings");
    expect(marks).toEqual([{ name: "_PMORulebook_Generated_findings", hidden: true, ref: "'Findings'!$A$1" }]);
    // The PMO's sheet is now data like any other: the reader no longer skips it.
    expect(generatedSheetNames(await readXlsx(out.bytes)).has("findings may (board notes)")).toBe(false);
  });

  it("leaves a generated sheet with an added cell and writes the fresh one under another name, saying so", async () => {
    const edited = annotate(once, "Findings", "Board: chase PRJ-108");
    const kept = partBytes(edited, "Findings");
    const out = addSheetsToXlsx(edited, specs, { current: await readXlsx(edited) });
    expect(Buffer.compare(partBytes(out.bytes, "Findings"), kept)).toBe(0);
    expect(sheetNames(out.bytes)).toContain("PMO Findings");
    expect(out.result.notes).toEqual(['A sheet of yours is already named "Findings", so the findings sheet was written as "PMO Findings".']);
    // The next run replaces the fresh sheet and still leaves the edited one.
    const again = addSheetsToXlsx(out.bytes, specs, { current: await readXlsx(out.bytes) });
    expect(sheetNames(again.bytes)).toEqual(sheetNames(out.bytes));
    expect(Buffer.compare(partBytes(again.bytes, "Findings"), kept)).toBe(0);
  });

  it("without the values, still treats a renamed sheet as the user's", () => {
    const renamed = renameLikeExcel(once, "Gate Status", "Gates Q3");
    expect(sheetNames(addSheetsToXlsx(renamed, specs).bytes)).toContain("Gates Q3");
  });
});
