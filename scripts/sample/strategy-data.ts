/**
 * The sample's strategy and RAID log: Northwind's five objectives, which objective each project serves
 * (with its strategic score), and the portfolio RAID log. The planted problems are marked `plant` and
 * listed in docs/sample.md.
 */

export interface SampleObjective {
  id: string;
  name: string;
  description: string;
  weight: number;
  owner: string;
}

export const OBJECTIVES: SampleObjective[] = [
  { id: "OBJ-1", name: "Grow digital revenue", description: "Half of new sales through digital channels by 2028", weight: 0.25, owner: "Maria Lopez" },
  { id: "OBJ-2", name: "Lower the cost to serve", description: "Cost-to-income ratio below 55%", weight: 0.25, owner: "David Chen" },
  { id: "OBJ-3", name: "Resilient, modern technology", description: "No critical system out of vendor support", weight: 0.2, owner: "Rajesh Iyer" },
  { id: "OBJ-4", name: "Meet every regulatory obligation", description: "No regulatory finding rated high", weight: 0.2, owner: "Elena Petrova" },
  { id: "OBJ-5", name: "Delight customers in every channel", description: "Net Promoter Score above 40", weight: 0.1, owner: "James O'Neill" },
];

/** The objective a project names: PRJ-114 names last year's theme (not in the list), PRJ-120 names none. */
export const UNKNOWN_OBJECTIVE = "Always-on infrastructure";
const O = Object.fromEntries(OBJECTIVES.map((o) => [o.id, o.name]));

/** Per project row (in PROJECTS order, the duplicated PRJ-118 twice): objective and strategic score (1–10). */
export const ALIGNMENT: { objective?: string; score: number }[] = [
  { objective: O["OBJ-5"], score: 8 }, // 101
  { objective: O["OBJ-1"], score: 9 }, // 102
  { objective: O["OBJ-2"], score: 6 }, // 103
  { objective: O["OBJ-1"], score: 5 }, // 104
  { objective: O["OBJ-1"], score: 7 }, // 105
  { objective: O["OBJ-5"], score: 6 }, // 106
  { objective: O["OBJ-2"], score: 9 }, // 107
  { objective: O["OBJ-2"], score: 7 }, // 108
  { objective: O["OBJ-2"], score: 6 }, // 109
  { objective: O["OBJ-2"], score: 7 }, // 110
  { objective: O["OBJ-2"], score: 3 }, // 111
  { objective: O["OBJ-4"], score: 9 }, // 112
  { objective: O["OBJ-3"], score: 8 }, // 113
  { objective: UNKNOWN_OBJECTIVE, score: 6 }, // 114 (planted: not an objective)
  { objective: O["OBJ-3"], score: 5 }, // 115
  { objective: O["OBJ-3"], score: 7 }, // 116
  { objective: O["OBJ-3"], score: 6 }, // 117
  { objective: O["OBJ-2"], score: 4 }, // 118
  { objective: O["OBJ-3"], score: 4 }, // 118 (the copied row)
  { objective: O["OBJ-5"], score: 8 }, // 119
  { score: 5 }, // 120 (planted: no objective)
  { objective: O["OBJ-5"], score: 6 }, // 121
  { objective: O["OBJ-5"], score: 4 }, // 122
  { objective: O["OBJ-2"], score: 5 }, // 123
  { objective: O["OBJ-5"], score: 3 }, // 124
  { objective: O["OBJ-4"], score: 8 }, // 125
  { objective: O["OBJ-4"], score: 10 }, // 126
  { objective: O["OBJ-4"], score: 9 }, // 127
  { objective: O["OBJ-4"], score: 8 }, // 128
  { objective: O["OBJ-4"], score: 5 }, // 129
  { objective: O["OBJ-4"], score: 6 }, // 130
];

export type RaidPlant = "high-no-mitigation" | "no-owner" | "review-overdue" | "open-on-closed" | "issue-no-action";

export interface SampleRaidEntry {
  ref: string;
  type: "Risk" | "Issue" | "Assumption" | "Dependency";
  projectId: string;
  description: string;
  /** 1–5; issues, assumptions and dependencies carry an impact only, or nothing. */
  probability?: number;
  impact?: number;
  owner?: string;
  mitigation?: string;
  status: "Open" | "In Progress" | "Closed" | "Mitigated";
  raised: string;
  review?: string;
  plant?: RaidPlant;
}

