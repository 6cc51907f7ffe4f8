/**
 * The sample portfolio as a PMO would describe it: 30 projects in five programmes, the delivery team,
 * and the problems deliberately planted in it (documented in docs/sample.md). Figures that follow from
 * these (earned value, gate dates, assignments) are derived in plan.ts so they stay consistent.
 */

export const AS_OF = "2026-11-25";

/** What is wrong with a project on purpose; plan.ts and docs/sample.md read these. */
export type Plant =
  | "cpi-low"
  | "forecast-over"
  | "g2-pending"
  | "stale"
  | "overdue"
  | "unknown-stage"
  | "finish-before-start"
  | "budget-tbd"
  | "g1-rejected"
  | "missing-artifact"
  | "duplicate-id";

export interface SampleProject {
  id: string;
  name: string;
  program: string;
  manager: string;
  sponsor?: string;
  stage: string;
  rag: "Green" | "Amber" | "Red";
  start: string;
  finish: string;
  /** Undefined: left blank (an Idea without an estimate yet). */
  budget?: number;
  plant?: Plant;
  /** How the sheet spells a value, to reproduce real-world mess. */
  style?: { startAsText?: boolean; budgetAsText?: boolean; percentAsText?: boolean };
  note?: string;
}

const DC = "Digital Channels";
const FT = "Finance Transformation";
const IR = "Infrastructure Renewal";
const CO = "Customer Operations";
const RC = "Regulatory & Compliance";

