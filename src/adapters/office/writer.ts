/**
 * Writes generated sheets in one Excel.run. Every new sheet is built under a temporary name; only the
 * last actions of the last request (the swap) touch what the user had, in an order where a failure at
 * any step leaves a usable workbook that the next write repairs:
 *   1. remove temporary sheets earlier interrupted writes left (Hidden first when VeryHidden);
 *   2. delete the old generated sheets of the keys written (Hidden first: Excel refuses to delete a
 *      VeryHidden sheet); their marker names now point at #REF!, which the next write deletes;
 *   3. delete the stale marker names;
 *   4. per new sheet: add its hidden marker name (from here on it is ours, whatever its name), give it
 *      its real name and tab position;
 *   5. give the tables their real names.
 * Excel runs a request's actions in order and stops at the first failure, keeping what ran. After a
 * failure the writer looks at what is there, removes this write's temporary sheets and says exactly
 * which sheets were written and which are missing.
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
import { isRetryable, realSleep, withCellEditRetry, type RetryPolicy } from "./retry";
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
  const sheets = wb.worksheets.load("items/name, items/visibility, items/id");
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
        sheets: sheets.items.map((s) => ({ name: s.name, visibility: s.visibility, id: s.id })),
        names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
        tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
      },
      date1904: epoch.value === 1,
    };
  };
}

/** The marker name's comment: visible to whoever finds the name, since Excel may not hide it (office-js #3878). */
export const MARKER_COMMENT = "PMO Rulebook: marks the sheet it generated, so the next check replaces it instead of adding another. Deleting this name makes the sheet yours.";

