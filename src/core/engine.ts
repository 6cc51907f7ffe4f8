/**
 * Runs a ruleset over a portfolio: computes the shared metrics once, runs every rule that is not off
 * (a rule that throws becomes an engine/rule-failed finding and the run goes on), stamps rule id,
 * severity and message on each finding, and returns them in a deterministic order with a summary.
 */
import type { Finding, FindingSeverity } from "./findings";
import type { DayNumber } from "./model/dates";
import type { Portfolio } from "./model/portfolio";
import { computeMetrics } from "./metrics";
import type { CheckResult } from "./metrics/types";
import { customRuleModules } from "./rules/custom/custom-rule";
import { rules as builtInRules } from "./rules/registry";
import type { Rule, RuleContext, RuleReport } from "./rules/rule";
import { sortFindings, summarize } from "./rules/support/finding-order";
import { fillMessage } from "./rules/support/format";
import { buildIndex } from "./lookup/portfolio-index";
import { missingRequirement } from "./rules/support/requirements";
import type { Ruleset } from "./ruleset/types";

/** Rule id of the finding that reports a rule which threw. */
export const RULE_FAILED_ID = "engine/rule-failed";

export interface RunOptions {
  asOf: DayNumber;
  /** Over-allocation period; defaults to the ruleset's. */
  period?: "month" | "week";
  /**
   * Told after each step: the shared figures first, then each rule (done of total), so a shell can
   * show progress during a long check.
   */
  onProgress?: (done: number, total: number) => void;
}

/** Checks a portfolio against a ruleset with every built-in rule and the ruleset's custom rules. */
export function runRules(portfolio: Portfolio, ruleset: Ruleset, options: RunOptions): CheckResult {
  return runRuleModules(portfolio, ruleset, options, [...builtInRules, ...customRuleModules(ruleset)]);
}

/** Like runRules with an explicit list of rule modules (tests run one rule at a time with it). */
export function runRuleModules(portfolio: Portfolio, ruleset: Ruleset, options: RunOptions, modules: Rule[]): CheckResult {
  const period = options.period ?? ruleset.period;
  const { asOf } = options;
  const total = modules.length + 1;
  const index = buildIndex(portfolio, ruleset);
  const metrics = computeMetrics(portfolio, ruleset, index, asOf, period);
  options.onProgress?.(1, total);
  const findings: Finding[] = [];
  const skipped: Record<string, string> = {};
  for (const [i, rule] of modules.entries()) {
    if (i > 0) options.onProgress?.(i + 1, total);
    const setting = ruleset.rules[rule.id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === "off") continue;
    const missing = missingRequirement(portfolio, rule.meta.requires);
    if (missing) {
      skipped[rule.id] = missing;
      continue;
    }
    const produced: Finding[] = [];
    const context: RuleContext = {
      portfolio,
      ruleset,
      options: optionsFor(rule, setting?.options),
      asOf,
      period,
      metrics,
      index,
      report: (r) => produced.push(stamp(rule, severity, r)),
      skip: (reason) => {
        skipped[rule.id] = skipped[rule.id] ? `${skipped[rule.id]}; ${reason}` : reason;
      },
    };
    try {
      rule.check(context);
      for (const f of produced) findings.push(f);
    } catch (error) {
      // Findings of a rule that failed half-way are dropped: a partial list would look complete.
      findings.push(ruleFailed(rule.id, error));
    }
  }
  options.onProgress?.(total, total);
  sortFindings(findings);
  return { findings, summary: summarize(findings, skipped, (key) => index.projectsById.has(key)), metrics, asOf, period };
}

function optionsFor(rule: Rule, configured: Record<string, unknown> | undefined): Record<string, unknown> {
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(rule.meta.options)) if (spec.default !== undefined) options[name] = spec.default;
  return { ...options, ...configured };
}

/** A finding in the warning band never exceeds warning; severity is decided here, not by the rule. */
function stamp(rule: Rule, severity: FindingSeverity, r: RuleReport): Finding {
  const effective: FindingSeverity = r.band === "warning" && severity === "error" ? "warning" : severity;
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown message id "${r.messageId}"`);
  const finding: Finding = { ruleId: rule.id, severity: effective, messageId: r.messageId, message: fillMessage(template, r.data), data: r.data };
  if (r.projectId !== undefined) finding.projectId = r.projectId;
  if (r.resource !== undefined) finding.resource = r.resource;
  if (r.period !== undefined) finding.period = r.period;
  if (r.location !== undefined) finding.location = r.location;
  return finding;
}

function ruleFailed(ruleId: string, error: unknown): Finding {
  const text = error instanceof Error ? error.message : String(error);
  return {
    ruleId: RULE_FAILED_ID,
    severity: "error",
    messageId: "ruleFailed",
    message: `Rule ${ruleId} failed and was skipped: ${text}`,
    data: { ruleId, error: text },
  };
}
