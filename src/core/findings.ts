import type { SheetGrid } from "../workbook/grid";
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

/** How a location in a hidden row is told apart, in the CLI's text and in the pane: "Projects!D40 (hidden row)". */
export const HIDDEN_ROW_NOTE = "(hidden row)";

/**
 * Marks each finding located in a hidden row of its sheet (`SheetGrid.hiddenRows`) with
 * `location.hidden`, so a user told "Projects!D40" knows why the row cannot be seen. Findings of other
 * workbooks (a location with a file) are left to the caller that knows their sheets.
 */
export function markHiddenRows(findings: Finding[], sheets: readonly Pick<SheetGrid, "name" | "hiddenRows">[]): void {
  let hidden: Map<string, Set<number>> | undefined;
  for (const s of sheets) if (s.hiddenRows?.length) (hidden ??= new Map()).set(s.name, new Set(s.hiddenRows));
  if (!hidden) return;
  for (const f of findings) {
    const at = f.location;
    if (at && at.file === undefined && hidden.get(at.sheet)?.has(at.row)) f.location = { ...at, hidden: true };
  }
}