function buildOps(specs: SheetSpec[], token: string, date1904: boolean, env: WriterEnv): { ops: Op[]; handles: Handles[] } {
  const handles = specs.map((): Handles => ({ sheet: {}, tables: [] }));
  const ops = specs.flatMap((spec, i) => {
    const h = handles[i];
    const tempName = tempSheetName(i, token);
    const add = op(tempName, (context) => {
      h.sheet.sheet = context.workbook.worksheets.add(tempName);
      if (spec.key === EMBEDDED_RULESET_SHEET || spec.store) h.sheet.sheet.visibility = "VeryHidden";
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

/** The swap: every action that changes what the user already had, in the order of the module comment. */
function runSwap(context: Excel.RequestContext, plan: WritePlan, handles: Handles[]): void {
  const wb = context.workbook;
  const remove = (name: string) => {
    const sheet = wb.worksheets.getItem(name);
    // Excel refuses to delete a VeryHidden sheet (office-js #365, by design): Hidden first.
    if (plan.veryHidden.includes(name)) sheet.visibility = "Hidden";
    sheet.delete();
  };
  for (const s of plan.leftovers) remove(s.name);
  for (const name of plan.replaced) remove(name);
  for (const name of plan.staleNames) wb.names.getItem(name).delete();
  let position = plan.insertAt;
  plan.sheets.forEach((p, i) => {
    const sheet = handles[i].sheet.sheet!;
    if (!p.embedded) {
      // A sheet written for the user to fill in is theirs: no marker (sheet-spec.ts userSheet).
      if (!p.spec.userSheet) {
        const marker = wb.names.add(markerName(p.spec.key), sheet.getRange("A1"));
        // Hidden in the request that adds it: Excel ignores hiding an existing name (office-js #3878).
        marker.visible = false;
        // Set, not passed to add(): NamedItem.comment has no undo on the web, so a write ends Excel's undo
        // history there as rename and delete do on the desktop (docs/office-adapter.md, "Undo").
        marker.comment = MARKER_COMMENT;
      }
    }
    sheet.name = p.finalName;
    if (!p.embedded) sheet.position = position++;
  });
  plan.sheets.forEach((p, i) => {
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

interface Attempt {
  /** Building started: temporary sheets may exist. */
  built: boolean;
  plan?: WritePlan;
}

async function writeOnce(specs: SheetSpec[], mode: "report" | "ruleset", env: WriterEnv, budget: number, token: string, progress: Attempt): Promise<WriteResult> {
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
      progress.plan = plan;
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
        progress.plan = plan;
      }
    }
    return { written: plan!.sheets.filter((p) => !p.embedded).map((p) => ({ spec: p.spec.key, sheet: p.finalName })), notes: plan!.notes };
  });
}

/** What a failed attempt left, as seen right after it. */
interface Aftermath {
  /** Spec keys whose new sheet is in place under its real name. */
  written: Set<string>;
  /** Spec keys whose old sheet is gone. */
  oldRemoved: Set<string>;
  /** Tables of this write that kept their temporary names. */
  tablesPending: boolean;
  /** Whether this write's temporary sheets could be removed. */
  cleaned: boolean;
}

/** Looks at the workbook after a failed attempt, removes that attempt's temporary sheets, and says what the swap got to. */
async function inspectAndClean(env: WriterEnv, token: string, plan: WritePlan | undefined): Promise<Aftermath> {
  return withCellEditRetry(
    () =>
      env.excel.run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name, items/visibility, items/id");
        const tables = context.workbook.tables.load("items/name, items/worksheet/name");
        await context.sync();
        const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        const ids = new Set(sheets.items.map((s) => s.id));
        const exists = (idOrName: string) => ids.has(idOrName) || present.has(idOrName.toLowerCase());
        const temps = new Set(sheets.items.filter((s) => s.name.endsWith(`~${token}`)).map((s) => s.name.toLowerCase()));
        const written = new Set<string>();
        const oldRemoved = new Set<string>();
        if (plan) {
          // The swap deletes every old sheet before it renames any new one.
          const allOldGone = plan.replacedIds.every((id) => !exists(id));
          for (const p of plan.sheets) {
            const old = plan.oldSheetOf.get(p.spec.key);
            if (old && !exists(old)) oldRemoved.add(p.spec.key);
            if (allOldGone && !temps.has(p.tempName.toLowerCase()) && present.has(p.finalName.toLowerCase())) written.add(p.spec.key);
          }
        }
        const tablesPending = tables.items.some((t) => t.name.endsWith(`_${token}`) && !t.worksheet.name.endsWith(`~${token}`));
        let cleaned = true;
        try {
          for (const s of sheets.items) {
            if (!s.name.endsWith(`~${token}`)) continue;
            if (s.visibility === "VeryHidden") s.visibility = "Hidden";
            s.delete();
          }
          await context.sync();
        } catch {
          cleaned = false;
        }
        return { written, oldRemoved, tablesPending, cleaned };
      }),
    env.retry,
  );
}

/** Per spec key, where the workbook stands after the attempts so far, compared with before the first. */
class WriteProgress {
  readonly written = new Set<string>();
  readonly removed = new Set<string>();
  tablesPending = false;
  leftoverToken: string | null = null;

  constructor(private readonly specs: SheetSpec[], private readonly mode: "report" | "ruleset") {}

  record(after: Aftermath | null, token: string): void {
    if (!after) {
      this.leftoverToken = token;
      return;
    }
    for (const k of after.oldRemoved) this.removed.add(k);
    for (const k of after.written) this.written.add(k);
    this.tablesPending ||= after.tablesPending;
    if (!after.cleaned) this.leftoverToken = token;
  }

  get changed(): boolean {
    return this.written.size > 0 || this.removed.size > 0;
  }

  /** The sentence that says exactly what state the workbook is in. */
  state(): string {
    const nameOf = (key: string) => `"${this.specs.find((s) => s.key === key)?.name ?? key}"`;
    const list = (keys: string[]) => keys.map(nameOf).join(", ");
    if (this.mode === "ruleset") {
      if (this.written.size > 0) return " The ruleset was stored all the same.";
      return this.removed.size > 0 ? " The ruleset stored in the workbook before was removed and the new one was not stored: save the ruleset again. Your own sheets were not changed." : "";
    }
    const written = this.specs.map((s) => s.key).filter((k) => this.written.has(k));
    const missing = this.specs.map((s) => s.key).filter((k) => this.removed.has(k) && !this.written.has(k));
    if (written.length === 0 && missing.length === 0) return "";
    const parts: string[] = [" The write stopped partway."];
    if (written.length > 0) parts.push(`Written: ${list(written)}${this.tablesPending ? " (their tables keep temporary names until the next check)" : ""}.`);
    if (missing.length > 0) parts.push(`Not written, and the earlier version removed: ${list(missing)}.`);
    const untouched = this.specs.map((s) => s.key).filter((k) => !this.written.has(k) && !this.removed.has(k));
    if (untouched.length > 0) parts.push(`Unchanged: ${list(untouched)}.`);
    parts.push("Your own sheets were not changed. Run the check again to write the summary sheets in full.");
    return parts.join(" ");
  }
}

/**
 * Writes `specs`. Attempts are repeated while Excel is in cell-edit mode or refuses a change because
 * the workbook lost focus (each attempt starts from a fresh look, which repairs what an earlier one
 * left), and once more with smaller requests if Excel rejects one as too large. The final error says
 * what happened, what state the workbook is in, and what to do.
 */
export async function writeSpecs(specs: SheetSpec[], mode: "report" | "ruleset", env: WriterEnv): Promise<WriteResult> {
  const budgets = [env.budget, Math.floor(env.budget / 4)];
  const progress = new WriteProgress(specs, mode);
  const sleep = env.retry.sleep ?? realSleep;
  let current = env;
  let budgetIndex = 0;
  for (let retries = 0; ; ) {
    const token = newToken();
    const attempt: Attempt = { built: false };
    try {
      const result = await writeOnce(specs, mode, current, budgets[budgetIndex], token, attempt);
      if (!env.canPrint && specs.some((s) => s.print)) result.notes.push("This version of Excel cannot set print options, so the sheets keep Excel's default page setup.");
      return result;
    } catch (error) {
      if (attempt.built) progress.record(await inspectAndClean(current, token, attempt.plan).catch(() => null), token);
      if (error instanceof DateSystemChanged && current.knownDate1904 !== undefined) {
        current = { ...current, knownDate1904: undefined };
        continue;
      }
      const code = officeCode(error);
      if (code === "RequestPayloadSizeLimitExceeded" && budgetIndex + 1 < budgets.length) {
        budgetIndex++;
        continue;
      }
      if (isRetryable(code) && retries + 1 < env.retry.attempts) {
        retries++;
        await sleep(env.retry.pauseMs * retries);
        continue;
      }
      const failure = toOfficeWorkbookError(error, mode === "ruleset" ? "store the ruleset in the workbook" : ACTIVITY, !progress.changed && progress.leftoverToken === null);
      failure.message += progress.state();
      if (progress.leftoverToken !== null) failure.message += ` Some temporary sheets (named "PMO~…~${progress.leftoverToken}") may remain; the next check removes them, or you can delete them.`;
      throw failure;
    }
  }
}
