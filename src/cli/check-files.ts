/**
 * The CLI's work per workbook, kept out of the command-line parsing so it can be tested directly:
 * read the file, pick the ruleset, run the check, and optionally write the report sheets.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Finding, FindingSummary } from "../core/findings";
import type { DayNumber } from "../core/model/dates";
import type { RulesetOrigin } from "../core/pipeline";
import { checkWorkbook, describeWrite, releaseUnreported, type CheckWrite } from "../core/check-workflow";
import { findEmbeddedRuleset } from "../core/ruleset/embedded";
import { readSummary, type ReadSummary } from "../core/read/summary";
import { rulesSwitchedOff } from "../core/ruleset/switched-off";
import type { WorkbookSource } from "../workbook/grid";
import type { WorkbookReader } from "../workbook/port";
import { xlsxBytesWorkbook, type XlsxBytesWorkbook } from "./xlsx-workbook";
import { collectGarbage, collectGarbageIfGrown, loosenHeap, tightenHeap, withTightHeap } from "./collect-garbage";
import { describeReadError, reason } from "./errors";
import { rulesetErrorLines, type RulesFile } from "./rules-file";
import { writeReport, type WrittenOutput } from "./write-report";

export type { WrittenOutput };

export interface CheckFilesOptions {
  asOf: DayNumber;
  /** Overrides the ruleset's over-allocation period. */
  period?: "month" | "week";
  /** The --rules file, already validated. */
  rules?: RulesFile;
  /** Where each input's report copy goes (input path -> output path); absent: no report is written. */
  outputs?: Map<string, string>;
  /** Store the ruleset used inside each written workbook. */
  embedRules?: boolean;
  /** Files found but not checked (an .xls in a folder, say): path -> why. They are reported, not read. */
  notChecked?: Map<string, string>;
  onProgress?: (event: ProgressEvent) => void;
}

export type ProgressEvent =
  | { kind: "file"; index: number; count: number; file: string }
  | { kind: "phase"; file: string; phase: "reading" | "checking" | "writing" };

export interface RulesetInfo {
  name: string;
  version: string;
  origin: RulesetOrigin;
  /** Built-in rules (on by default) and custom rules this ruleset switches off. */
  rulesOff: string[];
}

export type FileReport =
  | {
      file: string;
      status: "checked";
      /** 2 when the report could not be written. */
      exitCode: 0 | 1 | 2;
      ruleset: RulesetInfo;
      /** Projects read from the workbook (summary.projects counts those with findings). */
      projectsChecked: number;
      findings: Finding[];
      summary: FindingSummary;
      /** Which sheet was read as which entity and why, and what was not read. */
      read?: ReadSummary;
      output?: WrittenOutput;
      /** Why the report could not be written (the findings still stand; the exit status is 2). */
      outputError?: string;
    }
  | { file: string; status: "failed"; exitCode: 2; error: string; details: string[] }
  | {
      /** No project register: refused, but what could be checked without one was (over-allocation). */
      file: string;
      status: "refused";
      exitCode: 2;
      error: string;
      details: string[];
      ruleset: RulesetInfo;
      findings: Finding[];
      summary: FindingSummary;
      read: ReadSummary;
    };

export interface Totals {
  files: number;
  checked: number;
  failed: number;
  error: number;
  warning: number;
  info: number;
  total: number;
  /** Projects with at least one finding. */
  projects: number;
  projectsChecked: number;
}

export interface CheckRun {
  files: FileReport[];
  totals: Totals;
  /** The worst file's exit status: 2 unreadable, 1 error findings, 0 otherwise. */
  exitCode: 0 | 1 | 2;
}

/** Checks each workbook in turn; one unreadable file never stops the others. */
export async function checkFiles(files: string[], options: CheckFilesOptions): Promise<CheckRun> {
  const reports: FileReport[] = [];
  for (const [index, file] of files.entries()) {
    const why = options.notChecked?.get(file);
    if (why !== undefined) {
      reports.push({ file, status: "failed", exitCode: 2, error: why, details: [] });
      continue;
    }
    options.onProgress?.({ kind: "file", index, count: files.length, file });
    reports.push(await checkWorkbookFile(file, options));
    // The written package and the report's sheets just died: the output is printed without them.
    if (options.outputs?.has(file)) collectGarbage();
  }
  return { files: reports, totals: totalsOf(reports), exitCode: worstExit(reports) };
}

/** Checks one workbook file and, when asked, writes its report copy. */
export async function checkWorkbookFile(file: string, options: CheckFilesOptions): Promise<FileReport> {
  const target = options.outputs?.get(file);
  const checked = await checkOne(file, options, target !== undefined);
  // The portfolio just died: the findings are printed, or the report copy written, on a heap that holds
  // only them (and the report's sheets), not on top of the portfolio's garbage.
  collectGarbage();
  if (target === undefined || !("write" in checked)) return checked.report;
  const { report, workbook, write } = checked;
  try {
    report.output = await writeReport(file, target, workbook, write);
  } catch (error) {
    report.outputError = error instanceof Error ? error.message : String(error);
    report.exitCode = 2;
  }
  return report;
}

type Checked = { report: FileReport } | { report: FileReport & { status: "checked" }; workbook: XlsxBytesWorkbook; write: CheckWrite };

/**
 * Reads and checks one workbook and, when its report will be written, describes that write
 * (describeWrite). Only the report and the write leave this call: the portfolio does not outlive it,
 * so the package is written without it (at 100k projects it is about 750 MB).
 */
