/**
 * The check workflow (src/core/check-workflow.ts) over many submissions: each workbook is read through
 * its port and its records kept (the grids are dropped before the next file is read), then the whole
 * ruleset runs once over the consolidated portfolio. The CLI (`check --consolidate`) and the pane
 * ("Consolidate workbooks…") both call consolidateWorkbooks; they differ in the readers they hand in.
 */
import type { WorkbookSource } from "../../workbook/grid";
import type { WorkbookReader } from "../../workbook/port";
import type { DayNumber } from "../model/dates";
import type { Ruleset } from "../ruleset/types";
import { checkPortfolio, resolveRuleset, type CheckOutcome, type ResolvedRuleset, type CheckProgress, type RulesetOrigin } from "../pipeline";
import { readPortfolio } from "../read/index";
import { readSummary, type ReadSummary } from "../read/summary";
import { sourceFingerprint } from "../report/fingerprint";
import { currencyFormatOf } from "../report/source-formats";
import { loadRuleset } from "../ruleset/load";
import { defaultRuleset } from "../ruleset/default-ruleset";
import { findEmbeddedRuleset } from "../ruleset/embedded";
import { markHiddenRows } from "../findings";
import { Consolidation, fileSheet, locateFindings, type SubmissionSummary } from "./index";

export interface SubmissionInput {
  /** How the submission is named in locations and messages (the path as given, or the file's name). */
  file: string;
  reader: WorkbookReader;
}

export type SubmissionRead =
  | ({ status: "read"; read: ReadSummary } & SubmissionSummary)
  | { status: "failed"; file: string; error: string; details: string[] };

export interface ConsolidateRequest {
  asOf: DayNumber;
  period?: "month" | "week";
  /** The ruleset given explicitly (parsed JSON or a Ruleset); absent: the one the submissions store, else the default. */
  ruleset?: unknown;
  /** The consolidated portfolio's label (the report's title). */
  label: string;
  /** One sentence for a submission that could not be read (default: the error's message). */
  describeError?: (file: string, error: unknown) => string;
  /**
   * Hash every submission's cells into the outcome's data fingerprint, for a report or run record of
   * the consolidated outcome itself. Off by default: the CLI and the pane print none (the CLI's --out
   * workbook is checked on its own, with its own fingerprint), and hashing every cell of every file
   * costs a tenth of reading them. Off, asking for the outcome's fingerprint throws.
   */
  fingerprint?: boolean;
  /**
   * How many submissions are read ahead of the one whose records are being taken (default 1): a reader
   * that works off this thread (the CLI's worker threads, the pane's Web Worker) then reads the next
   * files while this one is merged. Memory holds at most this many more sources than one at a time.
   */
  readAhead?: number;
  /** Told as each submission's turn comes (its read may have started earlier), and when the rules run. */
  onProgress?: (progress: { phase: "submission"; index: number; count: number; file: string } | CheckProgress) => void;
}

export type ConsolidateResult =
  | {
      ok: true;
      outcome: CheckOutcome;
      rulesetOrigin: RulesetOrigin;
      /** Where the ruleset came from: the --rules file, the first submission storing one, or the default. */
      rulesetFile?: string;
      submissions: SubmissionRead[];
    }
  /** The explicit ruleset is invalid: nothing was read. */
  | { ok: false; errors: { path: string; message: string }[]; submissions: SubmissionRead[] };

/**
 * Reads every submission (in the order given) into one portfolio and checks it once. A submission that
 * cannot be read, stores an invalid ruleset, or stores a ruleset other than the one the consolidation
 * uses is listed as failed, with why, and left out: nothing is guessed.
 */
