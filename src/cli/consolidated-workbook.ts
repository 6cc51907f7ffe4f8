/**
 * `check --consolidate --out <file.xlsx>`: a new workbook holding the consolidated data sheets
 * (core/consolidate/export-sheets.ts) as plain, user-owned sheets (the reader reads them like any
 * register), then checked on its own through the one check workflow, which adds the report sheets.
 * The submissions are never changed.
 */
import { basename } from "node:path";
import { checkWorkbook, writeCheck } from "../core/check-workflow";
import { consolidatedSheets } from "../core/consolidate/export-sheets";
import type { CheckOutcome } from "../core/pipeline";
import type { DayNumber } from "../core/model/dates";
import type { SheetSpec, SpecCell } from "../workbook/sheet-spec";
import { CliError, reason } from "./errors";
import { writeWorkbookFile } from "./write-output";
import { xlsxBytesWorkbook } from "./xlsx-workbook";
import type { WrittenOutput } from "./write-report";

const FORMATS: Partial<Record<NonNullable<SpecCell["style"]>, string>> = { date: "yyyy-mm-dd", percent: "0%", percent1: "0.0%", currency: "#,##0", integer: "#,##0", decimal2: "0.00" };

/** The data sheets as a new .xlsx package: values, number formats, a bold frozen header row. */
export async function plainWorkbook(specs: SheetSpec[]): Promise<Uint8Array> {
  // Loaded here, not with the CLI: every other command would pay its 0.2 s of module load.
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "PMO Rulebook";
  wb.created = wb.modified = new Date(Date.UTC(2000, 0, 1));
  for (const spec of specs) {
    const ws = wb.addWorksheet(spec.name, spec.freeze ? { views: [{ state: "frozen", ySplit: spec.freeze.rows, xSplit: spec.freeze.cols }] } : {});
    ws.columns = spec.columns.map((c) => ({ width: c.width }));
    spec.rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const target = row.getCell(c + 1);
        target.value = cell.type === "date" && typeof cell.value === "string" ? new Date(`${cell.value}T00:00:00Z`) : cell.value;
        const format = cell.style ? FORMATS[cell.style] : undefined;
        if (format) target.numFmt = format;
        if (cell.style === "header") target.font = { bold: true };
      });
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Writes the consolidated workbook to `target`: the data sheets, then the report of checking it on
 * its own. Its Source column carries what only the submissions knew (which file each row came from:
 * a person's other capacity, a project id claimed by two files), so its own check finds what the
 * consolidation found (core/consolidate/regroup.ts). Returns what was written and the workbook's own
 * check, for comparison.
 */
export async function writeConsolidatedWorkbook(
  target: string,
  consolidated: CheckOutcome,
  options: { asOf: DayNumber; period?: "month" | "week"; embedRules: boolean },
): Promise<{ output: WrittenOutput; own: CheckOutcome }> {
  const label = basename(target);
  const data = consolidatedSheets(consolidated.portfolio);
  const workbook = xlsxBytesWorkbook(await plainWorkbook(data), label);
  const checked = await checkWorkbook({ reader: workbook, writer: workbook }, { asOf: options.asOf, period: options.period, ruleset: consolidated.ruleset, writeSheets: false });
  if (!checked.ok) throw new CliError(`The consolidated workbook could not be checked: ${checked.errors.map((e) => e.message).join("; ")}.`);
  const own = checked.outcome;
  const { written, writeError } = await writeCheck(workbook, own, checked.source, options.embedRules);
  const bytes = workbook.output()?.bytes;
  if (writeError !== undefined || !written || !bytes) throw new CliError(`The consolidated workbook could not be written (${reason(writeError ?? "nothing was written")}).`);
  try {
    await writeWorkbookFile(target, bytes);
  } catch (error) {
    throw new CliError(`The consolidated workbook could not be written to ${target} (${reason(error)}).`);
  }
  const sheets = [...data.map((s) => s.name), ...written.written.map((w) => w.sheet)];
  return { output: { file: target, sheets, notes: written.notes }, own };
}
