/** Gates: the gate log, one row per gate decision. */
import type { EntitySpec } from "./spec";

const fields = {
  projectId: {
    kind: "text",
    label: "Project ID",
    description: "the project, by ID (or by a unique name)",
    synonyms: ["Project ID", "Project", "Proj ID", "Project Code", "Code", "Project Number", "Proj #", "ID", "Project Ref", "Project Name"],
    fallback: "the project of the row above, down to the next blank row",
  },
  gate: {
    kind: "text",
    label: "Gate",
    description: "the gate, matched to the ruleset's gates by id, number or name (or the stage it leads into)",
    synonyms: ["Gate", "Gate ID", "Stage Gate", "Gate Name", "Milestone Gate", "Checkpoint", "Gate Review", "Gate #", "Stage", "Phase", "To Stage", "Next Stage"],
  },
  decision: {
    kind: "text",
    label: "Decision",
    description: "the decision: Approved, Approved with conditions, Pending, Deferred, Rejected, Hold, Kill, Recycle",
    synonyms: ["Decision", "Gate Decision", "Outcome", "Result", "Approval", "Approval Status", "Status", "Gate Status"],
    qualifiers: ["gate", "final", "board"],
  },
  date: {
    kind: "date",
    label: "Decision Date",
    description: "the date of the decision",
    synonyms: ["Decision Date", "Date", "Gate Date", "Approval Date", "Approved On", "Review Date", "Meeting Date"],
    qualifiers: ["gate", "decision", "approval", "actual", "board"],
  },
  approver: {
    kind: "text",
    label: "Approver",
    description: "who decided",
    synonyms: ["Approver", "Approved By", "Decision Maker", "Board", "Gatekeeper", "Authorised By", "Authorized By"],
    qualifiers: ["gate", "final"],
  },
} as const;

export const gates = {
  entity: "gates",
  label: "Gates",
  heading: "Gate decisions",
  holds: "one row per gate decision",
  required: false,
  inSubmission: "expected",
  sheetNames: ["Gates", "Gate Log", "Approvals", "Gate Reviews", "Gate Decisions", "Stage Gates", "Gate Register", "Decisions"],
  headerKeys: ["gate"],
  keyColumns: ["projectId", "gate", "decision"],
  recordKey: "projectId",
  labelFields: ["projectId", "gate"],
  evidence: { all: ["gate", "projectId"], anyOf: [["decision", "date"]] },
  keepsExtra: false,
  customRule: {
    gateIndex: "the gate's position in the lifecycle (G0 = 0)",
    project: "the project row the gate belongs to",
    artifacts: "the artefact columns the ruleset names, by name",
    row: "the sheet row",
  },
  fields,
} as const satisfies EntitySpec;
