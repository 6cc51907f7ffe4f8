/**
 * `check --consolidate`: the submissions read as one portfolio and checked once (the core's
 * consolidateWorkbooks, over each file's port). Files are read one at a time and their bytes dropped
 * as soon as their records are out, so memory follows the portfolio, not the files.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Finding, FindingSummary } from "../core/findings";
import type { DayNumber } from "../core/model/dates";
import { consolidateWorkbooks, type SubmissionInput, type SubmissionRead } from "../core/consolidate/workflow";
import type { CheckOutcome } from "../core/pipeline";
import { rulesSwitchedOff } from "../core/ruleset/switched-off";
import { describeReadError } from "./errors";
import { rulesetErrorLines, type RulesFile } from "./rules-file";
import { xlsxBytesWorkbook } from "./xlsx-workbook";
import type { ProgressEvent, RulesetInfo } from "./check-files";

export interface ConsolidateFilesOptions {
  asOf: DayNumber;
  period?: "month" | "week";
  rules?: RulesFile;
  /** Files found but not read (an .xls in a folder, say): path -> why. They are listed as not consolidated. */
  notChecked?: Map<string, string>;
  /** The consolidated portfolio's label (the report's title). */
  label?: string;
  onProgress?: (event: ProgressEvent) => void;
}

export interface ConsolidatedReport {
  status: "consolidated";
  /** 2 when a submission could not be read (or the report not written), 1 for error findings, else 0. */
  exitCode: 0 | 1 | 2;
  ruleset: RulesetInfo;
  /** Where the stored ruleset came from, when the submissions' own was used. */
  rulesetFile?: string;
  submissions: SubmissionRead[];
  projectsChecked: number;
  findings: Finding[];
  summary: FindingSummary;
  /** The check itself, for writing the consolidated workbook. */
  outcome: CheckOutcome;
}

export type ConsolidateRun = ConsolidatedReport | { status: "failed"; exitCode: 2; error: string; details: string[] };

/** Reads every file as a submission of one portfolio and checks it once. */
export async function consolidateFiles(files: string[], options: ConsolidateFilesOptions): Promise<ConsolidateRun> {
  const inputs: SubmissionInput[] = files.map((file) => ({
    file,
    reader: {
      async read() {
        const why = options.notChecked?.get(file);
        if (why !== undefined) throw new NotRead(why);
        const bytes = new Uint8Array(await readFile(file));
        // The port holds the bytes only until the records are out: nothing keeps it afterwards.
        return xlsxBytesWorkbook(bytes, basename(file)).read();
      },
      readEmbeddedRuleset: async () => null,
    },
  }));
  const result = await consolidateWorkbooks(inputs, {
    asOf: options.asOf,
    ...(options.period ? { period: options.period } : {}),
    ruleset: options.rules?.value,
    label: options.label ?? `${files.length} submissions`,
    describeError: (file, error) => (error instanceof NotRead ? error.message : describeReadError(file, error, basename(file))),
    onProgress: (p) => {
      if (p.phase === "submission") {
        options.onProgress?.({ kind: "file", index: p.index, count: p.count, file: p.file });
        options.onProgress?.({ kind: "phase", file: p.file, phase: "reading" });
      }
    },
  });
  if (!result.ok) return { status: "failed", exitCode: 2, error: `Ruleset ${options.rules?.path ?? ""} is invalid:`, details: rulesetErrorLines(result.errors) };
  const { outcome } = result;
  const { findings, summary } = outcome.result;
  const failed = result.submissions.some((s) => s.status === "failed");
  const noRegister = outcome.portfolio.projects.length === 0;
  return {
    status: "consolidated",
    exitCode: failed || noRegister ? 2 : summary.error > 0 ? 1 : 0,
    ruleset: { name: outcome.ruleset.name, version: outcome.ruleset.version, origin: result.rulesetOrigin, rulesOff: rulesSwitchedOff(outcome.ruleset) },
    ...(result.rulesetFile ? { rulesetFile: result.rulesetFile } : {}),
    submissions: result.submissions,
    projectsChecked: outcome.portfolio.projects.length,
    findings,
    summary,
    outcome,
  };
}

class NotRead extends Error {}
