/**
 * Whether a checked workbook may be submitted to the PMO. A PASS means the PMO's rules ran and found
 * no error: a workbook where no project register was found, or where a rule the ruleset treats as an
 * error could not run (its sheet or column is missing), has not been shown to be free of errors, so
 * it does not pass. Warnings and notes never block. A rule that could not run only because the workbook
 * has no register of an optional kind (milestones, RAID log, objectives: `inSubmission` in
 * model/fields) is listed but does not block, unless the ruleset sets that rule's severity itself.
 */
import type { FindingSeverity } from "./findings";
import { ENTITY_SPECS } from "./model/fields";
import type { EntityName, Portfolio } from "./model/portfolio";
import type { CheckResult } from "./metrics/types";
import type { Ruleset, Severity } from "./ruleset/types";
import { rules as builtInRules } from "./rules/registry";
import { customRuleId } from "./rules/custom/custom-rule";

export { rulesSwitchedOff } from "./ruleset/switched-off";

export type SubmissionResult = "PASS" | "FAIL";

/** A rule of the ruleset that could not run on this workbook (wholly or in part). */
export interface RuleNotRun {
  ruleId: string;
  /** The rule's one-line description. */
  description: string;
  severity: FindingSeverity;
  reason: string;
  /**
   * Set when it could not run only because the workbook has no such optional register (and the
   * ruleset does not set the rule itself): the register's label. Such a rule does not block a PASS.
   */
  absentRegister?: string;
}

/** What of the portfolio says which registers a workbook has (the full portfolio will do). */
export type RegistersOf = Pick<Portfolio, "projects"> & Partial<Pick<Portfolio, "detections" | EntityName>>;

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

/** The rules that could not run, with their description and severity, error rules first. */
export function rulesNotRun(ruleset: Ruleset, result: Pick<CheckResult, "summary">, portfolio?: RegistersOf): RuleNotRun[] {
  const list = Object.entries(result.summary.skipped).map(([ruleId, reason]): RuleNotRun => {
    const severity = ruleSeverity(ruleset, ruleId);
    const custom = ruleset.customRules.find((c) => customRuleId(c.id) === ruleId);
    const description = builtInRules.find((r) => r.id === ruleId)?.meta.description ?? custom?.description ?? custom?.message ?? ruleId;
    const absent = portfolio && ruleset.rules[ruleId] === undefined ? absentOptionalRegister(ruleId, portfolio) : undefined;
    return { ruleId, description, severity: severity === undefined || severity === "off" ? "error" : severity, reason, ...(absent ? { absentRegister: absent } : {}) };
  });
  return list.sort((a, b) => RANK[a.severity] - RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : 1));
}

/** The label of an optional register a built-in rule reads and the workbook does not have at all. */
function absentOptionalRegister(ruleId: string, portfolio: RegistersOf): string | undefined {
  if (portfolio.detections === undefined) return undefined;
  const requires = builtInRules.find((r) => r.id === ruleId)?.meta.requires ?? [];
  for (const { entity } of requires) {
    const spec = ENTITY_SPECS[entity];
    if (spec.inSubmission !== "optional") continue;
    const found = portfolio.detections.some((d) => d.entity === entity) || ((portfolio[entity] as unknown[] | undefined)?.length ?? 0) > 0;
    if (!found) return spec.label;
  }
  return undefined;
}

/** The verdict on a checked workbook. */
export function submissionVerdict(outcome: { ruleset: Ruleset; portfolio: RegistersOf; result: Pick<CheckResult, "summary"> }): SubmissionVerdict {
  const { summary } = outcome.result;
  const notRun = rulesNotRun(outcome.ruleset, outcome.result, outcome.portfolio);
  const blockers: SubmissionBlocker[] = [];
  const projects = outcome.portfolio.projects.length;
  if (projects === 0) blockers.push({ kind: "no-projects" });
  const errorRules = notRun.filter((r) => r.severity === "error" && r.absentRegister === undefined).map((r) => r.ruleId);
  if (errorRules.length > 0) blockers.push({ kind: "error-rules-not-run", ruleIds: errorRules });
  if (summary.error > 0) blockers.push({ kind: "errors", count: summary.error });
  return { result: blockers.length === 0 ? "PASS" : "FAIL", blockers, projects, errors: summary.error, warnings: summary.warning, notRun };
}
