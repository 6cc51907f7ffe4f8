/** Every built-in rule, sorted by id (a meta-test keeps it sorted, unique, tested and documented). */
import budgetCpi from "./budget/cpi";
import budgetForecastVariance from "./budget/forecast-variance";
import budgetOverspent from "./budget/overspent";
import dataDateOrder from "./data/date-order";
import dataDuplicateId from "./data/duplicate-id";
import dataInvalidValue from "./data/invalid-value";
import dataRequiredField from "./data/required-field";
import dataSubmissionConflict from "./data/submission-conflict";
import dataUncalculatedFormula from "./data/uncalculated-formula";
import dataUnknownReference from "./data/unknown-reference";
import dataUnknownStage from "./data/unknown-stage";
import gateMissingApproval from "./gate/missing-approval";
import gateMissingArtifact from "./gate/missing-artifact";
import gateOutOfOrder from "./gate/out-of-order";
import gateRejected from "./gate/rejected";
import milestoneMissingBaseline from "./milestone/missing-baseline";
import milestoneOverdue from "./milestone/overdue";
import milestoneSlipped from "./milestone/slipped";
import resourceOverAllocated from "./resource/over-allocated";
import riskIssueWithoutAction from "./risk/issue-without-action";
import riskNoMitigation from "./risk/no-mitigation";
import riskNoOwner from "./risk/no-owner";
import riskOpenOnClosedProject from "./risk/open-on-closed-project";
import riskReviewOverdue from "./risk/review-overdue";
import scheduleOverdue from "./schedule/overdue";
import scheduleSpi from "./schedule/spi";
import statusStale from "./status/stale";
import strategyLowValue from "./strategy/low-value";
import strategyUnaligned from "./strategy/unaligned";
import type { Rule } from "./rule";

export type { Rule } from "./rule";

export const rules: Rule[] = [
  budgetCpi,
  budgetForecastVariance,
  budgetOverspent,
  dataDateOrder,
  dataDuplicateId,
  dataInvalidValue,
  dataRequiredField,
  dataSubmissionConflict,
  dataUncalculatedFormula,
  dataUnknownReference,
  dataUnknownStage,
  gateMissingApproval,
  gateMissingArtifact,
  gateOutOfOrder,
  gateRejected,
  milestoneMissingBaseline,
  milestoneOverdue,
  milestoneSlipped,
  resourceOverAllocated,
  riskIssueWithoutAction,
  riskNoMitigation,
  riskNoOwner,
  riskOpenOnClosedProject,
  riskReviewOverdue,
  scheduleOverdue,
  scheduleSpi,
  statusStale,
  strategyLowValue,
  strategyUnaligned,
];

/** Rule id -> rule. */
export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((r) => [r.id, r]));
