/**
 * Writes generated sheets without a half-written state, in one Excel.run:
 *   sync 1      what is there: sheets, names, tables, structure protection, date system;
 *   syncs 2..n  build every sheet under a temporary name, packed into requests under the budget;
 *   last sync   (the same request as the last build batch when it fits) delete the old generated
 *               sheets and their marker names, rename the new ones, add their markers, rename tables.
 * Excel applies a request's actions in order and stops at the first failure, so until the final
 * actions run the user's workbook only has extra temporary sheets, which a failure removes.
 */
import type { WriteResult } from "../../workbook/port";
import type { SheetSpec } from "../../workbook/sheet-spec";
import { chartOps, conditionalOps, tableOps, type TableHandle } from "./decor-ops";
import { OfficeWorkbookError, officeCode, toOfficeWorkbookError } from "./errors";
import { markerName } from "./names";
import type { ExcelRunner } from "./office-api";
import { op, packBatches, type Op } from "./ops";
import { planWrite, type PlannedSheet, type WorkbookSnapshot } from "./plan";
import { withCellEditRetry, type RetryPolicy } from "./retry";
import { contentOps, layoutOps, type SheetHandle } from "./sheet-ops";

export interface WriterEnv {
  excel: ExcelRunner;
  retry: RetryPolicy;
  budget: number;
  canPrint: boolean;
  cellProperties: boolean;
  /** ExcelApi 1.8: chart axis number formats. */
  axisFormat: boolean;
  mergeUndo: boolean;
}

const ACTIVITY = "write the summary sheets";

function newToken(): string {
  return Math.random().toString(36).slice(2, 8);
}

async function snapshotOf(context: Excel.RequestContext): Promise<{ snapshot: WorkbookSnapshot; date1904: boolean }> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name, items/visibility");
  const names = wb.names.load("items/name, items/formula");
  const tables = wb.tables.load("items/name, items/worksheet/name");
  const protection = wb.protection.load("protected");
  const epoch = wb.functions.date(1904, 1, 2).load("value");
  await context.sync();
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
}

function buildOps(planned: PlannedSheet, date1904: boolean, env: WriterEnv, tempSuffix: string, handles: { sheet: SheetHandle; tables: TableHandle[] }): Op[] {
  const { spec } = planned;
  const add = op(planned.tempName, (context) => {
    handles.sheet.sheet = context.workbook.worksheets.add(planned.tempName);
    if (planned.embedded) handles.sheet.sheet.visibility = "VeryHidden";
  });
  return [
    add,
    ...contentOps(spec, handles.sheet, date1904, env.cellProperties),
    ...layoutOps(spec, handles.sheet, env.canPrint),
    ...tableOps(spec, handles.sheet, handles.tables, tempSuffix, planned.tableNames),
    ...conditionalOps(spec.conditionalFormats, handles.sheet),
    ...chartOps(spec.charts, handles.sheet, env.axisFormat),
  ];
}

/** The swap: every action that changes what the user already had is here, in the last request. */
function finalOps(plan: ReturnType<typeof planWrite>, handles: { sheet: SheetHandle; tables: TableHandle[] }[]): Op[] {
  return [
    op(plan, (context) => {
      const wb = context.workbook;
      for (const name of plan.staleNames) wb.names.getItem(name).delete();
      for (const name of plan.replaced) wb.worksheets.getItem(name).delete();
      let position = plan.insertAt;
      plan.sheets.forEach((p, i) => {
        const sheet = handles[i].sheet.sheet!;
        sheet.name = p.finalName;
        if (!p.embedded) {
          sheet.position = position++;
          wb.names.add(markerName(p.spec.key), sheet.getRange("A1")).visible = false;
        }
        for (const t of handles[i].tables) t.table!.name = t.finalName;
      });
    }),
  ];
}

async function removeTemporarySheets(env: WriterEnv, token: string): Promise<void> {
  await withCellEditRetry(
    () =>
      env.excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        for (const s of sheets.items) if (s.name.endsWith(`~${token}`)) s.delete();
        await context.sync();
      }),
    env.retry,
  );
}

async function writeOnce(specs: SheetSpec[], mode: "report" | "ruleset", env: WriterEnv, budget: number, token: string, progress: { built: boolean }): Promise<WriteResult> {
  const options: Excel.RunOptions = env.mergeUndo ? { mergeUndoGroup: true } : {};
  return env.excel.run(options, async (context) => {
    const { snapshot, date1904 } = await snapshotOf(context);
    const plan = planWrite(snapshot, specs, mode, token);
    const handles = plan.sheets.map(() => ({ sheet: {} as SheetHandle, tables: [] as TableHandle[] }));
    const build = plan.sheets.flatMap((p, i) => buildOps(p, date1904, env, `_${token}`, handles[i]));
    const batches = packBatches([...build, ...finalOps(plan, handles)], budget);
    for (const batch of batches) {
      context.application.suspendApiCalculationUntilNextSync();
      for (const o of batch) o.run(context);
      progress.built = true;
      await context.sync();
    }
    return { written: plan.sheets.filter((p) => !p.embedded).map((p) => ({ spec: p.spec.key, sheet: p.finalName })), notes: plan.notes };
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
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await withCellEditRetry(async () => {
        const token = newToken();
        const progress = { built: false };
        try {
          return await writeOnce(specs, mode, env, budgets[attempt], token, progress);
        } catch (error) {
          if (progress.built) {
            await removeTemporarySheets(env, token).catch(() => (leftover = token));
          }
          throw error;
        }
      }, env.retry);
      if (!env.canPrint && specs.some((s) => s.print)) result.notes.push("This version of Excel cannot set print options, so the sheets keep Excel's default page setup.");
      return result;
    } catch (error) {
      const tooLarge = officeCode(error) === "RequestPayloadSizeLimitExceeded";
      if (tooLarge && leftover === null && attempt + 1 < budgets.length) continue;
      const failure = toOfficeWorkbookError(error, ACTIVITY, leftover === null);
      if (leftover !== null) failure.message += ` Some temporary sheets (named "PMO~…~${leftover}") may remain; you can delete them.`;
      throw failure;
    }
  }
}