export const RAID: SampleRaidEntry[] = [
  { ref: "R-001", type: "Risk", projectId: "PRJ-107", description: "Legacy ledger data fails migration reconciliation", probability: 4, impact: 4, owner: "Grace Mensah", mitigation: "Extra reconciliation sprint; parallel run of one month-end", status: "Open", raised: "2026-03-10", review: "2026-12-04" },
  { ref: "R-002", type: "Risk", projectId: "PRJ-107", description: "Lead ERP consultant rolls off in Q1", probability: 3, impact: 4, owner: "Grace Mensah", mitigation: "Knowledge-transfer plan; second consultant named in the SOW", status: "Open", raised: "2026-06-15", review: "2026-12-11" },
  { ref: "R-003", type: "Risk", projectId: "PRJ-126", description: "ICT third-party register incomplete for the regulator's deadline", probability: 4, impact: 5, owner: "Nadia Kowalski", status: "Open", raised: "2026-10-20", review: "2026-12-02", plant: "high-no-mitigation" },
  { ref: "R-004", type: "Risk", projectId: "PRJ-126", description: "Resilience test windows clash with the year-end change freeze", probability: 3, impact: 3, owner: "Nadia Kowalski", mitigation: "Test windows booked for January", status: "Open", raised: "2026-08-17", review: "2026-12-16" },
  { ref: "R-005", type: "Risk", projectId: "PRJ-108", description: "Supplier e-invoicing API not stable", probability: 3, impact: 3, mitigation: "Contract tests against the supplier sandbox", status: "Open", raised: "2026-09-14", review: "2026-12-09", plant: "no-owner" },
  { ref: "I-006", type: "Issue", projectId: "PRJ-102", description: "Vendor change requests unpriced; release 3.1 scope blocked", impact: 4, owner: "Tom Becker", status: "Open", raised: "2026-11-13", plant: "issue-no-action" },
  { ref: "R-007", type: "Risk", projectId: "PRJ-127", description: "Transaction data for model tuning not released by core banking", probability: 3, impact: 4, owner: "Felix Wagner", mitigation: "Extract requested via the data office; synthetic data as fallback", status: "Open", raised: "2026-07-01", review: "2026-11-06", plant: "review-overdue" },
  { ref: "R-008", type: "Risk", projectId: "PRJ-106", description: "Third-party chat widget not WCAG 2.2 compliant", probability: 2, impact: 3, owner: "Leo Marchetti", mitigation: "Vendor fix committed for Q1", status: "Open", raised: "2026-09-22", review: "2027-01-15", plant: "open-on-closed" },
  { ref: "R-009", type: "Risk", projectId: "PRJ-113", description: "Cooling in the target hall insufficient for the last racks", probability: 3, impact: 4, owner: "Owen Price", mitigation: "Temporary cooling units on hire", status: "Open", raised: "2026-10-05", review: "2026-12-03" },
  { ref: "I-010", type: "Issue", projectId: "PRJ-113", description: "Rack moves slipped to December; exit date missed", impact: 4, owner: "Owen Price", mitigation: "Hosting contract extended to 31 December", status: "In Progress", raised: "2026-10-28", review: "2026-12-18" },
  { ref: "R-011", type: "Risk", projectId: "PRJ-119", description: "Number porting delayed by the carrier", probability: 2, impact: 4, owner: "Aisha Rahman", mitigation: "Port in waves; keep the old lines for 60 days", status: "Open", raised: "2026-05-18", review: "2026-12-10" },
  { ref: "R-012", type: "Risk", projectId: "PRJ-119", description: "Agents not trained before cut-over", probability: 2, impact: 3, owner: "Aisha Rahman", mitigation: "Training plan with the Change team", status: "Mitigated", raised: "2026-04-20", review: "2026-10-01" },
  { ref: "A-013", type: "Assumption", projectId: "PRJ-101", description: "Brand refresh assets available by January", owner: "Hannah Okafor", mitigation: "Confirmed with Marketing each month", status: "Open", raised: "2026-02-23", review: "2026-12-15" },
  { ref: "D-014", type: "Dependency", projectId: "PRJ-101", description: "Customer identity platform upgrade (Digital Platforms team)", owner: "Hannah Okafor", mitigation: "Tracked at the Design Authority", status: "Open", raised: "2026-03-30", review: "2026-12-08" },
  { ref: "R-015", type: "Risk", projectId: "PRJ-112", description: "Actuarial model changes from Group arrive late", probability: 3, impact: 3, owner: "Grace Mensah", mitigation: "Drop dates agreed with Group Actuarial", status: "Open", raised: "2026-05-04", review: "2026-12-07" },
  { ref: "R-016", type: "Risk", projectId: "PRJ-114", description: "Switch hardware lead times beyond 16 weeks", probability: 4, impact: 3, owner: "Owen Price", mitigation: "Wave 3 hardware ordered early", status: "Open", raised: "2026-06-08", review: "2026-12-14" },
  { ref: "R-017", type: "Risk", projectId: "PRJ-120", description: "Field engineers' tablets not compatible with the new app", probability: 2, impact: 2, owner: "Aisha Rahman", mitigation: "Pilot with 20 devices", status: "Closed", raised: "2026-01-19", review: "2026-09-15" },
  { ref: "I-018", type: "Issue", projectId: "PRJ-125", description: "Records owners slow to sign off the retention schedule", impact: 3, owner: "Nadia Kowalski", mitigation: "Escalated to the Data Protection Officer", status: "Open", raised: "2026-11-16", review: "2026-12-04" },
  { ref: "R-019", type: "Risk", projectId: "PRJ-125", description: "Legacy archive cannot apply automated deletion", probability: 2, impact: 4, owner: "Nadia Kowalski", mitigation: "Manual deletion runbook", status: "Open", raised: "2026-04-13", review: "2026-12-18" },
  { ref: "R-020", type: "Risk", projectId: "PRJ-103", description: "Chatbot gives inaccurate answers on policy questions", probability: 3, impact: 3, owner: "Hannah Okafor", mitigation: "Curated answer set; hand-over to an agent", status: "Open", raised: "2026-08-24", review: "2027-01-08" },
  { ref: "R-021", type: "Risk", projectId: "PRJ-110", description: "Subsidiaries reject the shorter close calendar", probability: 2, impact: 3, owner: "Samir Haddad", mitigation: "Sponsor-led roadshow", status: "Closed", raised: "2025-10-13", review: "2026-10-20" },
  { ref: "D-022", type: "Dependency", projectId: "PRJ-128", description: "Contract for the sanctions-list vendor API", owner: "Felix Wagner", mitigation: "Procurement tracking weekly", status: "Open", raised: "2026-10-19", review: "2026-12-21" },
  { ref: "R-023", type: "Risk", projectId: "PRJ-117", description: "Zero Trust licence costs above the estimate", probability: 3, impact: 2, owner: "Owen Price", mitigation: "Pilot licences negotiated", status: "Open", raised: "2026-10-12", review: "2026-12-17" },
  { ref: "R-024", type: "Risk", projectId: "PRJ-104", description: "Old analytics tags left on pages after decommissioning", probability: 2, impact: 2, owner: "Leo Marchetti", mitigation: "Tag audit before closure", status: "Open", raised: "2026-09-07", review: "2026-12-09" },
  { ref: "R-025", type: "Risk", projectId: "PRJ-109", description: "Vendor quotes exceed the budget envelope", probability: 4, impact: 4, owner: "Grace Mensah", mitigation: "Scope options paper to the Investment Board", status: "Open", raised: "2026-09-28", review: "2026-12-10" },
  { ref: "I-026", type: "Issue", projectId: "PRJ-108", description: "Build started ahead of G2 approval", impact: 3, owner: "Samir Haddad", mitigation: "G2 paper tabled for the December board", status: "Open", raised: "2026-10-26", review: "2026-12-12" },
  { ref: "R-027", type: "Risk", projectId: "PRJ-122", description: "Knowledge articles without an owner go stale", probability: 2, impact: 2, owner: "Ben Carter", mitigation: "An owner named for every article", status: "Open", raised: "2026-10-15", review: "2027-01-12" },
  { ref: "R-028", type: "Risk", projectId: "PRJ-130", description: "Policy owners resist the approval workflow", probability: 2, impact: 3, owner: "Felix Wagner", mitigation: "Early-adopter group per division", status: "Open", raised: "2026-10-14", review: "2027-01-08" },
  { ref: "R-029", type: "Risk", projectId: "PRJ-118", description: "Exit fee on the old print contract", probability: 1, impact: 3, owner: "Chloe Dubois", mitigation: "Fee waived in the renewal talks", status: "Closed", raised: "2025-03-17", review: "2026-08-28" },
  { ref: "R-030", type: "Risk", projectId: "PRJ-107", description: "Cut-over weekend clashes with the year-end close", probability: 2, impact: 5, owner: "Grace Mensah", mitigation: "Cut-over moved to February", status: "Open", raised: "2026-07-20", review: "2027-01-05" },
];
