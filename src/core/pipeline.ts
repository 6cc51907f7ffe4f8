/**
 * The check's pure steps: choose the ruleset, read the portfolio, run the rules, describe the report.
 * The shells (CLI, task pane, ribbon command) run them through the one workflow over the workbook
 * port, src/core/check-workflow.ts, so they cannot disagree about what a workbook's findings are.
 */
import type { WorkbookSource } from "../workbook/grid";
import type { SheetSpec } from "../workbook/sheet-spec";
import type { DayNumber } from "./model/dates";
import type { Portfolio } from "./model/portfolio";
import type { Ruleset } from "./ruleset/types";
import type { CheckResult } from "./metrics/types";
import { readPortfolio } from "./read/index";
import { runRules } from "./engine";
import { markHiddenRows } from "./findings";
import { loadRuleset } from "./ruleset/load";
import { defaultRuleset } from "./ruleset/default-ruleset";
import { findEmbeddedRuleset } from "./ruleset/embedded";
import { buildReport } from "./report/index";
import { sourceFingerprint } from "./report/fingerprint";
import { currencyFormatOf } from "./report/source-formats";
import { appendSnapshot, takeSnapshot, type Snapshot } from "./history/snapshot";
import { readSnapshots } from "./history/store-sheet";
import { releaseGrids } from "./release-grids";

export interface CheckOptions {
  asOf: DayNumber;
  /** Overrides the ruleset's over-allocation period. */
  period?: "month" | "week";
  /** Told as the check moves on (see CheckProgress); shells show it, the result does not depend on it. */
  onProgress?: (progress: CheckProgress) => void;
  /**
   * The caller needs the source's cell grids only to read the portfolio (the CLI): they are dropped
   * from it then (src/core/release-grids.ts), before the rules run. The data fingerprint is taken
   * first when `fingerprint` is true (a report or stamp will print it); otherwise asking for it
   * afterwards throws rather than hash what is left. Most sheets' cells go while the portfolio is read
   * (readPortfolio's releaseCells), the rest once it is. `released` is called each time some were dropped
   * (the CLI collects the garbage then: much of its memory just died).
   */
  releaseGrids?: { fingerprint: boolean; released?: () => void };
}

/** Where a running check is: reading the portfolio out of the grids, then `done` of `total` steps of the rules. */
export type CheckProgress = { phase: "portfolio" } | { phase: "rules"; done: number; total: number };

export interface CheckOutcome {
  ruleset: Ruleset;
  portfolio: Portfolio;
  result: CheckResult;
  /** Fingerprint of the user's data (generated sheets excluded): same data, same fingerprint. */
  fingerprint: string;
  asOf: DayNumber;
  /** The source's number format for amounts (its budget cells'), when it has one. */
  currencyFormat?: string;
  /** The runs recorded in the workbook before this one, oldest first (src/core/history). */
  history?: Snapshot[];
}

export type RulesetOrigin = "file" | "workbook" | "default";

export type ResolvedRuleset =
  | { ok: true; ruleset: Ruleset; origin: RulesetOrigin }
  | { ok: false; origin: RulesetOrigin; errors: { path: string; message: string }[] };

/**
 * Picks the ruleset: the one given explicitly (a parsed JSON value or JSON text), else the one stored
 * in the workbook, else the default. An invalid ruleset is an error, never silently replaced.
 */
export function resolveRuleset(source: WorkbookSource, explicit?: unknown): ResolvedRuleset {
  if (explicit !== undefined && explicit !== null) return withOrigin(loadRuleset(explicit), "file");
  const embedded = findEmbeddedRuleset(source);
  if (embedded !== null) return withOrigin(loadRuleset(embedded), "workbook");
  return { ok: true, ruleset: defaultRuleset(), origin: "default" };
}

function withOrigin(loaded: ReturnType<typeof loadRuleset>, origin: RulesetOrigin): ResolvedRuleset {
  return loaded.ok ? { ok: true, ruleset: loaded.ruleset, origin } : { ok: false, origin, errors: loaded.errors };
}

/** Reads the portfolio out of the grids and runs every rule of the ruleset over it. */
export function checkSource(source: WorkbookSource, ruleset: Ruleset, options: CheckOptions): CheckOutcome {
  options.onProgress?.({ phase: "portfolio" });
  let fingerprint: string | (() => string) = () => sourceFingerprint(source);
  if (options.releaseGrids) {
    // Taken before the read, which lets go of most sheets' cells as it goes (readPortfolio's releaseCells).
    if (options.releaseGrids.fingerprint) fingerprint = sourceFingerprint(source);
    else
      fingerprint = () => {
        throw new Error("The data fingerprint was not taken before the grids were released (releaseGrids.fingerprint).");
      };
  }
  const portfolio = readPortfolio(source, ruleset, options.releaseGrids ? { releaseCells: true, released: options.releaseGrids.released } : {});
  const currencyFormat = currencyFormatOf(source, portfolio);
  // Only the hidden rows are needed to mark findings after the rules ran: kept apart, so releasing the grids does not lose them.
  const hidden = source.sheets.filter((s) => s.hiddenRows?.length).map(({ name, hiddenRows }) => ({ name, hiddenRows }));
  // The runs recorded in the workbook before this one (its history sheet), for what changed since.
  const history = readSnapshots(source);
  if (options.releaseGrids) {
    releaseGrids(source);
    options.releaseGrids.released?.();
  }
  const outcome = checkPortfolio(portfolio, ruleset, options, fingerprint, currencyFormat);
  markHiddenRows(outcome.result.findings, hidden);
  // Set, not spread: a spread would read the fingerprint getter, hashing every cell when nothing asks for it.
  if (history.length) outcome.history = history;
  return outcome;
}

/** Runs every rule of the ruleset over a portfolio already read (one workbook's, or consolidated submissions'). */
export function checkPortfolio(portfolio: Portfolio, ruleset: Ruleset, options: CheckOptions, fingerprint: string | (() => string), currencyFormat?: string): CheckOutcome {
  const { onProgress } = options;
  const result = runRules(portfolio, ruleset, {
    asOf: options.asOf,
    period: options.period ?? ruleset.period,
    ...(onProgress ? { onProgress: (done: number, total: number) => onProgress({ phase: "rules", done, total }) } : {}),
  });
  // A fingerprint given as a function is hashed only when a report, stamp or run record asks for it
  // (a text or JSON check never does).
  let hashed = typeof fingerprint === "string" ? fingerprint : undefined;
  return {
    ruleset,
    portfolio,
    result,
    get fingerprint() {
      return (hashed ??= (fingerprint as () => string)());
    },
    asOf: options.asOf,
    ...(currencyFormat ? { currencyFormat } : {}),
  };
}

/** The workbook's run history after this check: its snapshot appended (or replacing a re-run of the last). */
export function historyAfter(outcome: CheckOutcome): Snapshot[] {
  return appendSnapshot(outcome.history ?? [], takeSnapshot(outcome));
}

/**
 * Describes the generated sheets (summary, findings, resource load, gates, earned value) for a check;
 * the summary compares this run with the workbook's history (historyAfter).
 */
export function reportSpecs(outcome: CheckOutcome, label: string, afterSheet?: () => void): SheetSpec[] {
  return buildReport({
    label,
    asOf: outcome.asOf,
    ruleset: outcome.ruleset,
    portfolio: outcome.portfolio,
    result: outcome.result,
    fingerprint: outcome.fingerprint,
    ...(outcome.currencyFormat ? { currencyFormat: outcome.currencyFormat } : {}),
    history: historyAfter(outcome),
  }, afterSheet);
}
