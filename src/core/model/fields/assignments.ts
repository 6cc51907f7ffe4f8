/** Assignments: who works on what, when and how much (long form, or wide with one column per period). */
import type { EntitySpec } from "./spec";
import { DATES } from "./words";

const fields = {
  projectId: {
    kind: "text",
    label: "Project ID",
    description: "the project, by ID (or by a unique name)",
    synonyms: ["Project ID", "Project", "Proj ID", "Project Code", "Code", "Project Number", "Proj #", "Project Name", "Project Ref", "Work Package", "WBS", "Charge Code", "Cost Center", "Budget Line", "Budget"],
    fallback: "the project of the row above, a project heading row, the sheet's key/value block, or the sheet's name",
  },
  resource: {
    kind: "text",
    label: "Resource",
    description: "the person, by name",
    synonyms: ["Resource", "Person", "Resource Name", "Name", "Employee", "Staff", "Team Member", "Group Staff", "Assignee", "Assigned To", "Consultant", "Member", "Resource Names", "Resource Assigned", "Assigned Resource"],
  },
  start: {
    kind: "date",
    label: "Start",
    description: "the first day of the assignment",
    synonyms: ["Start", "Start Date", "From", "Begin"],
    qualifiers: DATES,
  },
  finish: {
    kind: "endDate",
    label: "Finish",
    description: "the last day of the assignment",
    synonyms: ["Finish", "End", "End Date", "Finish Date", "To", "Until"],
    qualifiers: DATES,
  },
  allocation: {
    kind: "fte",
    label: "Allocation",
    description: "the load in FTE; hours per week or day, or total effort over the dates, by the header",
    synonyms: ["Allocation", "FTE", "Units", "Allocation %", "% Allocation", "Assignment Units", "Load", "Effort %", "Percent Allocated", "Allocated FTE", "FTE %", "Hours per Week", "Hours/Week", "Hours per Day", "Hours", "Planned Hours", "Effort", "Work", "Estimated Hours", "Hours Allocated", "Allocated Hours", "Assigned Hours"],
    qualifiers: ["total", "planned", "avg", "average", "weekly", "monthly", "daily"],
  },
} as const;

export const assignments = {
  entity: "assignments",
  label: "Assignments",
  heading: "Assignments",
  holds: "who works on what, when, how much (long or wide)",
  required: false,
  inSubmission: "expected",
  sheetNames: ["Assignments", "Resource Plan", "Allocations", "Resource Allocation", "Resource Allocations", "Staffing", "Staffing Plan", "Resourcing", "Labor Plan", "Labour Plan", "Resource Planning"],
  headerKeys: ["resource"],
  keyColumns: ["resource"],
  recordKey: "projectId",
  labelFields: ["projectId", "resource"],
  // Plus an allocation column or period columns; a project column or period columns (locate.ts).
  evidence: { all: ["resource"] },
  keepsExtra: false,
  customRule: {
    period: "wide plans: the period column's key (2026-03, 2026-W11)",
    layout: "long or wide",
    project: "the project row the assignment belongs to",
    row: "the sheet row",
  },
  fields,
} as const satisfies EntitySpec;
