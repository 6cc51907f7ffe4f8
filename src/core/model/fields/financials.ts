/** Financials: time-phased planned value, earned value and actual cost per project and period. */
import type { EntitySpec } from "./spec";
import { MONEY, TO_DATE } from "./words";

const fields = {
  projectId: {
    kind: "text",
    label: "Project ID",
    description: "the project, by ID (or by a unique name)",
    synonyms: ["Project ID", "Project", "Proj ID", "Project Code", "Code", "Project Number", "ID", "Project Name"],
  },
  period: {
    kind: "endDate",
    label: "Period",
    description: "the period: a date or month is read as the period's end, other labels are kept as labels",
    synonyms: ["Period", "Month", "Period End", "Date", "Reporting Period", "Period Ending", "Week", "Fiscal Period"],
    qualifiers: ["reporting", "fiscal", "financial"],
  },
  plannedValue: {
    kind: "amount",
    label: "Planned Value",
    description: "planned value (BCWS) to the period",
    synonyms: ["Planned Value", "PV", "BCWS", "Planned", "Plan", "Baseline Cost", "Planned Cost"],
    qualifiers: [...MONEY, "cumulative", "cum"],
  },
  earnedValue: {
    kind: "amount",
    label: "Earned Value",
    description: "earned value (BCWP) to the period",
    synonyms: ["Earned Value", "EV", "BCWP", "Earned"],
    qualifiers: [...MONEY, ...TO_DATE],
  },
  actualCost: {
    kind: "amount",
    label: "Actual Cost",
    description: "actual cost (ACWP) to the period",
    synonyms: ["Actual Cost", "AC", "ACWP", "Actuals", "Actual", "Spent", "Spend"],
    qualifiers: [...MONEY, ...TO_DATE],
  },
} as const;

export const financials = {
  entity: "financials",
  label: "Financials",
  heading: "Financials",
  holds: "planned value, earned value and actual cost per project and period",
  required: false,
  inSubmission: "expected",
  sheetNames: ["Financials", "Finance", "Costs", "Cost Plan", "EVM", "Earned Value", "Financial Periods", "Budget Tracking"],
  headerKeys: ["projectId"],
  keyColumns: ["projectId", "period"],
  recordKey: "projectId",
  labelFields: ["projectId"],
  evidence: { all: ["projectId", "period"], anyOf: [["plannedValue", "earnedValue"]] },
  keepsExtra: false,
  customRule: null,
  fields,
} as const satisfies EntitySpec;
