/** Plain-text rendering of check results for people at a terminal. */
import type { Finding, FindingSeverity } from "../core/findings";
import { isoFromDay, type DayNumber } from "../core/model/dates";
import type { ReadSummary } from "../core/read/summary";
import type { CheckRun, FileReport, RulesetInfo } from "./check-files";
import type { ConsolidatedReport } from "./consolidate-files";
import { formatLocation } from "./locations";
import { printable } from "./printable";
import { appendAll, maxOf } from "../core/arrays";

const HEADINGS: Record<FindingSeverity, string> = { error: "Errors", warning: "Warnings", info: "Info" };
const ORIGIN: Record<RulesetInfo["origin"], string> = {
  file: "from --rules",
  workbook: "stored in the workbook",
  default: "built-in default",
};
/** Locations wider than this do not push every message to the right. */
const MAX_LOCATION_WIDTH = 28;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "3 errors, 1 warning, 0 info" */
export function countsLine(c: { error: number; warning: number; info: number }): string {
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info`;
}

/** "in 2 of 30 projects" / "in 30 projects" (nothing found). */
function scope(withFindings: number, checked: number, total: number): string {
  return total === 0 ? `in ${plural(checked, "project")}` : `in ${withFindings} of ${plural(checked, "project")}`;
}

/** Each line made safe for a terminal (see printable.ts), then joined. */
const finish = (lines: string[]) => lines.map(printable).join("\n") + "\n";

/** "ruleset "X" 1.0 (stored in the workbook; it switches off gate/rejected)" */
export function rulesetText(ruleset: RulesetInfo): string {
  const off = ruleset.rulesOff.length > 0 ? `; it switches off ${ruleset.rulesOff.join(", ")}` : "";
  return `ruleset "${ruleset.name}" ${ruleset.version} (${ORIGIN[ruleset.origin]}${off})`;
}

/** The full report for one workbook: header, findings grouped by severity, skipped rules, summary. */
export function formatFileText(report: FileReport, asOf: DayNumber, quiet = false): string {
  if (report.status === "failed") return finish([report.error, ...report.details.map((d) => `  ${d}`)]);
  if (report.status === "refused") return refusedText(report, asOf, quiet);
  const { ruleset, summary } = report;
  const lines: string[] = [];
  if (!quiet) {
    lines.push(`${report.file}: as of ${isoFromDay(asOf)}, ${rulesetText(ruleset)}`, "");
    appendAll(lines, readLines(report.read));
    appendAll(lines, findingLines(report.findings));
    const skipped = Object.entries(summary.skipped);
    if (skipped.length > 0) {
      lines.push("Skipped rules");
      for (const [ruleId, why] of skipped) lines.push(`  ${ruleId}: ${why}`);
      lines.push("");
    }
  }
  const verdict = summary.total === 0 ? "No findings" : countsLine(summary);
  const rulesOff = quiet && ruleset.origin === "workbook" && ruleset.rulesOff.length > 0 ? ` The ${rulesetText(ruleset)} was used.` : "";
  // A register with no rows yet (a new submission template): said as such, not as "0 projects".
  const register = report.read?.read.find((r) => r.entity === "projects");
  if (summary.total === 0 && report.projectsChecked === 0 && register) lines.push(`${report.file}: No projects yet: the ${register.sheet} sheet has no rows to check.${rulesOff}`);
  else lines.push(`${report.file}: ${verdict} ${scope(summary.projects, report.projectsChecked, summary.total)}.${rulesOff}`);
  if (report.output) appendAll(lines, outputLines(report.output));
  return finish(lines);
}

/** The sentence for stderr; the failure's own text. */
export function refusalSentence(report: Extract<FileReport, { status: "refused" }>): string {
  return finish([report.error, ...report.details.map((d) => `  ${d}`)]);
}

/**
 * A workbook without a register: what was read and the findings of the rules that need none (the
 * refusal itself goes to stderr). Nothing when nothing could be checked.
 */
function refusedText(report: Extract<FileReport, { status: "refused" }>, asOf: DayNumber, quiet: boolean): string {
  if (report.read.read.length === 0 && report.findings.length === 0) return "";
  const lines: string[] = [];
  if (!quiet) {
    lines.push(`${report.file}: as of ${isoFromDay(asOf)}, ${rulesetText(report.ruleset)}; no project register, so only what needs none was checked`, "");
    appendAll(appendAll(lines, readLines(report.read)), findingLines(report.findings));
  }
  lines.push(`${report.file}: not checked against a register; ${report.summary.total === 0 ? "no findings" : countsLine(report.summary)} from the sheets read.`);
  return finish(lines);
}

/** "Read" and "Not read" blocks: which sheet was read as which entity and why. */
function readLines(read: ReadSummary | undefined): string[] {
  const lines: string[] = [];
  if (!read) return lines;
  if (read.read.length > 0) {
    lines.push("Read");
    for (const r of read.read) lines.push(`  ${r.role === "figures" ? "project figures" : r.entity}: "${r.sheet}" (header row ${r.headerRow}, ${plural(r.rows, "row")}): ${r.why}`);
  }
  if (read.notRead.length > 0) {
    lines.push("Not read");
    for (const r of read.notRead) lines.push(`  "${r.sheet}": ${r.why}`);
  }
  return lines.length > 0 ? [...lines, ""] : [];
}

export function findingLines(findings: Finding[]): string[] {
  const lines: string[] = [];
  const width = Math.min(MAX_LOCATION_WIDTH, maxOf(findings.map((f) => formatLocation(f.location).length), 0));
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[severity]} (${group.length})`);
    for (const f of group) lines.push(`  ${formatLocation(f.location).padEnd(width)}  ${f.message}  [${f.ruleId}]`);
    lines.push("");
  }
  return lines;
}

