/**
 * The rule module contract (after ESLint's lib/rules): a rule describes itself in `meta` and reports
 * plain data through its context; the engine stamps rule id, severity and the filled-in message.
 */
import type { DayNumber } from "../model/dates";
import type { EntityName, Portfolio } from "../model/portfolio";
import type { PortfolioMetrics } from "../metrics/types";
import type { Ruleset, Severity } from "../ruleset/types";
import type { CellLocation } from "../../workbook/port";
import type { PortfolioIndex } from "../lookup/portfolio-index";

/** One option of a rule, JSON-Schema-ish so the loader can validate it with ajv. */
export interface RuleOption {
  type: "number" | "integer" | "string" | "boolean" | "array";
  description: string;
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  items?: { type: string };
}

export interface RuleMeta {
  /** One line, shown in docs and the schema. */
  description: string;
  /** The severity when the ruleset does not set one; "off" for a rule a PMO must switch on. */
  defaultSeverity: Severity;
  options: Record<string, RuleOption>;
  /** Message id -> template with {placeholders} filled from the finding's data. */
  messages: Record<string, string>;
  /** What the rule reads; when an entity or a column is missing the engine skips the rule and says why. */
  requires?: { entity: EntityName; fields?: string[] }[];
}

/** What a rule reports; the engine adds ruleId, severity and message. */
export interface RuleReport {
  messageId: string;
  data: Record<string, unknown>;
  projectId?: string;
  resource?: string;
  period?: string;
  location?: CellLocation;
  /**
   * For rules with a warning and an error threshold: "warning" when only the warning threshold is
   * crossed. The engine then caps the configured severity at warning (the rule never picks a severity).
   */
  band?: "warning" | "error";
}

export interface RuleContext {
  portfolio: Portfolio;
  ruleset: Ruleset;
  /** The rule's options, defaults filled in. */
  options: Record<string, unknown>;
  asOf: DayNumber;
  period: "month" | "week";
  metrics: PortfolioMetrics;
  index: PortfolioIndex;
  report(finding: RuleReport): void;
  /** Records, once per rule, why part of the rule could not run (goes to summary.skipped). */
  skip(reason: string): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Identity helper that keeps rule literals type-checked. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
