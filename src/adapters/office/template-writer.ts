/**
 * A submission template written into the open workbook (the task pane's "New submission sheets…",
 * docs/template.md): the template's sheets as new sheets through the Office writer (the guide is the
 * product's, the table sheets the user's), then what Office.js sets apart from cells — the names the
 * drop-downs use (Projects[ID] …), the column formats over the validated rows, and every data
 * validation (ExcelApi 1.8) — and last the ruleset, stored as the product stores it.
 *
 * Nothing of the user's is touched or replaced: a workbook that already has a sheet, table or name the
 * template needs is refused before anything is written.
 */
import { maxOf } from "../../core/arrays";
import type { Template } from "../../core/template/index";
import type { WorkbookWriter, WriteResult } from "../../workbook/port";
import type { DataValidationSpec, SheetSpec } from "../../workbook/sheet-spec";
import { NUMBER_FORMATS } from "./cells";
import type { ExcelRunner } from "./office-api";

/** ExcelApi set with DataValidation. */
export const TEMPLATE_REQUIREMENT = "1.8";

const OPERATOR = (min: unknown, max: unknown) => (min !== undefined && max !== undefined ? "Between" : min !== undefined ? "GreaterThanOrEqualTo" : "LessThanOrEqualTo");

/** The Office.js rule of a validation, or null for "any value" (only the prompt). */
export function officeRule(v: DataValidationSpec): Excel.DataValidationRule | null {
  const r = v.rule;
  switch (r.type) {
    case "list":
      return { list: { inCellDropDown: true, source: r.values.join(",") } };
    case "listRef":
      return { list: { inCellDropDown: true, source: `=${r.ref}` } };
    case "custom":
      return { custom: { formula: `=${r.formula.replace(/^=/, "")}` } };
    case "any":
      return null;
    case "date":
    case "decimal":
    case "whole": {
      const bounds = [r.min, r.max].filter((b) => b !== undefined) as (number | string)[];
      const basic = { formula1: bounds[0], ...(bounds.length > 1 ? { formula2: bounds[1] } : {}), operator: OPERATOR(r.min, r.max) } as Excel.BasicDataValidation;
      if (r.type === "date") return { date: basic as Excel.DateTimeDataValidation };
      return r.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
    }
  }
}

const STYLE: Record<NonNullable<DataValidationSpec["error"]>["style"], Excel.DataValidationAlertStyle | "Stop" | "Warning" | "Information"> = { stop: "Stop", warning: "Warning", information: "Information" };

/** Rows 2… of a spec's validations: the extent the column formats cover too. */
function validatedRows(spec: SheetSpec): number {
  const last = maxOf((spec.validations ?? []).map((v) => Number(/(\d+)$/.exec(v.ref)?.[1] ?? 1)), 1);
  return last - 1;
}

function colLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Refuses when the workbook already has what the template would add; one sentence. */
async function assertRoom(excel: ExcelRunner, template: Template): Promise<void> {
  await excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const tables = context.workbook.tables.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    const lower = (s: string) => s.toLowerCase();
    const taken = new Set([...sheets.items.map((s) => lower(s.name)), ...tables.items.map((t) => lower(t.name)), ...names.items.map((n) => lower(n.name))]);
    const wanted = [...template.tables.flatMap((t) => [t.sheet, t.table]), ...template.sheets.flatMap((s) => (s.names ?? []).map((n) => n.name))];
    const clash = [...new Set(wanted.filter((w) => taken.has(lower(w))))];
    if (clash.length > 0) {
      throw new Error(
        `This workbook already has ${clash.map((c) => `"${c}"`).join(", ")}, which the submission sheets would need. Nothing was changed: make the sheets in a new, empty workbook (or with pmo-rulebook new).`,
      );
    }
  });
}

/** Writes the template into the open workbook; see the module comment. */
export async function writeTemplate(excel: ExcelRunner, writer: WorkbookWriter, template: Template): Promise<WriteResult> {
  await assertRoom(excel, template);
  const result = await writer.writeSheets(template.sheets);
  const sheetOf = new Map(result.written.map((w) => [w.spec, w.sheet]));
  await excel.run(async (context) => {
    const wb = context.workbook;
    const added = new Set<string>();
    for (const spec of template.sheets) {
      for (const n of spec.names ?? []) {
        if (added.has(n.name)) continue;
        added.add(n.name);
        wb.names.add(n.name, `=${n.ref}`).visible = true;
      }
    }
    for (const spec of template.sheets) {
      const name = sheetOf.get(spec.key);
      if (name === undefined || !spec.userSheet) continue;
      const sheet = wb.worksheets.getItem(name);
      const rows = validatedRows(spec);
      spec.columns.forEach((c, i) => {
        const format = c.style ? NUMBER_FORMATS[c.style] : undefined;
        if (!format || rows < 1) return;
        const letter = colLetters(i + 1);
        sheet.getRange(`${letter}2:${letter}${rows + 1}`).numberFormat = Array.from({ length: rows }, () => [format]);
      });
      for (const v of spec.validations ?? []) {
        const dv = sheet.getRange(v.ref).dataValidation;
        const rule = officeRule(v);
        if (rule) dv.rule = rule;
        dv.ignoreBlanks = true;
        if (v.prompt) dv.prompt = { title: v.prompt.title.slice(0, 32), message: v.prompt.text.slice(0, 255), showPrompt: true };
        if (v.error) dv.errorAlert = { title: v.error.title.slice(0, 32), message: v.error.text.slice(0, 255), style: STYLE[v.error.style] as Excel.DataValidationAlertStyle, showAlert: true };
      }
    }
    await context.sync();
  });
  await writer.writeEmbeddedRuleset(template.rulesetJson);
  return result;
}
