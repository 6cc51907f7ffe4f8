/**
 * Issue 16: the submission template read back — by the product's own reader and by ExcelJS — has one
 * table per entity with the reader's headers, the ruleset's drop-downs and range checks with the
 * check's words, formats and frozen headers; checking it blank says only "no projects yet", and
 * filled with the sample's records it gives the sample's findings.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { newWorkbookXlsx } from "../../../src/adapters/xlsx/write/blank";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { ENTITIES, ENTITY_SPECS } from "../../../src/core/model/fields";
import { dayFromIso } from "../../../src/core/model/dates";
import { checkSource, resolveRuleset } from "../../../src/core/pipeline";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { loadRuleset } from "../../../src/core/ruleset/load";
import { buildTemplate, GUIDE_SHEET, isBlankTemplate, type Template } from "../../../src/core/template/index";
import type { Ruleset } from "../../../src/core/ruleset/types";
import { fillTemplate } from "./fill";

const AS_OF = dayFromIso("2026-11-25");
const SAMPLE = new URL("../../../assets/sample-portfolio.xlsx", import.meta.url);

function write(template: Template): Uint8Array {
  return newWorkbookXlsx(template.sheets, { embeddedRuleset: template.rulesetJson }).bytes;
}

async function exceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

type Validation = { type: string; formulae?: unknown[]; operator?: string; allowBlank?: boolean; showErrorMessage?: boolean; errorStyle?: string; error?: string; prompt?: string; promptTitle?: string };

describe("the template of the default ruleset", () => {
  const template = buildTemplate(defaultRuleset());
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = write(template);
    wb = await exceljs(bytes);
  });

  it("has the guide first, then one sheet and one Excel Table per entity, with the reader's headers", async () => {
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([GUIDE_SHEET, ...ENTITIES.map((e) => ENTITY_SPECS[e].sheetNames[0])]);
    const source = await readXlsx(bytes, { label: "t.xlsx" });
    expect(source.tables.map((t) => [t.name, t.sheet, t.hasHeader])).toEqual(ENTITIES.map((e) => [ENTITY_SPECS[e].sheetNames[0], ENTITY_SPECS[e].sheetNames[0], true]));
    const projects = wb.getWorksheet("Projects")!;
    const headers = (projects.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(Object.values(ENTITY_SPECS.projects.fields).map((f) => f.label));
    // ExcelJS sees the tables with the same columns.
    const table = (projects as unknown as { getTables(): { table: { name: string; columns: { name: string }[] } }[] }).getTables()[0].table;
    expect(table.name).toBe("Projects");
    expect(table.columns.map((c) => c.name)).toEqual(headers);
    const gates = (wb.getWorksheet("Gates")!.getRow(1).values as unknown[]).slice(1);
    expect(gates).toEqual(["Project ID", "Gate", "Decision", "Decision Date", "Approver", "Business Case", "Project Plan", "Closure Report"]);
  });

  it("is read by the product's reader as every entity, each column mapped to its field", async () => {
    const source = await readXlsx(bytes, { label: "t.xlsx" });
    const resolved = resolveRuleset(source, undefined);
    expect(resolved.ok && resolved.origin).toBe("workbook");
    const outcome = checkSource(source, defaultRuleset(), { asOf: AS_OF });
    for (const entity of ENTITIES) {
      const d = outcome.portfolio.detections.find((x) => x.entity === entity);
      expect(d?.sheet, entity).toBe(ENTITY_SPECS[entity].sheetNames[0]);
      for (const field of Object.keys(ENTITY_SPECS[entity].fields)) expect(d!.columns[field], `${entity}.${field}`).toBeDefined();
    }
    expect(outcome.portfolio.issues).toEqual([]);
  });

  it("stores the ruleset as the product does, and the check uses it", async () => {
    const source = await readXlsx(bytes, { label: "t.xlsx" });
    const hidden = wb.worksheets.find((w) => w.name === "_PMORulebook");
    expect(hidden?.state).toBe("veryHidden");
    const resolved = resolveRuleset(source, undefined);
    expect(resolved.ok && resolved.ruleset).toEqual(defaultRuleset());
  });

  it("checked blank, gives no finding: no projects yet", async () => {
    const source = await readXlsx(bytes, { label: "t.xlsx" });
    const outcome = checkSource(source, defaultRuleset(), { asOf: AS_OF });
    expect(outcome.result.findings).toEqual([]);
    expect(outcome.portfolio.projects).toEqual([]);
    expect(isBlankTemplate(source)).toBe(true);
  });

  it("has drop-downs from the ruleset: stage, status, gate, decision, levels, and lists that follow other tables", async () => {
    const projects = wb.getWorksheet("Projects")!;
    const col = (ws: ExcelJS.Worksheet, header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);
    const at = (ws: ExcelJS.Worksheet, header: string, row = 2) => ws.getCell(row, col(ws, header)).dataValidation as Validation;
    expect(at(projects, "Stage")).toMatchObject({ type: "list", formulae: ['"Idea,Initiation,Planning,Execution,Closing,Closed,On Hold,Cancelled"'], errorStyle: "stop", showErrorMessage: true });
    expect(at(projects, "Stage", 1001).type).toBe("list");
    expect(at(projects, "Status")).toMatchObject({ type: "list", formulae: ['"Green,Amber,Red,Complete,On Hold,Cancelled"'] });
    expect(at(projects, "Objective")).toMatchObject({ type: "list", formulae: ["PMO_ObjectiveNames"] });
    const gates = wb.getWorksheet("Gates")!;
    expect(at(gates, "Gate")).toMatchObject({ type: "list", formulae: ['"G0,G1,G2,G3,G4"'] });
    expect(at(gates, "Decision").formulae).toEqual(['"Approved,Approved with conditions,Pending,Deferred,Rejected,Hold,Recycle,Kill"']);
    expect(at(gates, "Project ID")).toMatchObject({ type: "list", formulae: ["PMO_ProjectIDs"], errorStyle: "warning" });
    expect(at(wb.getWorksheet("Assignments")!, "Resource")).toMatchObject({ type: "list", formulae: ["PMO_ResourceNames"] });
    const risks = wb.getWorksheet("Risks")!;
    expect(at(risks, "Probability").formulae).toEqual(['"1,2,3,4,5"']);
    expect(at(risks, "Impact").formulae).toEqual(['"1,2,3,4,5"']);
    // The names the drop-downs use refer to the table columns, so they grow with the tables.
    const source = await readXlsx(bytes, { label: "t.xlsx" });
    const byName = new Map((source.names ?? []).map((n) => [n.name, n.formula.replace(/^=/, "")]));
    expect(byName.get("PMO_ProjectIDs")).toBe("Projects[ID]");
    expect(byName.get("PMO_ResourceNames")).toBe("Resources[Name]");
    expect(byName.get("PMO_ObjectiveNames")).toBe("Objectives[Objective]");
  });

  it("checks dates, amounts, percentages and FTE by type and range, with the check's words", () => {
    const projects = wb.getWorksheet("Projects")!;
    const col = (ws: ExcelJS.Worksheet, header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);
    const at = (ws: ExcelJS.Worksheet, header: string) => ws.getCell(2, col(ws, header)).dataValidation as Validation;
    expect(at(projects, "Start")).toMatchObject({ type: "date", operator: "between", errorStyle: "stop", error: "This is not a date (Start). Type a date such as 2026-03-31." });
    expect(at(projects, "Budget")).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1e15], error: "This is not an amount of zero or more (Budget). Type the number alone, such as 250000." });
    expect(at(projects, "Actual Cost").formulae).toEqual([-1e15, 1e15]);
    expect(at(projects, "% Complete")).toMatchObject({ type: "decimal", formulae: [0, 1], error: "This is not a percentage from 0% to 100% (% Complete). Type 45% (or 0.45)." });
    const assignments = wb.getWorksheet("Assignments")!;
    expect(at(assignments, "Allocation")).toMatchObject({ type: "decimal", formulae: [0, 1.5], errorStyle: "warning" });
    expect(at(wb.getWorksheet("Resources")!, "Capacity")).toMatchObject({ type: "decimal", formulae: [0, 1.5] });
    expect(at(wb.getWorksheet("Objectives")!, "Weight")).toMatchObject({ type: "decimal", formulae: [0, 1] });
  });

  it("refuses a project ID or a person's name used twice and a finish before its start, as the check would report", () => {
    const projects = wb.getWorksheet("Projects")!;
    const col = (ws: ExcelJS.Worksheet, header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);
    const at = (ws: ExcelJS.Worksheet, header: string) => ws.getCell(2, col(ws, header)).dataValidation as Validation;
    expect(at(projects, "ID")).toMatchObject({ type: "custom", formulae: ["COUNTIF($A$2:$A$1001,A2)<=1"], errorStyle: "stop" });
    expect(at(projects, "Finish")).toMatchObject({ type: "custom", formulae: ["AND(ISNUMBER(I2),OR(ISBLANK(H2),I2>=H2))"] });
    expect(at(projects, "Finish").error).toContain("the check reports a finish before its start");
    expect(at(wb.getWorksheet("Resources")!, "Name")).toMatchObject({ type: "custom", formulae: ["COUNTIF($A$2:$A$1001,A2)<=1"] });
    expect(at(wb.getWorksheet("Assignments")!, "Finish")).toMatchObject({ type: "custom", formulae: ["AND(ISNUMBER(D2),OR(ISBLANK(C2),D2>=C2))"] });
  });

  it("says in the input message which project fields are required from which stage", () => {
    const projects = wb.getWorksheet("Projects")!;
    const col = (header: string) => (projects.getRow(1).values as unknown[]).indexOf(header);
    const prompt = (header: string) => (projects.getCell(2, col(header)).dataValidation as Validation).prompt;
    expect(prompt("Manager")).toBe("The project manager. Required for every project.");
    expect(prompt("Sponsor")).toBe("The sponsor (senior responsible owner). Required from the Initiation stage on (Initiation, Planning, Execution, Closing, Closed).");
    expect(prompt("Budget")).toContain("Required from the Planning stage on");
    expect(prompt("Name")).toBe("The project's name.");
    const gates = wb.getWorksheet("Gates")!;
    expect((gates.getCell("F2").dataValidation as Validation).prompt).toBe("Fill in when G1 (Charter approval) is passed: a link or reference to the Business Case.");
  });

  it("formats dates, amounts, percentages and FTE, and freezes every header row", () => {
    const projects = wb.getWorksheet("Projects")!;
    const col = (ws: ExcelJS.Worksheet, header: string) => (ws.getRow(1).values as unknown[]).indexOf(header);
    const fmt = (ws: ExcelJS.Worksheet, header: string) => ws.getColumn(col(ws, header)).numFmt;
    expect(fmt(projects, "Start")).toBe("yyyy-mm-dd");
    expect(fmt(projects, "Finish")).toBe("yyyy-mm-dd");
    expect(fmt(projects, "Budget")).toBe("#,##0");
    expect(fmt(projects, "% Complete")).toBe("0%");
    expect(fmt(wb.getWorksheet("Assignments")!, "Allocation")).toBe("0.00");
    for (const e of ENTITIES) {
      const ws = wb.getWorksheet(ENTITY_SPECS[e].sheetNames[0])!;
      expect(ws.views[0], e).toMatchObject({ state: "frozen", ySplit: 1, topLeftCell: "A2" });
    }
  });

  it("explains the ruleset in plain words on the guide sheet", () => {
    const guide = wb.getWorksheet(GUIDE_SHEET)!;
    const lines: string[] = [];
    guide.eachRow((row) => lines.push((row.values as unknown[]).slice(1).filter((v) => v !== undefined && v !== null).map((v) => (typeof v === "object" ? JSON.stringify(v) : String(v))).join(" | ")));
    const text = lines.join("\n");
    expect(text).toContain("Planning | G1 Charter approval | Start, Finish, Budget");
    expect(text).toContain("G1 | Charter approval | Planning | Business Case");
    expect(text).toContain("A forecast more than 5% over budget is a warning; more than 10%, an error.");
    expect(text).toContain("A Last Update more than 30 days old is stale.");
    expect(text).toContain("Every project | Manager");
    expect(text).toContain("From Initiation on | Sponsor");
  });
});

describe("a PMO's own ruleset", () => {
  const ruleset: Ruleset = defaultRuleset();
  ruleset.name = "Contoso PMO";
  ruleset.lifecycle.stages = ["Concept", "Design", "Build", "Live"];
  ruleset.lifecycle.gates = [
    { id: "D1", name: "Design review", requiredArtifacts: ["Design Pack"] },
    { id: "B1", name: "Build go", requiredArtifacts: [] },
    { id: "L1", name: "Go live", requiredArtifacts: ["Runbook"] },
  ];
  ruleset.lifecycle.passingDecisions = ["Go"];
  ruleset.lifecycle.stageAliases = { Idea: "Concept" };
  ruleset.lifecycle.executingStages = ["Build", "Live"];
  ruleset.lifecycle.closedStages = ["Live"];
  ruleset.requiredFields = { always: ["manager", "costCentre"], fromStage: { Design: ["budget"] } };
  ruleset.thresholds.staleStatusDays = 14;
  ruleset.mapping = { projects: { sheet: "Register", columns: { budget: "Approved Budget (EUR)" } } };
  const template = buildTemplate(ruleset);

  it("has its stages, gates, decisions, artefacts, mapping and own required columns", async () => {
    const wb = await exceljs(write(template));
    const reg = wb.getWorksheet("Register")!;
    const headers = (reg.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain("Approved Budget (EUR)");
    expect(headers.at(-1)).toBe("costCentre");
    const stage = reg.getCell(2, headers.indexOf("Stage") + 1).dataValidation as Validation;
    expect(stage.formulae).toEqual(['"Concept,Design,Build,Live,On Hold,Cancelled"']);
    const gates = wb.getWorksheet("Gates")!;
    expect((gates.getRow(1).values as unknown[]).slice(-2)).toEqual(["Design Pack", "Runbook"]);
    expect((gates.getCell("B2").dataValidation as Validation).formulae).toEqual(['"D1,B1,L1"']);
    expect((gates.getCell("C2").dataValidation as Validation).formulae?.[0]).toMatch(/^"Go,Approved,/);
    const text: string[] = [];
    wb.getWorksheet(GUIDE_SHEET)!.eachRow((row) => text.push((row.values as unknown[]).slice(1).join(" | ")));
    expect(text.join("\n")).toContain("A Last Update more than 14 days old is stale.");
    expect(text.join("\n")).toContain('A gate is passed by the decision "Go".');
  });

  it("reads back with the ruleset's mapping and checks blank without findings", async () => {
    const bytes = write(template);
    const source = await readXlsx(bytes, { label: "t.xlsx" });
    const resolved = resolveRuleset(source, undefined);
    if (!resolved.ok) throw new Error(`stored ruleset invalid: ${JSON.stringify(resolved.errors)}`);
    expect(resolved.ruleset.name).toBe("Contoso PMO");
    const outcome = checkSource(source, resolved.ruleset, { asOf: AS_OF });
    expect(outcome.portfolio.issues).toEqual([]);
    expect(outcome.result.findings).toEqual([]);
  });

  it("lists words too long for a drop-down's rule on the guide sheet and points the drop-down there", async () => {
    const long = defaultRuleset();
    long.lifecycle.stages = Array.from({ length: 30 }, (_, i) => `Stage number ${i + 1}`);
    long.lifecycle.gates = long.lifecycle.stages.slice(1).map((_, i) => ({ id: `G${i}`, name: `Gate ${i}`, requiredArtifacts: [] }));
    long.requiredFields = { always: [], fromStage: {} };
    const wb = await exceljs(write(buildTemplate(long)));
    const v = wb.getWorksheet("Projects")!.getCell("F2").dataValidation as Validation;
    expect(v.type).toBe("list");
    expect(String(v.formulae?.[0])).toMatch(/^'How to fill this in'!\$B\$\d+:\$AG\$\d+$/);
  });
});

describe("a ruleset with its own stages, loaded from a PMO's file", () => {
  it("is stored in the template and loads back as it was (its defaults adapted to its stages once)", async () => {
    const loaded = loadRuleset({ name: "Own stages", lifecycle: { stages: ["Concept", "Design", "Build", "Live"], stageAliases: { Idea: "Concept" } }, requiredFields: { fromStage: { Design: ["budget"] } } });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    const source = await readXlsx(write(buildTemplate(loaded.ruleset)), { label: "t.xlsx" });
    const resolved = resolveRuleset(source, undefined);
    expect(resolved.ok && resolved.origin).toBe("workbook");
    expect(resolved.ok && resolved.ruleset).toEqual(loaded.ruleset);
  });
});

describe("a template filled in with the sample's records", () => {
  it("gives the sample's findings (and those of rules only the template's columns let run)", async () => {
    const sampleBytes = new Uint8Array(readFileSync(SAMPLE));
    const sample = await readXlsx(sampleBytes, { label: "sample-portfolio.xlsx" });
    const ruleset = defaultRuleset();
    const expected = checkSource(sample, ruleset, { asOf: AS_OF });
    const template = buildTemplate(ruleset);
    const filled = newWorkbookXlsx(fillTemplate(template, sample, expected.portfolio), { embeddedRuleset: template.rulesetJson }).bytes;
    const source = await readXlsx(filled, { label: "filled.xlsx" });
    expect(isBlankTemplate(source)).toBe(false);
    const got = checkSource(source, ruleset, { asOf: AS_OF });
    const key = (f: { ruleId: string; severity: string; projectId?: string }) => `${f.ruleId} ${f.severity} ${f.projectId ?? ""}`;
    // The template has every column; a rule the sample's workbook could not run for want of one
    // (strategy/unaligned without an Objective column) runs on the template, and only those add findings.
    const skippedOnSample = new Set(Object.keys(expected.result.summary.skipped));
    const ran = got.result.findings.filter((f) => !skippedOnSample.has(f.ruleId));
    expect(ran.map(key).sort()).toEqual(expected.result.findings.map(key).sort());
    expect(expected.result.findings.length).toBeGreaterThan(0);
    expect(got.portfolio.projects.length).toBe(expected.portfolio.projects.length);
  });
});
