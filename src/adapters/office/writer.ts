/**
 * Writes generated sheets without a half-written state, in one Excel.run. Every new sheet is built under
 * a temporary name; only the last actions of the last request (the swap) touch what the user had:
 * delete the old generated sheets and their marker names, rename the new ones, add their markers,
 * rename their tables. Excel runs a request's actions in order and stops at the first failure, so
 * until the swap runs the workbook only has extra temporary sheets, which a failure removes.
 *
 * What is there (sheets, names, tables, protection) is loaded in a sync of its own before building,
 * or, when the date system is already known from a read and the build needs more than one request,
 * in the first build request itself: one sync fewer for big reports.
 */
import type { WriteResult } from "../../workbook/port";
import type { SheetSpec } from "../../workbook/sheet-spec";
import { chartOps, conditionalOps, tableOps, type TableHandle } from "./decor-ops";
import { OfficeWorkbookError, officeCode, toOfficeWorkbookError } from "./errors";
import { markerName } from "./names";
import type { ExcelRunner } from "./office-api";
import { op, packBatches, type Op } from "./ops";
import { planWrite, tempSheetName, type WorkbookSnapshot, type WritePlan } from "./plan";
import { withCellEditRetry, type RetryPolicy } from "./retry";
import { contentOps, layoutOps, type SheetHandle } from "./sheet-ops";
import { EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";

export interface WriterEnv {
  excel: ExcelRunner;
  retry: RetryPolicy;
  budget: number;
  canPrint: boolean;
  cellProperties: boolean;
  /** ExcelApi 1.8: chart axis number formats. */
  axisFormat: boolean;
  /** The workbook's date system from the last read, when there was one. */
  knownDate1904?: boolean;
}

const ACTIVITY = "write the summary sheets";

interface Handles {
  sheet: SheetHandle;
  tables: TableHandle[];
}

/** The date system changed since the read the writer relied on: build again from a fresh look. */
class DateSystemChanged extends Error {}

function newToken(): string {
  return Math.random().toString(36).slice(2, 8);
}

/** Queues the loads that describe the workbook; the returned function reads them after the sync. */
function queueSnapshot(context: Excel.RequestContext): () => { snapshot: WorkbookSnapshot; date1904: boolean } {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name, items/visibility");
  const names = wb.names.load("items/name, items/formula");
  const tables = wb.tables.load("items/name, items/worksheet/name");
  const protection = wb.protection.load("protected");
  const epoch = wb.functions.date(1904, 1, 2).load("value");
  return () => {
    if (protection.protected) {
      throw new OfficeWorkbookError("protected", `The workbook structure is protected, so PMO Rulebook could not ${ACTIVITY}. Unprotect it (Review > Protect Workbook) and try again. Nothing in the workbook was changed.`);
    }
    return {
      snapshot: {
        sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility })),
        names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
        tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      },
      date1904: epoch.value === 1,
    };
  };
}

function buildOps(specs: SheetSpec[], token: string, date1904: boolean, env: WriterEnv): { ops: Op[]; handles: Handles[] } {
  const handles = specs.map((): Handles => ({ sheet: {}, tables: [] }));
  const ops = specs.flatMap((spec, i) => {
    const h = handles[i];
    const tempName = tempSheetName(i, token);
    const add = op(tempName, (context) => {
      h.sheet.sheet = context.workbook.worksheets.add(tempName);
      if (spec.key === EMBEDDED_RULESET_SHEET) h.sheet.sheet.visibility = "VeryHidden";
    });
    return [
      add,
      ...contentOps(spec, h.sheet, date1904, env.cellProperties),
      ...layoutOps(spec, h.sheet, env.canPrint),
      ...tableOps(spec, h.sheet, h.tables, `_${token}`),
      ...conditionalOps(spec.conditionalFormats, h.sheet),
      ...chartOps(spec.charts, h.sheet, env.axisFormat),
    ];
  });
  return { ops, handles };
}

/** The swap: every action that changes what the user already had. */
function runSwap(context: Excel.RequestContext, plan: WritePlan, handles: Handles[]): void {
  const wb = context.workbook;
  for (const name of plan.staleNames) wb.names.getItem(name).delete();
  for (const name of plan.replaced) {
    const sheet = wb.worksheets.getItem(name);
    // Excel refuses to delete a VeryHidden sheet (office-js #365, by design): Hidden first.
    if (plan.veryHidden.includes(name)) sheet.visibility = "Hidden";
    sheet.delete();
  }
  let position = plan.insertAt;
  plan.sheets.forEach((p, i) => {
    const sheet = handles[i].sheet.sheet!;
    sheet.name = p.finalName;
    if (!p.embedded) {
      sheet.position = position++;
      wb.names.add(markerName(p.spec.key), sheet.getRange("A1")).visible = false;
    }
    for (const t of handles[i].tables) t.table!.name = p.tableNames.get(t.specName) ?? t.specName;
  });
  // The workbook shows the spec marked active (the Portfolio Summary) once written.
  const active = plan.sheets.findIndex((p) => !p.embedded && p.spec.active);
  if (active >= 0) handles[active].sheet.sheet!.activate();
}

