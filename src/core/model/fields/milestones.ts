/** Milestones: per project, each milestone's baseline, forecast and actual dates. */
import type { EntitySpec } from "./spec";

const fields = {
  projectId: {
    kind: "text",
    label: "Project ID",
    description: "the project, by ID (or by a unique name)",
    synonyms: ["Project ID", "Project", "Proj ID", "Project Code", "Code", "Project Number", "Proj #", "Project Name", "Project Ref"],
    fallback: "the project of the row above, down to the next blank row",
  },
  id: {
    kind: "text",
    label: "Milestone ID",
    description: "the milestone's identifier",
    synonyms: ["Milestone ID", "Milestone Ref", "Milestone #", "Milestone No", "MS ID", "Ref", "ID", "#"],
    fallback: "the milestone's name",
  },
  name: {
    kind: "text",
    label: "Milestone",
    description: "the milestone's name",
    synonyms: ["Milestone", "Milestone Name", "Name", "Milestone Description", "Key Milestone", "Deliverable", "Title", "Description", "Event"],
    qualifiers: ["key", "project", "major"],
  },
  baseline: {
    kind: "endDate",
    label: "Baseline Date",
    description: "the date agreed in the baseline plan",
    synonyms: ["Baseline Date", "Baseline", "Planned Date", "Planned", "Due Date", "Due", "Original Date", "Baseline Finish", "Plan Date", "Scheduled Date", "Original Due Date", "Target Date"],
    qualifiers: ["original", "agreed", "approved", "milestone", "date"],
  },
  forecast: {
    kind: "endDate",
    label: "Forecast Date",
    description: "the date it is now expected",
    synonyms: ["Forecast Date", "Forecast", "Revised Date", "Expected Date", "Estimated Date", "Projected Date", "Forecast Finish", "Current Forecast", "Latest Estimate", "ETA", "Replanned Date"],
    qualifiers: ["current", "latest", "revised", "milestone", "date"],
  },
  actual: {
    kind: "endDate",
    label: "Actual Date",
    description: "the date it was achieved",
    synonyms: ["Actual Date", "Actual", "Achieved", "Achieved Date", "Date Achieved", "Achieved On", "Completed", "Completed Date", "Date Completed", "Completion Date", "Actual Finish", "Actual Completion"],
    qualifiers: ["milestone", "date"],
  },
  status: {
    kind: "text",
    label: "Status",
    description: "as written; Complete, Achieved, Done and similar mean achieved",
    synonyms: ["Status", "Milestone Status", "State", "RAG", "RAG Status"],
    qualifiers: ["milestone", "current"],
  },
} as const;

export const milestones = {
  entity: "milestones",
  label: "Milestones",
  heading: "Milestones",
  holds: "per project, milestones with baseline, forecast and actual dates",
  required: false,
  inSubmission: "optional",
  sheetNames: ["Milestones", "Milestone", "Milestone Plan", "Milestone Tracker", "Key Milestones", "Milestone Schedule", "Key Dates", "Project Milestones"],
  headerKeys: ["name"],
  keyColumns: ["name"],
  recordKey: "projectId",
  labelFields: ["projectId", "name"],
  evidence: { all: ["name", "projectId"], anyOf: [["baseline", "forecast", "actual"]] },
  keepsExtra: true,
  customRule: { achieved: "true when it has an actual date or its status says so", project: "the project row the milestone belongs to", extra: "the other columns, by key", row: "the sheet row" },
  fields,
} as const satisfies EntitySpec;
