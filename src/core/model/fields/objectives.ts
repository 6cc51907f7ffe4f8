/** Objectives: the strategic objectives projects serve. */
import type { EntitySpec } from "./spec";

const fields = {
  id: {
    kind: "text",
    label: "Objective ID",
    description: "the objective's identifier, when the register names objectives by it",
    synonyms: ["Objective ID", "Objective Code", "Objective Ref", "Goal ID", "ID", "Ref", "Code", "#"],
  },
  name: {
    kind: "text",
    label: "Objective",
    description: "the objective",
    synonyms: ["Objective", "Strategic Objective", "Goal", "Strategic Goal", "Theme", "Strategic Theme", "Objective Name", "Strategic Priority", "Pillar", "Strategic Pillar", "Name", "Title"],
    qualifiers: ["strategic", "corporate", "business", "name"],
  },
  description: {
    kind: "text",
    label: "Description",
    description: "what it means",
    synonyms: ["Description", "Details", "Objective Description", "Definition"],
  },
  weight: {
    kind: "percent",
    label: "Weight",
    description: "its weight among the objectives, as a fraction (0.25 = 25%)",
    synonyms: ["Weight", "Weighting", "Weight %", "Importance", "Relative Weight"],
    qualifiers: ["objective", "strategic"],
  },
  owner: {
    kind: "text",
    label: "Owner",
    description: "who is accountable for it",
    synonyms: ["Owner", "Objective Owner", "Accountable", "Executive Owner", "Sponsor", "Lead"],
    qualifiers: ["objective", "executive", "name"],
  },
} as const;

export const objectives = {
  entity: "objectives",
  label: "Objectives",
  heading: "Strategic objectives",
  holds: "the strategic objectives projects serve, with their weight",
  required: false,
  inSubmission: "optional",
  sheetNames: ["Objectives", "Strategic Objectives", "Strategy", "Goals", "Strategic Goals", "Strategic Themes", "Themes", "OKRs", "Strategic Priorities", "Pillars"],
  headerKeys: ["name"],
  keyColumns: ["name"],
  recordKey: "name",
  labelFields: ["id", "name"],
  evidence: { all: ["name"], anyOf: [["weight"]] },
  keepsExtra: true,
  customRule: { extra: "the other columns, by key", row: "the sheet row" },
  fields,
} as const satisfies EntitySpec;
