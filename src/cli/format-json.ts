/**
 * JSON output, for scripts and dashboards. One workbook: { file, asOf, ruleset, findings, summary,
 * output?, outputError? }. Several (or a folder): { asOf, files: [that shape, or { file, error, details }], summary }
 * where summary holds the totals. Documented in docs/cli.md.
 */
import { isoFromDay, type DayNumber } from "../core/model/dates";
import type { CheckRun, FileReport } from "./check-files";

function fileJson(report: FileReport): Record<string, unknown> {
  if (report.status === "failed") return { file: report.file, error: report.error, details: report.details };
  const { file, ruleset, projectsChecked, findings, summary, output, outputError } = report;
  return { file, ruleset, projectsChecked, findings, summary, ...(output ? { output } : {}), ...(outputError ? { outputError } : {}) };
}

export function formatFileJson(report: FileReport, asOf: DayNumber): string {
  return JSON.stringify({ asOf: isoFromDay(asOf), ...fileJson(report) }, null, 2) + "\n";
}

export function formatRunJson(run: CheckRun, asOf: DayNumber): string {
  return JSON.stringify({ asOf: isoFromDay(asOf), files: run.files.map(fileJson), summary: run.totals }, null, 2) + "\n";
}
