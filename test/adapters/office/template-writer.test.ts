/**
 * Issue 16 in Excel: the submission template written into the open workbook by the Office adapter
 * (over the strict stand-in) has what the file writer writes — the same sheets and tables, the same
 * validations (rule, prompt, alert) on the same ranges, the drop-downs' names, the column formats, no
 * marker on the table sheets — and the stored ruleset; a workbook that already has a Projects sheet
 * is refused unchanged.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { newWorkbookXlsx } from "../../../src/adapters/xlsx/write/blank";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { officeRule, writeTemplate } from "../../../src/adapters/office/template-writer";
import { dumpStandin } from "../../../src/excel-standin";
import { rectAddress } from "../../../src/excel-standin/a1";
import { resolveRuleset, checkSource } from "../../../src/core/pipeline";
import { dayFromIso } from "../../../src/core/model/dates";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { buildTemplate } from "../../../src/core/template/index";
import { officeOver, userBook } from "./helpers";

const template = buildTemplate(defaultRuleset());

describe("the submission template through the Office adapter", () => {
  it("writes the sheets, tables, names, formats and validations the file writer writes", async () => {
    const state = userBook({ Notes: [["Ask finance"]] });
    const { Excel, workbook } = officeOver(state, "1.17");
    const result = await writeTemplate(Excel, workbook, template);
    expect(result.written.map((w) => w.sheet)).toEqual(template.sheets.map((s) => s.name));
    const out = dumpStandin(state);
    expect(out.sheets.map((s) => s.name)).toEqual(["Notes", ...template.sheets.map((s) => s.name), "_PMORulebook"]);

    const file = newWorkbookXlsx(template.sheets, { embeddedRuleset: template.rulesetJson }).bytes;
    const fromFile = await readXlsx(file, { label: "t.xlsx" });
    expect(out.tables.map((t) => [t.name, t.sheet, t.ref])).toEqual(fromFile.tables.map((t) => [t.name, t.sheet, t.ref]));

    // Validations: the same ranges with the same rules, prompts and alerts as the file's.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
    for (const spec of template.sheets.filter((s) => s.userSheet)) {
      const sheet = state.sheets.find((s) => s.name === spec.name)!;
      expect(sheet.validations.map((v) => rectAddress(v.rect)), spec.name).toEqual((spec.validations ?? []).map((v) => v.ref));
      (spec.validations ?? []).forEach((v, i) => {
        const got = sheet.validations[i];
        expect(got.rule, `${spec.name} ${v.ref}`).toEqual(officeRule(v) ?? {});
        expect(got.prompt?.message).toBe(v.prompt?.text);
        expect(got.errorAlert?.style.toLowerCase()).toBe(v.error?.style ?? undefined);
        // The file says the same: ExcelJS reads the rule's kind and messages back.
        const cell = wb.getWorksheet(spec.name)!.getCell(v.ref.split(":")[0]).dataValidation as { type?: string; prompt?: string; error?: string };
        expect(cell.prompt).toBe(got.prompt?.message);
        expect(cell.error).toBe(got.errorAlert?.message);
      });
      // Column formats over the validated rows, as the file's column styles.
      spec.columns.forEach((c, i) => {
        const fmt = wb.getWorksheet(spec.name)!.getColumn(i + 1).numFmt;
        const at = sheet.formats[1]?.[i];
        expect(at ?? undefined, `${spec.name} column ${i + 1}`).toBe(c.style ? fmt : undefined);
      });
    }
    const names = new Map(state.names.map((n) => [n.name, n.constant]));
    expect(names.get("PMO_ProjectIDs")).toBe("=Projects[ID]");
    expect(names.get("PMO_ResourceNames")).toBe("=Resources[Name]");
    expect(names.get("PMO_ObjectiveNames")).toBe("=Objectives[Objective]");
    // Only the guide is the product's sheet; the tables are the user's.
    expect(state.names.filter((n) => n.name.startsWith("_PMORulebook_Generated_")).map((n) => n.name)).toEqual(["_PMORulebook_Generated_template_guide"]);
  });

  it("leaves a workbook that checks as no projects yet, with the template's ruleset", async () => {
    const state = userBook({ Notes: [["Ask finance"]] });
    const { Excel, workbook } = officeOver(state, "1.17");
    await writeTemplate(Excel, workbook, template);
    const source = await workbook.read();
    const resolved = resolveRuleset(source, undefined);
    expect(resolved.ok && resolved.origin).toBe("workbook");
    const outcome = checkSource(source, defaultRuleset(), { asOf: dayFromIso("2026-11-25") });
    expect(outcome.result.findings).toEqual([]);
    expect(outcome.portfolio.detections.map((d) => d.entity).sort()).toEqual(template.tables.map((t) => t.entity).sort());
  });

  it("refuses a workbook that already has a Projects sheet, and changes nothing", async () => {
    const state = userBook();
    const before = JSON.stringify(dumpStandin(state));
    const { Excel, workbook } = officeOver(state, "1.17");
    await expect(writeTemplate(Excel, workbook, template)).rejects.toThrow('This workbook already has "Projects", which the submission sheets would need. Nothing was changed');
    expect(JSON.stringify(dumpStandin(state))).toBe(before);
  });
});