export async function consolidateWorkbooks(inputs: SubmissionInput[], request: ConsolidateRequest): Promise<ConsolidateResult> {
  const submissions: SubmissionRead[] = [];
  let ruleset: Ruleset | undefined;
  let origin: RulesetOrigin = "default";
  let rulesetFile: string | undefined;
  if (request.ruleset !== undefined && request.ruleset !== null) {
    const loaded = loadRuleset(request.ruleset);
    if (!loaded.ok) return { ok: false, errors: loaded.errors, submissions };
    ruleset = loaded.ruleset;
    origin = "file";
  }
  const consolidation = new Consolidation(request.label);
  let usedJson: string | undefined;
  let currencyFormat: string | undefined;
  // Each submission's hidden rows, by its sheets' consolidated names, to mark the findings located in them.
  const hidden: { name: string; hiddenRows: number[] }[] = [];
  const describe = request.describeError ?? ((_file: string, error: unknown) => (error instanceof Error ? error.message : String(error)));
  const reads = readsAhead(inputs, request.readAhead ?? 1);
  for (const [index, { file }] of inputs.entries()) {
    const reading = reads.take(index);
    request.onProgress?.({ phase: "submission", index, count: inputs.length, file });
    const settled = await reading;
    if ("error" in settled) {
      submissions.push({ status: "failed", file, error: describe(file, settled.error), details: [] });
      continue;
    }
    const { source } = settled;
    if (origin !== "file") {
      // Most submissions store no ruleset: the default one is then compared by origin, not rebuilt and serialised per file.
      const sameDefault: boolean = ruleset !== undefined && origin === "default" && findEmbeddedRuleset(source) === null;
      const own: ResolvedRuleset = sameDefault ? { ok: true, ruleset: ruleset!, origin: "default" } : resolveRuleset(source);
      if (!own.ok) {
        submissions.push({ status: "failed", file, error: `The ruleset stored in ${file} is invalid:`, details: own.errors.map((e) => `${e.path || "/"}: ${e.message}`) });
        continue;
      }
      if (ruleset === undefined) {
        ruleset = own.ruleset;
        origin = own.origin;
        if (own.origin === "workbook") rulesetFile = file;
      } else if (own.ruleset !== ruleset && JSON.stringify(own.ruleset) !== (usedJson ??= JSON.stringify(ruleset))) {
        const used = rulesetFile ? `the ruleset stored in ${rulesetFile} (${ruleset.name} ${ruleset.version})` : `the default ruleset (no earlier submission stores one)`;
        const its = own.origin === "workbook" ? `stores the ruleset ${own.ruleset.name} ${own.ruleset.version}` : "stores no ruleset";
        submissions.push({ status: "failed", file, error: `${file} ${its}, but the consolidation uses ${used}; give the ruleset to use with --rules.`, details: [] });
        continue;
      }
    }
    const portfolio = readPortfolio(source, ruleset!);
    for (const sheet of source.sheets) if (sheet.hiddenRows?.length) hidden.push({ name: fileSheet(file, sheet.name), hiddenRows: sheet.hiddenRows });
    const read = readSummary(portfolio);
    // The report's amounts take the first submission's budget number format (before its sheets are renamed).
    currencyFormat ??= currencyFormatOf(source, portfolio);
    const summary = consolidation.add(file, portfolio, request.fingerprint === true ? sourceFingerprint(source) : undefined);
    submissions.push({ status: "read", read, ...summary });
  }
  ruleset ??= defaultRuleset();
  const portfolio = consolidation.portfolio();
  const outcome = checkPortfolio(portfolio, ruleset, { asOf: request.asOf, ...(request.period ? { period: request.period } : {}), ...(request.onProgress ? { onProgress: request.onProgress } : {}) }, request.fingerprint === true ? consolidation.fingerprint() : notHashed, currencyFormat);
  markHiddenRows(outcome.result.findings, hidden);
  locateFindings(outcome.result.findings);
  return { ok: true, outcome, rulesetOrigin: origin, ...(rulesetFile ? { rulesetFile } : {}), submissions };
}

type SettledRead = { source: WorkbookSource } | { error: unknown };

/**
 * The submissions' reads, each started `ahead` places before its turn and handed over once: a read
 * that fails is settled as its error at once (no unhandled rejection while it waits for its turn).
 */
function readsAhead(inputs: SubmissionInput[], ahead: number): { take(index: number): Promise<SettledRead> } {
  const started: (Promise<SettledRead> | undefined)[] = [];
  const start = (i: number) => {
    if (i >= inputs.length || started.length > i) return;
    let reading: Promise<WorkbookSource>;
    try {
      reading = inputs[i].reader.read();
    } catch (error) {
      reading = Promise.reject(error);
    }
    started[i] = reading.then((source) => ({ source }), (error: unknown) => ({ error }));
  };
  return {
    take(index) {
      for (let i = started.length; i <= index + Math.max(0, Math.floor(ahead)); i++) start(i);
      const read = started[index]!;
      // Dropped once taken: the source is then held only while its records are read.
      started[index] = undefined;
      return read;
    },
  };
}

function notHashed(): never {
  throw new Error("The consolidated data fingerprint was not computed: ask consolidateWorkbooks for it with fingerprint: true.");
}