/** A generous estimate of the swap's request bytes, reserved before the plan exists. */
function swapBytes(specs: SheetSpec[]): number {
  return 600 + specs.reduce((n, s) => n + 500 + 150 * (s.tables?.length ?? 0), 0);
}

async function removeTemporarySheets(env: WriterEnv, token: string): Promise<void> {
  await withCellEditRetry(
    () =>
      env.excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name, items/visibility");
        await context.sync();
        for (const s of sheets.items) {
          if (!s.name.endsWith(`~${token}`)) continue;
          if (s.visibility === "VeryHidden") s.visibility = "Hidden";
          s.delete();
        }
        await context.sync();
      }),
    env.retry,
  );
}

async function writeOnce(specs: SheetSpec[], mode: "report" | "ruleset", env: WriterEnv, budget: number, token: string, progress: { built: boolean }): Promise<WriteResult> {
  // Never mergeUndoGroup: a write deletes and renames sheets, which have no undo support, so a grouped
  // run would throw UndoNotSupported (see docs/office-adapter.md, "Undo").
  return env.excel.run(async (context) => {
    let plan: WritePlan | undefined;
    let readSnapshot: (() => { snapshot: WorkbookSnapshot; date1904: boolean }) | undefined;
    let date1904 = env.knownDate1904;
    let build = date1904 === undefined ? undefined : buildOps(specs, token, date1904, env);
    const swap: Op = { bytes: swapBytes(specs), run: (ctx) => runSwap(ctx, plan!, build!.handles) };
    let batches = build ? packBatches([...build.ops, swap], budget) : [];
    if (batches.length > 1) {
      // The look at the workbook rides in the first build request, ahead of its actions.
      readSnapshot = queueSnapshot(context);
    } else {
      const look = queueSnapshot(context);
      await context.sync();
      const seen = look();
      date1904 = seen.date1904;
      plan = planWrite(seen.snapshot, specs, mode, token);
      build = buildOps(specs, token, date1904, env);
      batches = packBatches([...build.ops, swap], budget);
    }
    for (const batch of batches) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const o of batch) o.run(context);
      progress.built = true;
      await context.sync();
      if (readSnapshot) {
        const seen = readSnapshot();
        readSnapshot = undefined;
        if (seen.date1904 !== date1904) throw new DateSystemChanged();
        plan = planWrite(seen.snapshot, specs, mode, token);
      }
    }
    return { written: plan!.sheets.filter((p) => !p.embedded).map((p) => ({ spec: p.spec.key, sheet: p.finalName })), notes: plan!.notes };
  });
}

/**
 * Writes `specs`, retrying in cell-edit mode and once more with smaller requests if Excel rejects one
 * as too large. Each attempt that fails after building started removes its temporary sheets first, so
 * the workbook is as it was; the final error says what happened and what to do.
 */
export async function writeSpecs(specs: SheetSpec[], mode: "report" | "ruleset", env: WriterEnv): Promise<WriteResult> {
  const budgets = [env.budget, Math.floor(env.budget / 4)];
  let leftover: string | null = null;
  let current = env;
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await withCellEditRetry(async () => {
        const token = newToken();
        const progress = { built: false };
        try {
          return await writeOnce(specs, mode, current, budgets[Math.min(attempt, budgets.length - 1)], token, progress);
        } catch (error) {
          if (progress.built) await removeTemporarySheets(current, token).catch(() => (leftover = token));
          throw error;
        }
      }, current.retry);
      if (!env.canPrint && specs.some((s) => s.print)) result.notes.push("This version of Excel cannot set print options, so the sheets keep Excel's default page setup.");
      return result;
    } catch (error) {
      if (error instanceof DateSystemChanged && leftover === null && current.knownDate1904 !== undefined) {
        current = { ...current, knownDate1904: undefined };
        continue;
      }
      const tooLarge = officeCode(error) === "RequestPayloadSizeLimitExceeded";
      if (tooLarge && leftover === null && attempt + 1 < budgets.length) continue;
      const failure = toOfficeWorkbookError(error, ACTIVITY, leftover === null);
      if (leftover !== null) failure.message += ` Some temporary sheets (named "PMO~…~${leftover}") may remain; you can delete them.`;
      throw failure;
    }
  }
}
