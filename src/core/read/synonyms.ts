/**
 * Which headers mean which field, per entity. Keys are normalised with normalizeHeader, so "Proj. ID",
 * "PROJ ID" and "Proj-ID" are all "projid". Earlier synonyms win when two columns compete for a field.
 */
import type { EntityName } from "../model/portfolio";
import { normalizeHeader } from "./normalize";

type SynonymTable = Record<string, string[]>;

const PROJECTS: SynonymTable = {
  id: ["ID", "Project ID", "Proj ID", "Proj. ID", "Project Code", "Code", "Project Number", "Project No.", "Proj #", "Project #", "Ref", "Reference", "Project Ref", "Key", "Project Key", "PID", "Ref No", "Reference No", "#", "No."],
  name: ["Name", "Project Name", "Project", "Project Title", "Title", "Description", "Project Description", "Initiative"],
  program: ["Program", "Programme", "Portfolio", "Department", "Dept", "Workstream", "Business Unit", "Division", "Program Name", "Programme Name"],
  manager: ["Manager", "PM", "Project Manager", "Owner", "Project Owner", "Project Lead", "Lead", "Delivery Manager"],
  sponsor: ["Sponsor", "Executive Sponsor", "Project Sponsor", "Business Sponsor", "SRO", "Senior Responsible Owner"],
  stage: ["Stage", "Phase", "Lifecycle Stage", "Current Stage", "Current Phase", "Lifecycle Phase", "Project Phase", "Project Stage"],
  status: ["Status", "RAG", "Health", "RAG Status", "Overall Status", "Overall RAG", "Project Health", "Overall Health", "Status RAG"],
  start: ["Start", "Start Date", "Planned Start", "Baseline Start", "Begin", "Begin Date", "Kick-off", "Kickoff Date"],
  finish: ["Finish", "End", "End Date", "Finish Date", "Planned Finish", "Planned End", "Baseline Finish", "Due Date", "Target Date", "Completion Date", "Go Live", "Go-Live Date"],
  budget: ["Budget", "BAC", "Approved Budget", "Baseline Budget", "Total Budget", "Budget at Completion", "Project Budget", "Sanctioned Budget", "Funding", "Funding Amount"],
  actualCost: ["Actual Cost", "Actuals", "Spent", "Cost to Date", "Actual", "Spend to Date", "Actual Spend", "AC", "ACWP", "Spend"],
  forecast: ["Forecast", "EAC", "Estimate at Completion", "Forecast Cost", "Forecast at Completion", "Forecast Total", "FAC", "Estimated Cost"],
  percentComplete: ["Percent Complete", "% Complete", "Completion %", "Progress", "% Done", "Percent Done", "Complete %", "Pct Complete", "% Progress", "Progress %", "Physical % Complete"],
  lastUpdate: ["Last Update", "Status Date", "Last Updated", "Updated", "Last Status Update", "Report Date", "Last Status Date", "Date Updated", "Last Modified", "Update Date"],
};

const GATES: SynonymTable = {
  projectId: ["Project ID", "Project", "Proj ID", "Project Code", "Code", "Project Number", "Proj #", "ID", "Project Ref", "Project Name"],
  gate: ["Gate", "Gate ID", "Stage Gate", "Gate Name", "Milestone Gate", "Checkpoint", "Gate Review", "Gate #", "Stage", "Phase", "To Stage", "Next Stage"],
  decision: ["Decision", "Gate Decision", "Outcome", "Result", "Approval", "Approval Status", "Status", "Gate Status"],
  date: ["Decision Date", "Date", "Gate Date", "Approval Date", "Approved On", "Review Date", "Meeting Date"],
  approver: ["Approver", "Approved By", "Decision Maker", "Board", "Gatekeeper", "Authorised By", "Authorized By"],
};

const RESOURCES: SynonymTable = {
  name: ["Resource", "Name", "Person", "Resource Name", "Employee", "Staff", "Team Member", "Full Name", "Employee Name", "Consultant", "Member"],
  role: ["Role", "Job Title", "Position", "Skill", "Title", "Grade"],
  team: ["Team", "Department", "Group", "Unit", "Practice", "Dept"],
  capacity: ["Capacity", "FTE", "Max Units", "Availability", "Available FTE", "Capacity FTE", "Hours per Week", "Weekly Hours", "Contracted Hours", "Capacity %", "Hours/Week", "Hrs/Wk", "Weekly Hrs", "Availability %", "FTE %", "Available Hours"],
};

