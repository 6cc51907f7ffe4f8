import type { CellLocation } from "../workbook/port";
import type { Severity } from "./ruleset/types";

export type FindingSeverity = Exclude<Severity, "off">;

/** One problem found in a portfolio: plain, serialisable data. */
export interface Finding {
  ruleId: string;
  severity: FindingSeverity;
  /** Message template id of the rule (tests assert ids and data, not prose). */
  messageId: string;
  /** The filled-in message. */
  message: string;
  /** The figures behind the message. */
  data: Record<string, unknown>;
  projectId?: string;
  resource?: string;
  /** "2026-03" or "2026-W11" for period-based findings. */
  period?: string;
  location?: CellLocation;
}

export interface FindingSummary {
  error: number;
  warning: number;
  info: number;
  total: number;
  projects: number;
  /** Rules skipped because their columns or entities are missing: rule id -> reason. */
  skipped: Record<string, string>;
}