export const PROJECTS: SampleProject[] = [
  { id: "PRJ-101", name: "Customer Portal Redesign", program: DC, manager: "Hannah Okafor", sponsor: "Maria Lopez", stage: "Execution", rag: "Green", start: "2025-10-06", finish: "2027-03-31", budget: 1_250_000, style: { budgetAsText: true } },
  { id: "PRJ-102", name: "Mobile App 3.0", program: DC, manager: "Tom Becker", sponsor: "Maria Lopez", stage: "Execution", rag: "Amber", start: "2025-11-03", finish: "2027-02-26", budget: 980_000, note: "Vendor change requests pending" },
  { id: "PRJ-103", name: "Service Desk Chatbot", program: DC, manager: "Hannah Okafor", sponsor: "Maria Lopez", stage: "Planning", rag: "Green", start: "2026-07-06", finish: "2027-06-30", budget: 420_000 },
  { id: "PRJ-104", name: "Web Analytics Consolidation", program: DC, manager: "Leo Marchetti", sponsor: "Maria Lopez", stage: "Closing", rag: "Green", start: "2025-06-02", finish: "2026-12-11", budget: 310_000 },
  { id: "PRJ-105", name: "E-commerce Checkout Revamp", program: DC, manager: "Tom Becker", sponsor: "Maria Lopez", stage: "Idea", rag: "Green", start: "2027-04-05", finish: "2027-12-17", budget: 650_000 },
  { id: "PRJ-106", name: "Accessibility Remediation", program: DC, manager: "Leo Marchetti", sponsor: "Maria Lopez", stage: "Closed", rag: "Green", start: "2025-03-03", finish: "2026-10-16", budget: 185_000 },
  { id: "PRJ-107", name: "ERP Cloud Migration", program: FT, manager: "Grace Mensah", sponsor: "David Chen", stage: "Execution", rag: "Red", start: "2025-04-07", finish: "2027-09-30", budget: 2_950_000, plant: "forecast-over", note: "Data migration rework" },
  { id: "PRJ-108", name: "Procure-to-Pay Automation", program: FT, manager: "Samir Haddad", sponsor: "David Chen", stage: "Execution", rag: "Amber", start: "2026-02-02", finish: "2027-04-30", budget: 760_000, plant: "g2-pending", note: "Build started ahead of G2" },
  { id: "PRJ-109", name: "Treasury Management System", program: FT, manager: "Grace Mensah", sponsor: "David Chen", stage: "Planning", rag: "Amber", start: "2026-06-01", finish: "2027-08-31", plant: "budget-tbd", note: "Budget awaiting vendor quotes" },
  { id: "PRJ-110", name: "Month-End Close Acceleration", program: FT, manager: "Samir Haddad", sponsor: "David Chen", stage: "Closing", rag: "Green", start: "2025-09-01", finish: "2026-12-18", budget: 540_000, style: { startAsText: true } },
  { id: "PRJ-111", name: "Expense Policy Tooling", program: FT, manager: "Samir Haddad", sponsor: "David Chen", stage: "On Hold", rag: "Amber", start: "2026-01-12", finish: "2027-01-29", budget: 120_000, note: "Paused pending policy review" },
  { id: "PRJ-112", name: "IFRS 17 Reporting Upgrade", program: FT, manager: "Grace Mensah", sponsor: "Elena Petrova", stage: "Execution", rag: "Green", start: "2025-08-04", finish: "2027-01-29", budget: 1_480_000, plant: "stale", style: { budgetAsText: true } },
  { id: "PRJ-113", name: "Data Centre Exit", program: IR, manager: "Owen Price", sponsor: "Rajesh Iyer", stage: "Execution", rag: "Amber", start: "2025-05-05", finish: "2026-10-30", budget: 2_100_000, plant: "overdue", note: "Last racks move in December" },
  { id: "PRJ-114", name: "Network Refresh Wave 2", program: IR, manager: "Owen Price", sponsor: "Rajesh Iyer", stage: "Execution", rag: "Green", start: "2026-01-05", finish: "2027-05-28", budget: 890_000, style: { percentAsText: true } },
  { id: "PRJ-115", name: "Endpoint Modernisation", program: IR, manager: "Chloe Dubois", sponsor: "Rajesh Iyer", stage: "Stabilisation", rag: "Green", start: "2025-07-07", finish: "2027-01-15", budget: 730_000, plant: "unknown-stage" },
  { id: "PRJ-116", name: "Backup & Recovery Overhaul", program: IR, manager: "Chloe Dubois", sponsor: "Rajesh Iyer", stage: "Planning", rag: "Amber", start: "2027-03-01", finish: "2026-12-18", budget: 360_000, plant: "finish-before-start" },
  { id: "PRJ-117", name: "Zero Trust Pilot", program: IR, manager: "Owen Price", sponsor: "Rajesh Iyer", stage: "Initiation", rag: "Green", start: "2026-10-05", finish: "2027-06-25", budget: 275_000 },
  { id: "PRJ-118", name: "Print Fleet Rationalisation", program: IR, manager: "Chloe Dubois", sponsor: "Rajesh Iyer", stage: "Closed", rag: "Green", start: "2025-02-03", finish: "2026-09-25", budget: 95_000 },
  { id: "PRJ-118", name: "Wi-Fi 7 Upgrade", program: IR, manager: "Owen Price", stage: "Idea", rag: "Green", start: "2027-02-01", finish: "2027-09-30", plant: "duplicate-id", note: "Copied from row above" },
  { id: "PRJ-119", name: "Contact Centre Telephony Replacement", program: CO, manager: "Aisha Rahman", sponsor: "James O'Neill", stage: "Execution", rag: "Green", start: "2026-03-02", finish: "2027-03-26", budget: 1_120_000, plant: "missing-artifact" },
  { id: "PRJ-120", name: "Field Service Scheduling", program: CO, manager: "Aisha Rahman", sponsor: "James O'Neill", stage: "Execution", rag: "Green", start: "2025-12-01", finish: "2027-02-26", budget: 640_000, style: { startAsText: true } },
  { id: "PRJ-121", name: "Complaints Handling Redesign", program: CO, manager: "Ben Carter", sponsor: "James O'Neill", stage: "Planning", rag: "Red", start: "2026-05-04", finish: "2027-03-31", budget: 230_000, plant: "g1-rejected", note: "Charter sent back by board" },
  { id: "PRJ-122", name: "Knowledge Base Refresh", program: CO, manager: "Ben Carter", sponsor: "James O'Neill", stage: "Initiation", rag: "Green", start: "2026-09-07", finish: "2027-04-30", budget: 80_000 },
  { id: "PRJ-123", name: "Returns Process Optimisation", program: CO, manager: "Aisha Rahman", stage: "Idea", rag: "Green", start: "2027-03-01", finish: "2027-10-29" },
  { id: "PRJ-124", name: "CRM Data Cleanse", program: CO, manager: "Ben Carter", sponsor: "James O'Neill", stage: "On Hold", rag: "Amber", start: "2026-02-02", finish: "2026-12-18", budget: 150_000, note: "Waiting for CRM upgrade" },
  { id: "PRJ-125", name: "GDPR Records Retention", program: RC, manager: "Nadia Kowalski", sponsor: "Elena Petrova", stage: "Execution", rag: "Green", start: "2025-09-15", finish: "2026-12-31", budget: 410_000 },
  { id: "PRJ-126", name: "Operational Resilience (DORA)", program: RC, manager: "Nadia Kowalski", sponsor: "Elena Petrova", stage: "Execution", rag: "Amber", start: "2025-06-02", finish: "2027-06-30", budget: 1_750_000, plant: "cpi-low", style: { budgetAsText: true, percentAsText: true }, note: "Cost forecast not yet re-baselined" },
  { id: "PRJ-127", name: "AML Transaction Monitoring", program: RC, manager: "Felix Wagner", sponsor: "Elena Petrova", stage: "Planning", rag: "Green", start: "2026-04-06", finish: "2027-11-30", budget: 1_300_000 },
  { id: "PRJ-128", name: "Sanctions Screening Upgrade", program: RC, manager: "Felix Wagner", sponsor: "Elena Petrova", stage: "Initiation", rag: "Green", start: "2026-10-12", finish: "2027-07-30", budget: 520_000 },
  { id: "PRJ-129", name: "Whistleblowing Platform", program: RC, manager: "Nadia Kowalski", sponsor: "Elena Petrova", stage: "Idea", rag: "Green", start: "2027-01-11", finish: "2027-06-30", budget: 60_000 },
  { id: "PRJ-130", name: "Policy Management System", program: RC, manager: "Felix Wagner", sponsor: "Elena Petrova", stage: "Initiation", rag: "Green", start: "2026-09-21", finish: "2027-05-28", budget: 210_000 },
];