async function checkOne(file: string, options: CheckFilesOptions, writes: boolean): Promise<Checked> {
  const failed = (error: string, details: string[] = []): Checked => ({ report: { file, status: "failed", exitCode: 2, error, details } });
  options.onProgress?.({ kind: "phase", file, phase: "reading" });
  const label = basename(file);
  const opened = await openWorkbook(file, label, writes);
  if ("error" in opened) return failed(opened.error);
  // What the package read left (its XML; the file's bytes too when no report is written) is garbage now:
  // collected before the portfolio is read beside the grids.
  collectGarbage();
  // The one check workflow (the pane's and the ribbon's too); the report is written after, once the file is known to hold a register.
  // A large workbook's portfolio is read and checked on a heap kept near what lives: V8 would let the
  // rules' garbage grow to the portfolio's size (at 100k projects about 250 MB more at the peak).
  const tight = tightenHeap(25);
  const checked = await checkWorkbook(
    { reader: opened.reader },
    {
      asOf: options.asOf,
      period: options.period,
      ruleset: options.rules?.value,
      writeSheets: false,
      // The grids are not needed once the portfolio is read: at 100k projects that is most of a gigabyte.
      releaseGrids: { willWrite: writes, released: () => collectGarbage() },
      onStage: (stage) => stage === "checking" && options.onProgress?.({ kind: "phase", file, phase: "checking" }),
    },
  ).finally(() => tight && loosenHeap());
  if (!checked.ok) {
    const where = checked.rulesetOrigin === "workbook" ? `The ruleset stored in ${file}` : `Ruleset ${options.rules?.path ?? ""}`;
    return failed(`${where} is invalid:`, rulesetErrorLines(checked.errors));
  }
  const { outcome, source } = checked;
  const resolved = { ruleset: outcome.ruleset, origin: checked.rulesetOrigin };
  // Without a project list there is nothing to check: a wrong file in a folder of submissions, say.
  const noProjects = outcome.portfolio.issues.find((i) => i.kind === "missing-entity" && i.entity === "projects");
  const { findings, summary } = outcome.result;
  const ruleset: RulesetInfo = { name: resolved.ruleset.name, version: resolved.ruleset.version, origin: resolved.origin, rulesOff: rulesSwitchedOff(resolved.ruleset) };
  const read = readSummary(outcome.portfolio);
  if (noProjects?.kind === "missing-entity") {
    // Refused, but what does not need a register still ran (a wrong file in a folder has nothing of it).
    return { report: { file, status: "refused", exitCode: 2, error: `${file} has no project list to check: ${noProjects.reason}.`, details: [], ruleset, findings, summary, read } };
  }
  const report: FileReport & { status: "checked" } = {
    file,
    status: "checked",
    exitCode: summary.error > 0 ? 1 : 0,
    ruleset,
    projectsChecked: outcome.portfolio.projects.length,
    findings,
    summary,
    read,
  };
  if (!writes || !opened.writable) return { report };
  options.onProgress?.({ kind: "phase", file, phase: "writing" });
  // The sheets are described beside what they read only, on a heap kept close to what lives.
  releaseUnreported(outcome);
  try {
    const write = withTightHeap(() => describeWrite(outcome, source, options.embedRules === true, () => collectGarbageIfGrown()), 10);
    return { report, workbook: opened.writable, write };
  } catch (error) {
    report.outputError = `The report for ${file} could not be written (${reason(error)}).`;
    report.exitCode = 2;
    return { report };
  }
}

/**
 * Reads the workbook file. Only its grids are kept: the file's bytes are let go once read (a
 * 100k-project file's are 100 MB), so they are not held through the check; a report's write reads
 * them again (rereader).
 */
async function openWorkbook(file: string, label: string, writes: boolean): Promise<{ reader: WorkbookReader; writable?: XlsxBytesWorkbook } | { error: string }> {
  let bytes: Uint8Array;
  try {
    // The Buffer is a Uint8Array already: no copy of a 100 MB file.
    bytes = await readFile(file);
  } catch (error) {
    return { error: describeReadError(file, error) };
  }
  // A report's write needs the bytes again: read again then, and refused if the file changed meanwhile.
  const workbook = writes ? xlsxBytesWorkbook(bytes, label, rereader(file, bytes), () => collectGarbageIfGrown()) : xlsxBytesWorkbook(bytes, label);
  let source: WorkbookSource;
  try {
    source = await workbook.read();
  } catch (error) {
    return { error: describeReadError(file, error, label) };
  }
  if (writes) return { reader: workbook, writable: workbook };
  return { reader: { read: async () => source, readEmbeddedRuleset: async () => findEmbeddedRuleset(source) } };
}

/**
 * Reads the file again for its report's write, so the check does not hold its bytes (100 MB at 100k
 * projects); throws when they are no longer the bytes checked (the file was saved meanwhile).
 */
function rereader(file: string, bytes: Uint8Array): () => Promise<Uint8Array> {
  const checked = sha256(bytes);
  return async () => {
    const again = await readFile(file);
    if (sha256(again) !== checked) throw new Error(`${file} changed while it was checked; check it again`);
    return again;
  };
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function totalsOf(reports: FileReport[]): Totals {
  const totals: Totals = { files: reports.length, checked: 0, failed: 0, error: 0, warning: 0, info: 0, total: 0, projects: 0, projectsChecked: 0 };
  for (const r of reports) {
    if (r.status !== "checked") {
      totals.failed++;
      continue;
    }
    totals.checked++;
    totals.error += r.summary.error;
    totals.warning += r.summary.warning;
    totals.info += r.summary.info;
    totals.total += r.summary.total;
    totals.projects += r.summary.projects;
    totals.projectsChecked += r.projectsChecked;
  }
  return totals;
}

function worstExit(reports: FileReport[]): 0 | 1 | 2 {
  return reports.reduce<0 | 1 | 2>((worst, r) => (r.exitCode > worst ? r.exitCode : worst), 0);
}