const ASSIGNMENTS: SynonymTable = {
  projectId: ["Project ID", "Project", "Proj ID", "Project Code", "Code", "Project Number", "Proj #", "Project Name", "Project Ref", "Work Package", "WBS", "Charge Code", "Cost Center", "Budget Line", "Budget"],
  resource: ["Resource", "Person", "Resource Name", "Name", "Employee", "Staff", "Team Member", "Group Staff", "Assignee", "Assigned To", "Consultant", "Member", "Resource Names"],
  start: ["Start", "Start Date", "From", "Begin"],
  finish: ["Finish", "End", "End Date", "Finish Date", "To", "Until"],
  allocation: ["Allocation", "FTE", "Units", "Allocation %", "% Allocation", "Assignment Units", "Load", "Effort %", "Percent Allocated", "Allocated FTE", "FTE %", "Hours per Week", "Hours/Week", "Hours per Day", "Hours", "Planned Hours", "Effort", "Work", "Estimated Hours"],
};

const FINANCIALS: SynonymTable = {
  projectId: ["Project ID", "Project", "Proj ID", "Project Code", "Code", "Project Number", "ID", "Project Name"],
  period: ["Period", "Month", "Period End", "Date", "Reporting Period", "Period Ending", "Week", "Fiscal Period"],
  plannedValue: ["Planned Value", "PV", "BCWS", "Planned", "Plan", "Baseline Cost", "Planned Cost"],
  earnedValue: ["Earned Value", "EV", "BCWP", "Earned"],
  actualCost: ["Actual Cost", "AC", "ACWP", "Actuals", "Actual", "Spent", "Spend"],
};

export const FIELD_SYNONYMS: Record<EntityName, SynonymTable> = {
  projects: PROJECTS,
  gates: GATES,
  resources: RESOURCES,
  assignments: ASSIGNMENTS,
  financials: FINANCIALS,
};

/** Sheet (or table) names that mean an entity, normalised. */
export const ENTITY_NAMES: Record<EntityName, string[]> = {
  projects: ["Projects", "Project", "Portfolio", "Project List", "Register", "Project Register", "Projects List", "Portfolio Register", "Project Portfolio", "Project Inventory", "Pipeline"],
  gates: ["Gates", "Gate Log", "Approvals", "Gate Reviews", "Gate Decisions", "Stage Gates", "Gate Register", "Decisions"],
  resources: ["Resources", "Team", "People", "Staff", "Resource List", "Resource Pool", "Team Members", "Capacity"],
  assignments: ["Assignments", "Resource Plan", "Allocations", "Resource Allocation", "Resource Allocations", "Staffing", "Staffing Plan", "Resourcing", "Labor Plan", "Labour Plan", "Resource Planning"],
  financials: ["Financials", "Finance", "Costs", "Cost Plan", "EVM", "Earned Value", "Financial Periods", "Budget Tracking"],
};

/** Normalised header -> { field, rank } per entity, built once. */
export interface SynonymIndex {
  get(normalized: string): { field: string; rank: number } | undefined;
  fields: string[];
}

const indexes = new Map<EntityName, SynonymIndex>();

/** The lookup from normalised header to field for an entity (cached). */
export function synonymIndex(entity: EntityName): SynonymIndex {
  const cached = indexes.get(entity);
  if (cached) return cached;
  const map = new Map<string, { field: string; rank: number }>();
  const table = FIELD_SYNONYMS[entity];
  for (const [field, list] of Object.entries(table)) {
    list.forEach((syn, rank) => {
      const key = normalizeHeader(syn);
      const prev = map.get(key);
      // A header listed for two fields goes to the one where it is the stronger (earlier) synonym.
      if (!prev || prev.rank > rank) map.set(key, { field, rank });
    });
  }
  const index: SynonymIndex = { get: (k) => map.get(k), fields: Object.keys(table) };
  indexes.set(entity, index);
  return index;
}

/** Normalised entity names, for sheet-name matching. */
export function entityNameSet(entity: EntityName): Set<string> {
  return new Set(ENTITY_NAMES[entity].map(normalizeHeader));
}