export interface SamplePerson {
  name: string;
  role: string;
  team: string;
  /** Undefined: left blank (the ruleset's default applies). */
  capacity?: number;
}

export const PEOPLE: SamplePerson[] = [
  { name: "Priya Nair", role: "Solution Architect", team: "Architecture", capacity: 1 },
  { name: "Marcus Johnson", role: "Business Analyst", team: "Digital", capacity: 1 },
  { name: "Sofia Rossi", role: "Developer", team: "Digital", capacity: 1 },
  { name: "Kenji Tanaka", role: "Developer", team: "Digital", capacity: 0.8 },
  { name: "Fatima Al-Sayed", role: "Tester", team: "Digital", capacity: 1 },
  { name: "Lukas Schmidt", role: "Data Engineer", team: "Data", capacity: 1 },
  { name: "Emily Walsh", role: "Data Engineer", team: "Data", capacity: 0.5 },
  { name: "Daniel Kim", role: "Business Analyst", team: "Finance Systems", capacity: 1 },
  { name: "Olivia Brown", role: "Developer", team: "Finance Systems", capacity: 1 },
  { name: "Ahmed Hassan", role: "Tester", team: "Finance Systems", capacity: 0.8 },
  { name: "Isabel García", role: "Change Manager", team: "Change", capacity: 1 },
  { name: "Noah Williams", role: "Trainer", team: "Change", capacity: 0.5 },
  { name: "Chen Wei", role: "Infrastructure Engineer", team: "Infrastructure", capacity: 1 },
  { name: "Zoe Martin", role: "Infrastructure Engineer", team: "Infrastructure" },
  { name: "Patrick Murphy", role: "Network Engineer", team: "Infrastructure", capacity: 1 },
  { name: "Anna Nowak", role: "Security Analyst", team: "Security", capacity: 0.8 },
  { name: "Ravi Patel", role: "Business Analyst", team: "Operations", capacity: 1 },
  { name: "Laura Fischer", role: "Developer", team: "Operations", capacity: 1 },
  { name: "Mohammed Ali", role: "Compliance Analyst", team: "Risk", capacity: 1 },
  { name: "Julia Santos", role: "Tester", team: "Operations", capacity: 0.5 },
];

/** The person double-booked for one week (planted over-allocation) and the misspelt name in Assignments. */
export const DOUBLE_BOOKED = "Priya Nair";
export const UNKNOWN_RESOURCE = "Jon Smyth";
