/**
 * Regenerates the producer corpus in test/corpus/files/ and its index test/corpus/manifest.json
 * (`npm run corpus`): the same small register written by openpyxl, pandas (both engines),
 * xlsxwriter, LibreOffice and Gnumeric (scripts/corpus/producers.py), ExcelJS and SheetJS
 * (register.ts), and the hostile spellings of issue 7 made from them (test/corpus/variants.ts).
 * Needs Debian's python3 with python3-openpyxl, python3-pandas, python3-xlsxwriter, plus soffice
 * and ssconvert. The committed files are what the tests use; regenerating may change their bytes
 * (producers stamp times), never what they exercise.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { checkSource, reportSpecs } from "../../src/core/pipeline";
import { dayFromIso } from "../../src/core/model/dates";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { GENERATED_MARKER } from "../../src/workbook/sheet-spec";
import type { CorpusEntry } from "../../test/corpus/manifest";
import { filesOf, sheetParts } from "../../test/corpus/package-checks";
import * as v from "../../test/corpus/variants";
import { toZip64, withDuplicateEntry } from "../../test/corpus/zip64";
import { PROJECT_IDS, ROWS, withExcelJS, withSheetJS } from "./register";

const ROOT = join(import.meta.dirname, "../..");
const OUT = join(ROOT, "test/corpus/files");
const python = "/usr/bin/python3";

const entries: CorpusEntry[] = [];
const intact = { expect: "intact" as const };

function save(file: string, bytes: Uint8Array, meta: Omit<CorpusEntry, "file" | "sheets" | "replaceable">, replaceable: string[] = []): Uint8Array {
  writeFileSync(join(OUT, file), bytes);
  entries.push({ file, ...meta, sheets: [...sheetParts(filesOf(bytes)).keys()], replaceable });
  return bytes;
}
const read = (file: string) => new Uint8Array(readFileSync(join(OUT, file)));
const version = (cmd: string, args: string[], pattern: RegExp) => pattern.exec(execFileSync(cmd, args, { encoding: "utf8" }))?.[1] ?? "?";

/** The base file with the report written into it, as `check --in-place` leaves it. */
async function withReport(base: Uint8Array): Promise<Uint8Array> {
  const source = await readXlsx(base);
  const outcome = checkSource(source, defaultRuleset(), { asOf: dayFromIso("2026-03-01") });
  return addSheetsToXlsx(base, reportSpecs(outcome, "register.xlsx"), { current: source }).bytes;
}

