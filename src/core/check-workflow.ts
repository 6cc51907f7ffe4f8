/**
 * The one check workflow, over the workbook port: read the workbook, choose the ruleset, run the
 * check, and (when asked) write the report sheets. The CLI, the task pane and the ribbon command all
 * call checkWorkbook; they differ only in the reader, writer and checker they hand in (ExcelJS on a
 * file's bytes, Office.js, a Web Worker) and in what they do with the result (print it, show it,
 * record it). Consolidation (src/core/consolidate) runs the same steps over many submissions.
 *
 * "After the check, before writing" has one place: sheetsToWrite. Whatever a check writes into the
 * workbook (the report sheets today) is decided there, for every shell.
 */
import type { WorkbookReader, WorkbookWriter, WriteResult } from "../workbook/port";
import type { WorkbookSource } from "../workbook/grid";
import type { SheetSpec } from "../workbook/sheet-spec";
import type { DayNumber } from "./model/dates";
import type { Ruleset } from "./ruleset/types";
import { historySheet } from "./history/store-sheet";
import { checkSource, historyAfter, reportSpecs, resolveRuleset, type CheckOptions, type CheckOutcome, type CheckProgress, type RulesetOrigin } from "./pipeline";

/** Runs the core check (checkSource): inline, or in a Web Worker in the pane. P is the progress it tells. */
export type Checker<P = CheckProgress> = (
  source: WorkbookSource,
  ruleset: Ruleset,
  options: Omit<CheckOptions, "onProgress"> & { onProgress?: (progress: P) => void },
) => Promise<CheckOutcome>;

export type WorkflowStage = "reading" | "checking" | "writing";

export interface WorkflowDeps<P = CheckProgress> {
  reader: WorkbookReader;
  /** Needed only when the request writes. */
  writer?: WorkbookWriter;
  /** Default: checkSource on this thread. */
  check?: Checker<P>;
}

export interface WorkflowRequest<P = CheckProgress> {
  asOf: DayNumber;
  /** Overrides the ruleset's over-allocation period. */
  period?: "month" | "week";
  /** The ruleset given explicitly (parsed JSON or a Ruleset); absent: the workbook's own, else the default. */
  ruleset?: unknown;
  /** Write the report sheets (sheetsToWrite) through the writer. */
  writeSheets: boolean;
  /** Also store the ruleset used inside the workbook (when writing). */
  embedRuleset?: boolean;
  /**
   * The shell needs no cell grids after the check (the CLI): they are dropped as soon as the
   * portfolio is read, keeping the product's own sheets for the writer (src/core/release-grids.ts).
   * `willWrite`: the report will be written (here or later through writeCheck), so the data
   * fingerprint is taken before the grids go. Only for the inline checker; a worker has its own copy.
   */
  releaseGrids?: { willWrite: boolean; released?: () => void };
  onStage?: (stage: WorkflowStage) => void;
  onProgress?: (progress: P) => void;
  /** Called between stages so a UI can paint; default: nothing. */
  yieldBetween?: () => Promise<void>;
}

export type WorkflowResult =
  | {
      ok: true;
      source: WorkbookSource;
      outcome: CheckOutcome;
      rulesetOrigin: RulesetOrigin;
      /** What the writer wrote (when asked to write and it could). */
      written?: WriteResult;
      /** Why the sheets could not be written; the findings still stand and the workbook is unchanged. */
      writeError?: string;
    }
  /** The ruleset (given, or stored in the workbook) is invalid: nothing was checked. */
  | { ok: false; source: WorkbookSource; rulesetOrigin: RulesetOrigin; errors: { path: string; message: string }[] };

const inline: Checker<CheckProgress> = async (source, ruleset, options) => checkSource(source, ruleset, options);

/**
 * Reads, checks and (when asked) writes. Errors of reading propagate (the shell words them for its
 * user); a failed write is returned as writeError, never thrown: the findings are good without it.
 */
