/** The adapter over the stand-in under a host profile, as the add-in builds it in that Excel. */
import { resolve } from "node:path";
import { createStandinExcel, type HostProfile, type StandinOptions, type WorkbookState } from "../../../../src/excel-standin";
import { standinStateFromXlsx } from "../../../../src/excel-standin/from-exceljs";
import { OfficeWorkbook } from "../../../../src/adapters/office";
import { checkSource, reportSpecs, resolveRuleset } from "../../../../src/core/pipeline";
import { dayFromIso } from "../../../../src/core/model/dates";
import type { WorkbookSource } from "../../../../src/workbook/grid";
import type { SheetSpec } from "../../../../src/workbook/sheet-spec";

export const SAMPLE = resolve(import.meta.dirname, "../../../../assets/sample-portfolio.xlsx");
export const AS_OF = dayFromIso("2026-11-25");

/** Retries do not wait in tests. */
export function adapterOver(state: WorkbookState, profile: HostProfile, options: Omit<StandinOptions, "profile"> & { requestBudgetBytes?: number } = {}) {
  const standin = createStandinExcel(state, { ...options, profile });
  const workbook = new OfficeWorkbook({
    excel: standin.Excel,
    requirements: standin.requirements,
    platform: standin.platform,
    label: state.label,
    retry: { attempts: 3, pauseMs: 1, sleep: async () => undefined },
    requestBudgetBytes: options.requestBudgetBytes,
  });
  return { ...standin, workbook };
}

export async function sampleState(): Promise<WorkbookState> {
  return standinStateFromXlsx(SAMPLE, "sample-portfolio.xlsx");
}

/** The check the pane runs on what the adapter read: the specs of every report sheet and chart. */
export function reportOf(source: WorkbookSource): SheetSpec[] {
  const ruleset = resolveRuleset(source);
  if (!ruleset.ok) throw new Error("the ruleset did not load");
  return reportSpecs(checkSource(source, ruleset.ruleset, { asOf: AS_OF }), source.label);
}

export const sheetNames = (state: WorkbookState) => state.sheets.map((s) => s.name);
export const tempSheets = (state: WorkbookState) => state.sheets.filter((s) => s.name.startsWith("PMO~")).map((s) => s.name);
export const brokenNames = (state: WorkbookState) => state.names.filter((n) => n.target && !state.sheets.some((s) => s.id === n.target!.sheetId)).map((n) => n.name);

export const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as { problem?: string; officeCode?: string; message: string });
