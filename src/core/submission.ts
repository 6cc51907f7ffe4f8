/**
 * Whether a checked workbook may be submitted to the PMO. A PASS means the PMO's rules ran and found
 * no error: a workbook where no project register was found, or where a rule the ruleset treats as an
 * error could not run (its sheet or column is missing), has not been shown to be free of errors, so
 * it does not pass. Warnings and notes never block.
 */
import type { FindingSeverity } from "./findings";
import type { Portfolio } from "./model/portfolio";
import type { CheckResult } from "./metrics/types";
import type { Ruleset, Severity } from "./ruleset/types";
import { rules as builtInRules } from "./rules/registry";
import { customRuleId } from "./rules/custom/custom-rule";

export type SubmissionResult = "PASS" | "FAIL";

/** A rule of the ruleset that could not run on this workbook (wholly or in part). */
export interface RuleNotRun {
  ruleId: string;
  /** The rule's one-line description. */
  description: string;
  severity: FindingSeverity;
  reason: string;
}

export type SubmissionBlocker =
  | { kind: "errors"; count: number }
  | { kind: "no-projects" }
  | { kind: "error-rules-not-run"; ruleIds: string[] };

export interface SubmissionVerdict {
  result: SubmissionResult;
  /** Why it is not a PASS, most fundamental first; empty for a PASS. */
  blockers: SubmissionBlocker[];
  projects: number;
  errors: number;
  warnings: number;
  /** Every rule that could not run, error rules first. */
  notRun: RuleNotRun[];
}

const RANK: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };

/** The severity a ruleset gives a rule (built-in or custom, by the id findings carry); undefined for an unknown id. */
export function ruleSeverity(ruleset: Ruleset, ruleId: string): Severity | undefined {
  const builtIn = builtInRules.find((r) => r.id === ruleId);
  if (builtIn) return ruleset.rules[ruleId]?.severity ?? builtIn.meta.defaultSeverity;
  return ruleset.customRules.find((c) => customRuleId(c.id) === ruleId)?.severity;
}

/** Rule ids the ruleset switches off, built-in then custom, each sorted. */
export function rulesSwitchedOff(ruleset: Ruleset): string[] {
  const builtIn = builtInRules.filter((r) => ruleSeverity(ruleset, r.id) === "off").map((r) => r.id);
  const custom = ruleset.customRules.filter((c) => c.severity === "off").map((c) => customRuleId(c.id));
  return [...builtIn.sort(), ...custom.sort()];
}

/** The rules that could not run, with their description and severity, error rules first. */
export function rulesNotRun(ruleset: Ruleset, result: Pick<CheckResult, "summary">): RuleNotRun[] {
  const list = Object.entries(result.summary.skipped).map(([ruleId, reason]): RuleNotRun => {
    const severity = ruleSeverity(ruleset, ruleId);
    const custom = ruleset.customRules.find((c) => customRuleId(c.id) === ruleId);
    const description = builtInRules.find((r) => r.id === ruleId)?.meta.description ?? custom?.description ?? custom?.message ?? ruleId;
    return { ruleId, description, severity: severity === undefined || severity === "off" ? "error" : severity, reason };
  });
  return list.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : 1));
}

/** The verdict on a checked workbook. */
export function submissionVerdict(outcome: { ruleset: Ruleset; portfolio: Pick<Portfolio, "projects">; result: Pick<CheckResult, "summary"> }): SubmissionVerdict {
  const { summary } = outcome.result;
  const notRun = rulesNotRun(outcome.ruleset, outcome.result);
  const blockers: SubmissionBlocker[] = [];
  const projects = outcome.portfolio.projects.length;
  if (projects === 0) blockers.push({ kind: "no-projects" });
  const errorRules = notRun.filter((r) => r.severity === "error").map((r) => r.ruleId);
  if (errorRules.length > 0) blockers.push({ kind: "error-rules-not-run", ruleIds: errorRules });
  if (summary.error > 0) blockers.push({ kind: "errors", count: summary.error });
  return { result: blockers.length === 0 ? "PASS" : "FAIL", blockers, projects, errors: summary.error, warnings: summary.warning, notRun };
}