export async function checkWorkbook<P = CheckProgress>(deps: WorkflowDeps<P>, request: WorkflowRequest<P>): Promise<WorkflowResult> {
  const pause = request.yieldBetween ?? (async () => undefined);
  request.onStage?.("reading");
  const source = await deps.reader.read();
  const resolved = resolveRuleset(source, request.ruleset);
  if (!resolved.ok) return { ok: false, source, rulesetOrigin: resolved.origin, errors: resolved.errors };

  request.onStage?.("checking");
  await pause();
  const check = deps.check ?? (inline as unknown as Checker<P>);
  const outcome = await check(source, resolved.ruleset, {
    asOf: request.asOf,
    ...(request.period ? { period: request.period } : {}),
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
    ...(request.releaseGrids && !deps.check ? { releaseGrids: { fingerprint: request.releaseGrids.willWrite || request.writeSheets, released: request.releaseGrids.released } } : {}),
  });

  if (!request.writeSheets) return { ok: true, source, outcome, rulesetOrigin: resolved.origin };
  request.onStage?.("writing");
  await pause();
  const written = await writeCheck(deps.writer, outcome, source, request.embedRuleset === true);
  return { ok: true, source, outcome, rulesetOrigin: resolved.origin, ...written };
}

/**
 * Everything a check writes into the workbook, decided once for every shell: the report sheets.
 * (A run snapshot, when there is one, belongs here too.)
 */
export function sheetsToWrite(outcome: CheckOutcome, source: WorkbookSource, afterSheet?: () => void): SheetSpec[] {
  // The run is recorded in the workbook's own history sheet as the report is written (issue 12 §3).
  const sheets = reportSpecs(outcome, source.label, afterSheet);
  sheets.push(historySheet(historyAfter(outcome)));
  return sheets;
}

/** What a check writes, described from its outcome before anything is written (describeWrite). */
export interface CheckWrite {
  sheets: SheetSpec[];
  /** The ruleset's JSON, when it is stored inside the workbook too. */
  embeddedRuleset?: string;
}

/**
 * Describes a check's write: sheetsToWrite, and the ruleset when it is embedded. The write itself
 * needs only this, not the outcome: a caller that lets the outcome go before writing (the CLI) does
 * not hold the portfolio while the package is written (at 100k projects about 750 MB). `afterSheet` is
 * called as each report sheet is described (buildReport).
 */
export function describeWrite(outcome: CheckOutcome, source: WorkbookSource, embedRuleset: boolean, afterSheet?: () => void): CheckWrite {
  const sheets = sheetsToWrite(outcome, source, afterSheet);
  return embedRuleset ? { sheets, embeddedRuleset: JSON.stringify(outcome.ruleset) } : { sheets };
}

/**
 * Lets go, in place, of the portfolio's records no report sheet reads: the plan's assignments, the gate
 * log and the financial periods (the report shows them through the check's metrics and findings). For a
 * caller that describes the write next and then drops the outcome (the CLI): at 100k projects 1.2M
 * records, about 170 MB, that would otherwise live beside the report's sheets as they are described.
 */
export function releaseUnreported(outcome: CheckOutcome): void {
  const { portfolio } = outcome;
  portfolio.assignments = [];
  portfolio.gates = [];
  portfolio.financials = [];
}

/** Writes sheetsToWrite (and the ruleset, when asked); a failure comes back as writeError. */
export async function writeCheck(
  writer: WorkbookWriter | undefined,
  outcome: CheckOutcome,
  source: WorkbookSource,
  embedRuleset: boolean,
): Promise<{ written?: WriteResult; writeError?: string }> {
  if (!writer) return noWriter();
  let write: CheckWrite;
  try {
    write = describeWrite(outcome, source, embedRuleset);
  } catch (e) {
    return { writeError: e instanceof Error ? e.message : String(e) };
  }
  return writeDescribed(writer, write);
}

/** Writes a described check write (describeWrite); a failure comes back as writeError. */
export async function writeDescribed(writer: WorkbookWriter | undefined, write: CheckWrite): Promise<{ written?: WriteResult; writeError?: string }> {
  if (!writer) return noWriter();
  // A failed write (protected workbook, old Excel) leaves the workbook unchanged; the findings stand.
  try {
    if (write.embeddedRuleset !== undefined) await writer.writeEmbeddedRuleset(write.embeddedRuleset);
    // A write replaces only the generated sheets of the keys it writes: a submission stamp stays as it is.
    return { written: await writer.writeSheets(write.sheets) };
  } catch (e) {
    return { writeError: e instanceof Error ? e.message : String(e) };
  }
}

const noWriter = () => ({ writeError: "There is nowhere to write the report sheets." });
