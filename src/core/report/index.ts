/**
 * The generated report as data: the sheets leadership reads (Portfolio Summary, Findings, Resource
 * Load, Gate Status, Earned Value; Milestone Status, Risk Heatmap, Strategic Alignment), described as SheetSpecs so every writer renders the same thing.
 */
import type { DayNumber } from "../model/dates";
import type { CheckResult } from "../metrics/types";
import type { Portfolio } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { SheetSpec } from "../../workbook/sheet-spec";
import type { Snapshot } from "../history/snapshot";
import { earnedValueSheet } from "./earned-value-sheet";
import { findingsSheet } from "./findings-sheet";
import { gateSheet } from "./gate-sheet";
import { resourceSheet } from "./resource-sheet";
import { summarySheet } from "./summary-sheet";
import { milestonesSheet } from "./milestones-sheet";
import { riskHeatmapSheet } from "./risk-heatmap-sheet";
import { alignmentSheet, hasAlignment } from "./alignment-sheet";

export interface ReportInput {
  /** The source's label (file name or document title), printed in each sheet's header. */
  label: string;
  asOf: DayNumber;
  ruleset: Ruleset;
  portfolio: Portfolio;
  result: CheckResult;
  /** sourceFingerprint() of the data the report was built from. */
  fingerprint: string;
  /** The number format of the source's budget cells (currencyFormatOf), for every amount of the report. */
  currencyFormat?: string;
  /** The runs recorded in the workbook, oldest first, this run last (src/core/history). */
  history?: Snapshot[];
}

/**
 * The report's sheets, in tab order; Milestone Status, Risk Heatmap and Strategic Alignment only when
 * the workbook has what they show. `afterSheet` is called as each is described (the CLI collects the
 * garbage of a 100k-project build there).
 */
export function buildReport(input: ReportInput, afterSheet?: () => void): SheetSpec[] {
  const { portfolio } = input;
  const builders = [
    summarySheet, findingsSheet, resourceSheet, gateSheet, earnedValueSheet,
    ...(portfolio.milestones.length ? [milestonesSheet] : []),
    ...(portfolio.risks.length ? [riskHeatmapSheet] : []),
    ...(hasAlignment(portfolio) ? [alignmentSheet] : []),
  ];
  const sheets: SheetSpec[] = [];
  for (const build of builders) {
    sheets.push(build(input));
    afterSheet?.();
  }
  return sheets;
}

export { GENERATED_MARKER } from "../../workbook/sheet-spec";
