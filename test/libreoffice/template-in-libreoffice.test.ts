/**
 * Issue 16: LibreOffice opens the submission template and sees its validations; they survive a
 * LibreOffice round trip (re-saved as .xlsx and read back); and the sheets render to PNG pages in
 * test-output/template for a person to look at.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newWorkbookXlsx } from "../../src/adapters/xlsx/write/blank";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { ENTITIES, ENTITY_SPECS } from "../../src/core/model/fields";
import { dayFromIso } from "../../src/core/model/dates";
import { checkSource, resolveRuleset } from "../../src/core/pipeline";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { buildTemplate, GUIDE_SHEET, isBlankTemplate } from "../../src/core/template/index";
import { convert } from "./office";

const work = mkdtempSync(join(tmpdir(), "pmo-lo-template-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const template = buildTemplate(defaultRuleset());
const bytes = newWorkbookXlsx(template.sheets, { embeddedRuleset: template.rulesetJson }).bytes;
const SHEETS = ENTITIES.map((e) => ENTITY_SPECS[e].sheetNames[0]);

interface LoColumn {
  header: string;
  type: string;
  formula1: string;
  formula2: string;
  errorStyle: string;
  showError: boolean;
  showInput: boolean;
  input: string;
  lastRow: string;
}

function loValidations(file: string): { name: string; columns: LoColumn[] }[] {
  const script = resolve(__dirname, "inspect_validations.py");
  const python = "/usr/bin/python3";
  return JSON.parse(execFileSync(python, [script, file], { timeout: 120_000, encoding: "utf8" })).sheets;
}

/** Every validation of every sheet as ExcelJS reads it: sheet, range's first cell, type, formulas, style. */
async function validations(data: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const name of SHEETS) {
    const ws = wb.getWorksheet(name)!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    headers.forEach((h, i) => {
      for (const row of [2, 1001]) {
        const v = ws.getCell(row, i + 1).dataValidation as { type?: string; formulae?: unknown[]; errorStyle?: string; prompt?: string; error?: string };
        if (!v?.type) continue;
        // LibreOffice writes type="none" where Excel leaves the default out, and a formula2 of 0 to
        // drop-downs and to "any value" (which neither uses): the same rules.
        const type = v.type === "none" ? "any" : v.type;
        const used = type === "any" ? 0 : type === "list" || type === "custom" ? 1 : 2;
        const formulae = (v.formulae ?? []).slice(0, used).map((f) => (typeof f === "string" ? f.replace(/^=/, "") : String(f)));
        out.push(`${name}!${h}@${row}: ${type} ${formulae.join(" ")} ${v.errorStyle ?? "stop"} | ${v.prompt ?? ""} | ${v.error ?? ""}`);
      }
    });
  }
  return out;
}

describe("LibreOffice and the submission template", () => {
  let path: string;
  let resaved: Uint8Array;
  beforeAll(() => {
    path = join(work, "Portfolio-template.xlsx");
    writeFileSync(path, bytes);
    resaved = new Uint8Array(readFileSync(convert(path, "xlsx", join(work, "resaved"))));
  }, 240_000);

  it("opens it and sees every sheet's validations: drop-downs, dates, numbers, messages", () => {
    const seen = loValidations(path);
    expect(seen.map((s) => s.name)).toEqual([GUIDE_SHEET, ...SHEETS]);
    const col = (sheet: string, header: string) => seen.find((s) => s.name === sheet)!.columns.find((c) => c.header === header)!;
    expect(col("Projects", "Stage")).toMatchObject({ type: "LIST", formula1: '"Idea";"Initiation";"Planning";"Execution";"Closing";"Closed";"On Hold";"Cancelled"', errorStyle: "STOP", lastRow: "LIST" });
    expect(col("Projects", "Objective")).toMatchObject({ type: "LIST", formula1: "PMO_ObjectiveNames", errorStyle: "WARNING" });
    expect(col("Projects", "Start")).toMatchObject({ type: "DATE", errorStyle: "STOP", showError: true });
    expect(col("Projects", "Budget")).toMatchObject({ type: "DECIMAL", formula1: "0" });
    expect(col("Projects", "Manager")).toMatchObject({ type: "ANY", showInput: true, input: "The project manager. Required for every project." });
    expect(col("Gates", "Project ID")).toMatchObject({ type: "LIST", formula1: "PMO_ProjectIDs" });
    expect(col("Assignments", "Resource")).toMatchObject({ type: "LIST", formula1: "PMO_ResourceNames" });
    expect(col("Risks", "Impact")).toMatchObject({ type: "LIST", formula1: '"1";"2";"3";"4";"5"' });
    for (const sheet of SHEETS) expect(seen.find((s) => s.name === sheet)!.columns.map((c) => c.header)).toEqual(template.tables.find((t) => t.sheet === sheet)!.headers);
  });

  it("keeps every validation through a LibreOffice round trip", async () => {
    const before = await validations(bytes);
    expect(before.length).toBeGreaterThan(100);
    expect(await validations(resaved)).toEqual(before);
  });

  it("keeps the tables, names and stored ruleset through the round trip, and still checks as no projects yet", async () => {
    const source = await readXlsx(resaved, { label: "resaved.xlsx" });
    expect(source.tables.map((t) => t.name)).toEqual(SHEETS);
    const names = new Map((source.names ?? []).map((n) => [n.name, n.formula.replace(/^=/, "")]));
    expect(names.get("PMO_ProjectIDs")).toBe("Projects[ID]");
    const resolved = resolveRuleset(source, undefined);
    expect(resolved.ok && resolved.origin).toBe("workbook");
    const outcome = checkSource(source, defaultRuleset(), { asOf: dayFromIso("2026-11-25") });
    expect(outcome.result.findings).toEqual([]);
    expect(outcome.portfolio.issues).toEqual([]);
    expect(isBlankTemplate(source)).toBe(true);
  });

  it("renders the guide and the table sheets to PNG pages in test-output/template", () => {
    const outDir = resolve(process.cwd(), "test-output/template");
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const pdf = convert(path, "pdf", work);
    execFileSync("pdftoppm", ["-png", "-r", "70", pdf, join(outDir, "template")], { timeout: 120_000 });
    expect(readdirSync(outDir).filter((f) => f.endsWith(".png")).length).toBeGreaterThanOrEqual(1 + SHEETS.length);
  }, 240_000);
});