function outputLines(output: NonNullable<Extract<FileReport, { status: "checked" }>["output"]>): string[] {
  return [`Report sheets written to ${output.file}: ${output.sheets.join(", ")}.`, ...output.notes.map((n) => `  Note: ${n}`)];
}

/** One line per workbook, then the totals: the view for a folder of submissions. */
export function formatRunText(run: CheckRun, asOf: DayNumber): string {
  const width = maxOf(run.files.map((f) => f.file.length));
  const lines = [`As of ${isoFromDay(asOf)}:`];
  for (const f of run.files) {
    if (f.status !== "checked") {
      // The sentence names the file, which the line already shows.
      const why = f.error.startsWith(`${f.file} `) ? f.error.slice(f.file.length + 1) : f.error.startsWith(`${f.file}: `) ? f.error.slice(f.file.length + 2) : f.error;
      lines.push(`  not checked  ${f.file.padEnd(width)}  ${why}`);
      appendAll(lines, f.details.map((d) => `               ${" ".repeat(width)}    ${d}`));
    } else {
      const label = f.outputError ? "not written" : f.summary.error > 0 ? "errors     " : "ok         ";
      const output = f.output ? `; report: ${f.output.file}` : f.outputError ? `; ${f.outputError}` : "";
      lines.push(`  ${label}  ${f.file.padEnd(width)}  ${countsLine(f.summary)} ${scope(f.summary.projects, f.projectsChecked, f.summary.total)}; ${rulesetText(f.ruleset)}${output}`);
    }
  }
  const t = run.totals;
  const unreadable = t.failed > 0 ? `, ${t.failed} not checked` : "";
  lines.push(`Total: ${plural(t.files, "file")}${unreadable}; ${countsLine(t)} ${scope(t.projects, t.projectsChecked, t.total)}.`);
  return finish(lines);
}

/** A consolidated check: the submissions (what each gave, or why it was left out), then the findings. */
export function formatConsolidatedText(report: ConsolidatedReport, asOf: DayNumber, quiet = false, output?: { file: string; sheets: string[]; notes: string[] }): string {
  const { ruleset, summary, submissions } = report;
  const lines: string[] = [];
  const read = submissions.filter((s) => s.status === "read").length;
  const stored = report.rulesetFile ? ` from ${report.rulesetFile}` : "";
  if (!quiet) {
    lines.push(`Consolidated ${plural(read, "submission")} as of ${isoFromDay(asOf)}, ${rulesetText(ruleset)}${stored}`, "", "Submissions");
    const width = maxOf(submissions.map((s) => s.file.length));
    for (const s of submissions) {
      if (s.status === "failed") {
        const why = s.error.startsWith(`${s.file} `) ? s.error.slice(s.file.length + 1) : s.error.startsWith(`${s.file}: `) ? s.error.slice(s.file.length + 2) : s.error;
        lines.push(`  not consolidated  ${s.file.padEnd(width)}  ${why}`);
        appendAll(lines, s.details.map((d) => `      ${d}`));
      } else {
        const merged = s.merged > 0 ? ` (${s.merged} also in an earlier submission)` : "";
        lines.push(`  read              ${s.file.padEnd(width)}  ${plural(s.projects, "project")}, ${s.resources} ${s.resources === 1 ? "person" : "people"}${merged}, ${plural(s.assignments, "assignment")}`);
      }
    }
    lines.push("");
    appendAll(lines, findingLines(report.findings));
    const skipped = Object.entries(summary.skipped);
    if (skipped.length > 0) {
      lines.push("Skipped rules");
      for (const [ruleId, why] of skipped) lines.push(`  ${ruleId}: ${why}`);
      lines.push("");
    }
  }
  const verdict = summary.total === 0 ? "No findings" : countsLine(summary);
  const left = submissions.length - read;
  const leftOut = left > 0 ? `; ${plural(left, "file")} not consolidated` : "";
  lines.push(`Consolidated: ${verdict} ${scope(summary.projects, report.projectsChecked, summary.total)} from ${plural(read, "submission")}${leftOut}.`);
  if (report.projectsChecked === 0) lines.push("No submission has a project register: only what needs none was checked.");
  if (output) {
    lines.push(`Consolidated workbook written to ${output.file}: ${output.sheets.join(", ")}.`);
    appendAll(lines, output.notes.map((n) => `  Note: ${n}`));
  }
  return finish(lines);
}
