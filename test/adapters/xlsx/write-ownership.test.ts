import { beforeAll, describe, expect, it } from "vitest";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { addSheetsToXlsx } from "../../../src/adapters/xlsx/write/index";
import { buildReport } from "../../../src/core/report/index";
import { GENERATED_MARKER } from "../../../src/workbook/sheet-spec";
import { sampleInput } from "../../core/report/fixtures";
import { copySheetLikeExcel, definedNames, partsOf, sheetNames, stampLikeSpec, textOf, userWorkbook } from "./write-helpers";

const specs = buildReport(sampleInput());
const REPORT = ["Portfolio Summary", "Findings", "Resource Load", "Gate Status", "Earned Value"];
let input: Uint8Array;
beforeAll(async () => {
  input = await userWorkbook();
});

/** The part behind a tab, found through workbook.xml and its rels. */
function sheetXml(bytes: Uint8Array, name: string): string {
  const tag = [...textOf(bytes, "xl/workbook.xml").matchAll(/<sheet\b[^>]*\/>/g)].map((m) => m[0]).find((t) => t.includes(`name="${name}"`))!;
  const relId = /r:id="([^"]+)"/.exec(tag)![1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${relId}"`).exec(textOf(bytes, "xl/_rels/workbook.xml.rels"))!;
  return textOf(bytes, `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, "")}`);
}

describe("which sheets the file writer treats as its own", () => {
  it("keeps a copy of a generated sheet (marker text, no workbook name) across a re-run", () => {
    const once = addSheetsToXlsx(input, specs).bytes;
    const copied = copySheetLikeExcel(once, "Portfolio Summary", "Summary Oct snapshot");
    const snapshot = sheetXml(copied, "Summary Oct snapshot");
    expect(snapshot).toContain(GENERATED_MARKER);
    const rerun = addSheetsToXlsx(copied, specs).bytes;
    expect(sheetNames(rerun)).toEqual(["Projects", ...REPORT, "Summary Oct snapshot"]);
    expect(sheetXml(rerun, "Summary Oct snapshot")).toBe(snapshot);
    // The copy's sheet-scoped duplicate of the marker stays with the copy; the workbook-scoped one moves to the new sheet.
    const marks = definedNames(rerun).filter((n) => n.name === "_PMORulebook_Generated_summary");
    expect(marks).toEqual([
      { name: "_PMORulebook_Generated_summary", local: 6, hidden: true, ref: "'Summary Oct snapshot'!$A$1" },
      { name: "_PMORulebook_Generated_summary", hidden: true, ref: "'Portfolio Summary'!$A$1" },
    ]);
    // A third run still leaves the copy alone.
    expect(sheetNames(addSheetsToXlsx(rerun, specs).bytes)).toEqual(sheetNames(rerun));
  });

  it("never replaces a user's sheet with the report's name and the marker text but no marker name", () => {
    const files = unzipSync(addSheetsToXlsx(input, [stampLikeSpec()]).bytes);
    // Drop the workbook name: what is left is a sheet named like the report's, with its marker text.
    files["xl/workbook.xml"] = strToU8(strFromU8(files["xl/workbook.xml"]).replace(/<definedNames>[\s\S]*<\/definedNames>/, ""));
    const userCopy = zipSync(files);
    const before = sheetXml(userCopy, "Submission Stamp");
    const { bytes, result } = addSheetsToXlsx(userCopy, [stampLikeSpec("FAIL")]);
    expect(sheetNames(bytes)).toEqual(["Projects", "Submission Stamp", "PMO Submission Stamp"]);
    expect(sheetXml(bytes, "Submission Stamp")).toBe(before);
    expect(result.written).toEqual([{ spec: "submission-stamp", sheet: "PMO Submission Stamp" }]);
  });

  it("recognises a marker name LibreOffice saved as not hidden, and hides it again", () => {
    const once = addSheetsToXlsx(input, [...specs, stampLikeSpec()]).bytes;
    const files = unzipSync(once);
    files["xl/workbook.xml"] = strToU8(strFromU8(files["xl/workbook.xml"]).replace(/ hidden="1"/g, ' hidden="false"').replace(/'Findings'!/g, "Findings!"));
    const rerun = addSheetsToXlsx(zipSync(files), specs).bytes;
    expect(sheetNames(rerun)).toEqual(["Projects", ...REPORT, "Submission Stamp"]);
    expect(definedNames(rerun).filter((n) => n.name.startsWith("_PMORulebook_Generated_")).every((n) => n.hidden)).toBe(true);
  });

  it("drops a marker name whose sheet the user deleted", () => {
    const once = addSheetsToXlsx(input, [stampLikeSpec()]).bytes;
    const files = unzipSync(once);
    files["xl/workbook.xml"] = strToU8(strFromU8(files["xl/workbook.xml"]).replace("'Submission Stamp'!$A$1", "#REF!$A$1"));
    const rerun = addSheetsToXlsx(zipSync(files), specs).bytes;
    expect(definedNames(rerun).map((n) => n.name)).not.toContain("_PMORulebook_Generated_submission_stamp");
  });
});

describe("what a write replaces", () => {
  it("a report write leaves a generated sheet of another key (the submission stamp) as it was", () => {
    const stamped = addSheetsToXlsx(addSheetsToXlsx(input, specs).bytes, [stampLikeSpec()]).bytes;
    expect(sheetNames(stamped)).toEqual(["Projects", ...REPORT, "Submission Stamp"]);
    const stamp = sheetXml(stamped, "Submission Stamp");
    const rerun = addSheetsToXlsx(stamped, specs).bytes;
    expect(sheetNames(rerun)).toEqual(["Projects", ...REPORT, "Submission Stamp"]);
    expect(sheetXml(rerun, "Submission Stamp")).toBe(stamp);
    expect(definedNames(rerun).filter((n) => n.name.startsWith("_PMORulebook_Generated_")).map((n) => n.ref).sort()).toEqual(
      [...REPORT, "Submission Stamp"].map((s) => `'${s}'!$A$1`).sort(),
    );
  });

  it("a stamp write replaces the stamp and leaves the report sheets", () => {
    const stamped = addSheetsToXlsx(addSheetsToXlsx(input, specs).bytes, [stampLikeSpec()]).bytes;
    const summary = sheetXml(stamped, "Portfolio Summary");
    const restamped = addSheetsToXlsx(stamped, [stampLikeSpec("FAIL")]).bytes;
    expect(sheetNames(restamped)).toEqual(["Projects", ...REPORT, "Submission Stamp"]);
    expect(sheetXml(restamped, "Portfolio Summary")).toBe(summary);
    expect(sheetXml(restamped, "Submission Stamp")).toContain("FAIL");
  });

  it("a ruleset-only write leaves every generated sheet", () => {
    const once = addSheetsToXlsx(input, specs).bytes;
    const out = addSheetsToXlsx(once, [], { embeddedRuleset: '{"name":"R"}' }).bytes;
    expect(sheetNames(out)).toEqual(["Projects", ...REPORT, "_PMORulebook"]);
    expect(Object.keys(partsOf(out)).filter((p) => p.startsWith("xl/charts/chart")).length).toBe(Object.keys(partsOf(once)).filter((p) => p.startsWith("xl/charts/chart")).length);
  });
});
