/** Resources: the people, with their capacity. */
import type { EntitySpec } from "./spec";

const fields = {
  name: {
    kind: "text",
    label: "Name",
    description: "the person (or a named resource)",
    synonyms: ["Resource", "Name", "Person", "Resource Name", "Employee", "Staff", "Team Member", "Full Name", "Employee Name", "Consultant", "Member"],
  },
  role: {
    kind: "text",
    label: "Role",
    description: "the role or job title",
    synonyms: ["Role", "Job Title", "Position", "Skill", "Title", "Grade"],
  },
  team: {
    kind: "text",
    label: "Team",
    description: "the team or department",
    synonyms: ["Team", "Department", "Group", "Unit", "Practice", "Dept"],
  },
  capacity: {
    kind: "capacity",
    label: "Capacity",
    description: "the capacity in FTE (Max Units: 1.0 = full time)",
    synonyms: ["Capacity", "FTE", "Max Units", "Availability", "Available FTE", "Capacity FTE", "Hours per Week", "Weekly Hours", "Contracted Hours", "Capacity %", "Hours/Week", "Hrs/Wk", "Weekly Hrs", "Availability %", "FTE %", "Available Hours"],
    qualifiers: ["total", "max", "maximum", "weekly", "available", "contracted", "standard"],
    fallback: "the ruleset's thresholds.defaultCapacity (1.0)",
  },
} as const;

export const resources = {
  entity: "resources",
  label: "Resources",
  heading: "Resources",
  holds: "one row per person, with capacity",
  required: false,
  inSubmission: "expected",
  sheetNames: ["Resources", "Team", "People", "Staff", "Resource List", "Resource Pool", "Team Members", "Capacity"],
  headerKeys: ["name"],
  keyColumns: ["name"],
  recordKey: "name",
  labelFields: ["name"],
  evidence: { all: ["name"], anyOf: [["role", "team", "capacity"]] },
  keepsExtra: false,
  customRule: { row: "the sheet row" },
  fields,
} as const satisfies EntitySpec;
