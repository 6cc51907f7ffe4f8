import { describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { readZip } from "../../../src/adapters/xlsx/write/zip";
import { buildReport } from "../../../src/core/report/index";
import { sampleInput } from "../../core/report/fixtures";
import { featureRich, sheetNames, textOf } from "./write-helpers";

const specs = buildReport(sampleInput());

/** Moves the five report sheets to the front, as a user dragging the tabs would, fixing indexes. */
function moveReportToFront(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  let wb = strFromU8(files["xl/workbook.xml"]);
  const tags = [...wb.matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]);
  const report = tags.slice(15, 20);
  const reordered = [...report, ...tags.slice(0, 15), ...tags.slice(20)];
  wb = wb.replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${reordered.join("")}</sheets>`);
  wb = wb.replace(/localSheetId="(\d+)"/g, (_m, n: string) => `localSheetId="${Number(n) < 15 ? Number(n) + 5 : Number(n) - 15}"`);
  wb = wb.replace('activeTab="7"', 'activeTab="12"');
  files["xl/workbook.xml"] = strToU8(wb);
  return zipSync(files);
}

describe("re-running on a workbook whose report tabs were moved", () => {
  const moved = moveReportToFront(addSheetsToXlsx(featureRich(), specs).bytes);
  const rerun = addSheetsToXlsx(moved, specs).bytes;

  it("writes the new report where the old one was", () => {
    expect(sheetNames(rerun).slice(0, 6)).toEqual(["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value", "Values"]);
    expect(sheetNames(rerun)).toHaveLength(20);
  });

  it("keeps the user's sheet-scoped names and active tab on the same sheets", () => {
    const wb = textOf(rerun, "xl/workbook.xml");
    expect(wb).toContain(`<definedName name="_xlnm._FilterDatabase" localSheetId="15" hidden="1">Filter!$A$2:$B$5</definedName>`);
    expect(wb).toContain(`<definedName name="SHEET_NAME" localSheetId="11">'Defined Names'!$A$3</definedName>`);
    expect(wb).toContain('activeTab="12"');
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'Findings'!$7:$7</definedName>`);
  });
});

describe("the zip writer", () => {
  it("copies the user's entries with their original compressed bytes", () => {
    const input = featureRich();
    const out = addSheetsToXlsx(input, specs).bytes;
    const before = new Map(readZip(input).map((e) => [e.name, e]));
    const edited = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
    let compared = 0;
    for (const e of readZip(out)) {
      const old = before.get(e.name);
      if (!old || edited.has(e.name)) continue;
      expect(Buffer.compare(Buffer.from(e.raw), Buffer.from(old.raw)), e.name).toBe(0);
      expect(e.crc).toBe(old.crc);
      compared++;
    }
    expect(compared).toBe(before.size - edited.size);
  });

  it("writes a zip that a standard unzip reads back", () => {
    const files = unzipSync(addSheetsToXlsx(featureRich(), specs).bytes);
    expect(strFromU8(files["xl/worksheets/sheet16.xml"])).toContain("Portfolio Summary");
  });
});
