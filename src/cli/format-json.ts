/**
 * JSON output, for scripts and dashboards. One workbook: { file, asOf, ruleset, findings, summary,
 * output?, outputError? }, where summary.read says which sheet was read as which entity and why and summary.notRead
 * what was looked at and not read. A workbook that is refused or cannot be read is a JSON error object
 * on stdout as well: { file, asOf, error, details } (plus, when it has no register, the findings of what
 * could be checked without one, and summary). Several (or a folder): { asOf, files: [those shapes],
 * summary } where summary holds the totals. Documented in docs/cli.md.
 */
import { isoFromDay, type DayNumber } from "../core/model/dates";
import type { CheckRun, FileReport } from "./check-files";
import type { ConsolidatedReport } from "./consolidate-files";
import { jsonPieces } from "./json-pieces";

function fileJson(report: FileReport): Record<string, unknown> {
  if (report.status === "failed") return { file: report.file, error: report.error, details: report.details };
  const summary = { ...report.summary, read: report.read?.read ?? [], notRead: report.read?.notRead ?? [] };
  if (report.status === "refused") {
    const { file, error, details, ruleset, findings } = report;
    return { file, error, details, refused: "no project register", ruleset, findings, summary };
  }
  const { file, ruleset, projectsChecked, findings, output, outputError } = report;
  return { file, ruleset, projectsChecked, findings, summary, ...(output ? { output } : {}), ...(outputError ? { outputError } : {}) };
}

export function formatFileJson(report: FileReport, asOf: DayNumber): string {
  return JSON.stringify(fileDocument(report, asOf), null, 2) + "\n";
}

/** formatFileJson's text in pieces (jsonPieces), to write one after the other. */
export function* fileJsonPieces(report: FileReport, asOf: DayNumber): Generator<string> {
  yield* jsonPieces(fileDocument(report, asOf));
  yield "\n";
}

/** A folder check's JSON (`{ asOf, files, summary }`) in pieces (jsonPieces): with many large files it is tens of megabytes. */
export function* runJsonPieces(run: CheckRun, asOf: DayNumber): Generator<string> {
  yield* jsonPieces(runDocument(run, asOf));
  yield "\n";
}

const fileDocument = (report: FileReport, asOf: DayNumber) => ({ asOf: isoFromDay(asOf), ...fileJson(report) });
const runDocument = (run: CheckRun, asOf: DayNumber) => ({ asOf: isoFromDay(asOf), files: run.files.map(fileJson), summary: run.totals });

/** A consolidated check: { asOf, consolidated: true, ruleset, submissions, projectsChecked, findings (each location with its file), summary }. */
export function formatConsolidatedJson(report: ConsolidatedReport, asOf: DayNumber, extra: Record<string, unknown> = {}): string {
  const { ruleset, rulesetFile, submissions, projectsChecked, findings, summary } = report;
  return JSON.stringify({ asOf: isoFromDay(asOf), consolidated: true, ruleset: { ...ruleset, ...(rulesetFile ? { file: rulesetFile } : {}) }, submissions, projectsChecked, findings, summary, ...extra }, null, 2) + "\n";
}