async function main(): Promise<void> {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const libs = execFileSync(python, [join(import.meta.dirname, "producers.py"), OUT], { encoding: "utf8" }).trim();
  const [openpyxl, pandas, xlsxwriter] = [/openpyxl (\S+),/, /pandas (\S+),/, /xlsxwriter (\S+)/].map((p) => p.exec(libs)?.[1] ?? "?");
  const lo = version("soffice", ["--version"], /LibreOffice (\S+)/);
  const gnumeric = version("ssconvert", ["--version"], /version '([^']+)'/);
  const register = { exercises: ["producer"], projects: PROJECT_IDS, write: intact };
  const produced: [string, string, string][] = [
    ["openpyxl.xlsx", `openpyxl ${openpyxl}`, "declares xmlns:r on each <sheet> (issue 7 item 3), an empty <workbookProtection/>, a merged note"],
    ["pandas-openpyxl.xlsx", `pandas ${pandas} to_excel, openpyxl engine`, "pandas' DataFrame layout through openpyxl (r: on each <sheet>)"],
    ["pandas-xlsxwriter.xlsx", `pandas ${pandas} to_excel, xlsxwriter engine`, "pandas' DataFrame layout through xlsxwriter"],
    ["xlsxwriter.xlsx", `xlsxwriter ${xlsxwriter}`, "custom number formats, a frozen header, a table on the gate log, a defined name"],
    ["libreoffice.xlsx", `LibreOffice ${lo} (soffice --convert-to xlsx)`, "LibreOffice's own package layout, names with hidden=\"false\"-style attributes"],
    ["gnumeric.xlsx", `Gnumeric ssconvert ${gnumeric}`, "Gnumeric's package: pretty-printed parts, sheet-scoped _xlnm names"],
  ];
  for (const [file, producer, about] of produced) {
    const bytes = read(file);
    const exercises = file.startsWith("openpyxl") || file.startsWith("pandas-openpyxl") ? ["producer", "r-prefix-per-sheet"] : ["producer"];
    entries.push({ file, producer, about, ...register, exercises, sheets: [...sheetParts(filesOf(bytes)).keys()], replaceable: [] });
  }
  const exceljs = save("exceljs.xlsx", await withExcelJS(), { producer: "ExcelJS 4", about: "an Excel Table, shared strings, a defined name", ...register });
  save("sheetjs.xlsx", withSheetJS(), { producer: "SheetJS (npm xlsx 0.18.5)", about: "SheetJS's minimal package: no theme, inline number formats", ...register });

  const variant = (of: string, exercises: string[], about: string, projects = PROJECT_IDS, write: CorpusEntry["write"] = intact) => ({ producer: `variant of ${of}`, exercises, about, projects, write });
  save("open-close-sheets.xlsx", v.openCloseSheets(exceljs), variant("exceljs.xlsx", ["open-close-sheet"], "issue 7 item 1: <sheet ...></sheet> instead of <sheet .../>"));
  save("single-quoted.xlsx", v.singleQuotedParts(exceljs), variant("exceljs.xlsx", ["single-quoted-attributes"], "issue 7 item 2: every attribute of workbook.xml, its rels, content types and styles single-quoted"));
  save("r-prefix-per-sheet.xlsx", v.rPrefixPerSheet(exceljs), variant("exceljs.xlsx", ["r-prefix-per-sheet"], "issue 7 item 3: xmlns:r declared on each <sheet>, not on the root"));
  save(
    "undefined-numfmt-ids.xlsx",
    v.undefinedFormatIds(exceljs, [
      { ref: "F2", id: 164 },
      { ref: "F3", id: 164 },
      { ref: "G2", id: 165 },
    ]),
    variant("exceljs.xlsx", ["undefined-numfmt-id"], "issue 7 item 4: budget and date cells use custom format ids 164 and 165 that styles.xml never defines"),
  );
  const reported = await withReport(exceljs);
  const renamed = v.renameLikeExcel(reported, "Findings", "Findings May (board notes)");
  const annotated = v.editParts(renamed, {
    [sheetParts(filesOf(renamed)).get("Portfolio Summary")!]: (x) => x.replace("</sheetData>", '<row r="60"><c r="A60" t="inlineStr"><is><t>Board: chase the CRM budget</t></is></c></row></sheetData>'),
  });
  save("edited-generated.xlsx", annotated, variant("exceljs.xlsx", ["renamed-generated-sheet", "edited-generated-sheet"], "issue 7 item 5: the report's Findings renamed by the PMO (Excel carried the rename into the marker) and a board note typed on the Portfolio Summary"), ["Resource Load", "Gate Status", "Earned Value"]);
  save("macro-enabled.xlsm", v.macroEnabled(exceljs), variant("exceljs.xlsx", ["xlsm"], "issue 7 item 6: a macro-enabled package with a VBA project part (a stand-in); --out must be .xlsm"));
  save("structure-protected.xlsx", v.structureProtected(exceljs), variant("exceljs.xlsx", ["structure-protected"], "issue 7 item 7: Protect Workbook (structure) on", PROJECT_IDS, { expect: "refused", because: "structure is protected" }));
  save("zip64.xlsx", toZip64(exceljs), variant("exceljs.xlsx", ["zip64"], "every entry's sizes and offsets in zip64 extra fields, a zip64 end record; a small file"));
  const sheet1 = unzipSync(exceljs)["xl/worksheets/sheet1.xml"];
  save("duplicate-entry.xlsx", withDuplicateEntry(exceljs, "xl/worksheets/sheet1.xml", strToU8(strFromU8(sheet1).replace(/P-00\d/g, "P-666"))), variant("exceljs.xlsx", ["duplicate-zip-entry"], "two zip entries for xl/worksheets/sheet1.xml with different registers", PROJECT_IDS, { expect: "refused", because: "two entries for the part" }));
  save("x-prefixed.xlsx", v.xPrefixedWorkbook(exceljs), variant("exceljs.xlsx", ["x-prefixed"], "workbook.xml and styles.xml with the x: prefix on every element, as the Open XML SDK writes them"));
  save("part-name-case.xlsx", v.partNameCase(exceljs), variant("exceljs.xlsx", ["part-name-case"], "the Projects relationship says worksheets/Sheet1.XML for the entry xl/worksheets/sheet1.xml"));
  const disguised = await withExcelJS();
  save("marker-text-register.xlsx", v.editParts(disguised, { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="A1" t="s"', `<c r="L1" t="inlineStr"><is><t>${GENERATED_MARKER}. This sheet is replaced on each run; do not edit it.</t></is></c><c r="A1" t="s"`) }), variant("exceljs.xlsx", ["marker-text-register"], "a register whose top row says it was generated by PMO Rulebook, with no marker name: it must be checked"));
  const lenient = { ...defaultRuleset(), name: "Team A", rules: { "gate/missing-approval": { severity: "off" }, "gate/rejected": { severity: "off" } } };
  save("stored-rules-off.xlsx", addSheetsToXlsx(exceljs, [], { embeddedRuleset: JSON.stringify(lenient) }).bytes, variant("exceljs.xlsx", ["stored-ruleset-rules-off"], "a stored ruleset (very hidden _PMORulebook sheet) that switches gate/missing-approval and gate/rejected off"));
  const codes = await withExcelJS(ROWS.map((r, i) => (i === 0 ? ["P-001\u009b2J\u202e", ...r.slice(1)] : r)));
  save("control-chars.xlsx", v.editParts(codes, { "xl/sharedStrings.xml": (x) => x.replace(">P-002<", ">P-002_x001B_[2J<") }), variant("exceljs.xlsx", ["control-characters"], "project ids with a C1 CSI, a bidi override and an _x001B_ (ESC) escape", ["P-001\u009b2J\u202e", "P-002\u001b[2J", "P-003"]));
  const files = unzipSync(exceljs);
  delete files["xl/styles.xml"];
  files["xl/_rels/workbook.xml.rels"] = strToU8(strFromU8(files["xl/_rels/workbook.xml.rels"]).replace(/<Relationship [^>]*styles"[^>]*\/>|<Relationship [^>]*Target="styles.xml"[^>]*\/>/, ""));
  files["[Content_Types].xml"] = strToU8(strFromU8(files["[Content_Types].xml"]).replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ""));
  save("no-styles.xlsx", zipSync(files), variant("exceljs.xlsx", ["no-styles-part"], "a package without xl/styles.xml (some generators omit it): the writer adds Excel's default stylesheet"));

  entries.sort((a, b) => a.file.localeCompare(b.file));
  const stray = readdirSync(OUT).filter((f) => !entries.some((e) => e.file === f));
  if (stray.length) throw new Error(`files without a manifest entry: ${stray.join(", ")}`);
  writeFileSync(join(ROOT, "test/corpus/manifest.json"), JSON.stringify(entries, null, 2) + "\n");
  console.log(`${entries.length} files in test/corpus/files, ${Math.round(readdirSync(OUT).reduce((s, f) => s + readFileSync(join(OUT, f)).length, 0) / 1024)} KB`);
}

await main();
