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

/** The report's sheets, in tab order; Milestone Status, Risk Heatmap and Strategic Alignment only when the workbook has what they show. */
export function buildReport(input: ReportInput): SheetSpec[] {
  const { portfolio } = input;
  return [
    summarySheet(input), findingsSheet(input), resourceSheet(input), gateSheet(input), earnedValueSheet(input),
    ...(portfolio.milestones.length ? [milestonesSheet(input)] : []),
    ...(portfolio.risks.length ? [riskHeatmapSheet(input)] : []),
    ...(hasAlignment(portfolio) ? [alignmentSheet(input)] : []),
  ];
}

export { GENERATED_MARKER } from "../../workbook/sheet-spec";
