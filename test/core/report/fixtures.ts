/** Small factories for report inputs: a portfolio, a check result and the ruleset around them. */
import { dayFromIso } from "../../../src/core/model/dates";
import type { Project, Portfolio, Resource } from "../../../src/core/model/portfolio";
import type { Finding } from "../../../src/core/findings";
import type { CheckResult, ProjectEarnedValue, ResourceLoad } from "../../../src/core/metrics/types";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import type { ReportInput } from "../../../src/core/report/index";

export function project(over: Partial<Project> & { id: string }): Project {
  return { extra: {}, source: { sheet: "Projects", row: 2, cells: {} }, ...over };
}

export function finding(over: Partial<Finding> & { ruleId: string }): Finding {
  return { severity: "warning", messageId: "m", message: `${over.ruleId} broken`, data: {}, ...over };
}

export function portfolio(projects: Project[], resources: Resource[] = []): Portfolio {
  return { label: "sample.xlsx", projects, gates: [], resources, assignments: [], financials: [], milestones: [], risks: [], objectives: [], detections: [], issues: [] };
}

export function resource(name: string, capacity?: number): Resource {
  return { name, capacity: capacity ?? 1, capacityDefaulted: capacity === undefined, source: { sheet: "Resources", row: 2, cells: { name: "A2" } } };
}

export function ev(over: Partial<ProjectEarnedValue> & { projectId: string }): ProjectEarnedValue {
  return { bac: 100_000, pvSource: "financials", ...over };
}

export function load(resource: string, capacity: number, peaks: Record<string, number>): ResourceLoad {
  return { resource, capacity, listed: true, capacityDefaulted: false, periods: Object.entries(peaks).map(([period, peak]) => ({ period, peak, peakDays: 1, projects: [] })) };
}

export const AS_OF = dayFromIso("2026-11-25");

/** A small but complete portfolio: three programs, projects in several stages, one over-allocation. */
export function sampleInput(over: Partial<ReportInput> = {}): ReportInput {
  const projects = [
    project({ id: "P-001", name: "CRM replacement", program: "Digital", stage: "Execution", status: "Green", budget: 500_000, actualCost: 260_000, forecast: 520_000 }),
    project({ id: "P-002", name: '=HYPERLINK("http://evil","x")', program: "Digital", stage: "Planning", status: "Amber", budget: 200_000, actualCost: 20_000, forecast: 260_000 }),
    project({ id: "P-003", name: "Warehouse move", program: "Operations", stage: "Execution", status: "Red", budget: 800_000, actualCost: 700_000, forecast: 950_000 }),
    project({ id: "P-004", name: "Data lake", program: "Digital", stage: "Idea" }),
    project({ id: "P-005", name: "Office refit", program: "Facilities", stage: "Closed", status: "Green", budget: 90_000, actualCost: 88_000, forecast: 88_000 }),
  ];
  const findings = [
    finding({ ruleId: "gate/missing-approval", severity: "error", projectId: "P-003", location: { sheet: "Gates", cell: "C4", row: 4 } }),
    finding({ ruleId: "budget/forecast-variance", severity: "warning", projectId: "P-002", location: { sheet: "Projects", cell: "J3", row: 3 } }),
    finding({ ruleId: "resource/over-allocation", severity: "error", resource: "Ann Lee", period: "2026-03", location: { sheet: "Assignments", cell: "B5", row: 5 } }),
    finding({ ruleId: "data/required-field", severity: "info", projectId: "P-004", message: "=SUM(A1) looks like a formula" }),
  ];
  const result: CheckResult = {
    findings,
    summary: { error: 2, warning: 1, info: 1, total: 4, projects: 3, skipped: {} },
    metrics: {
      earnedValue: [
        ev({ projectId: "P-001", name: "CRM replacement", program: "Digital", stage: "Execution", bac: 500_000, pv: 250_000, ev: 240_000, ac: 260_000, cpi: 0.923, spi: 0.96, eac: 541_667, etc: 281_667, vac: -41_667, tcpi: 1.04 }),
        ev({ projectId: "P-003", name: "Warehouse move", program: "Operations", stage: "Execution", bac: 800_000, pv: 600_000, ev: 520_000, ac: 700_000, cpi: 0.743, spi: 0.867, eac: 1_076_923, etc: 376_923, vac: -276_923, tcpi: 2.8, pvSource: "schedule" }),
      ],
      portfolioEv: { pv: 850_000, ev: 760_000, ac: 960_000, bac: 1_300_000, cpi: 0.79, spi: 0.89, projects: ["P-001", "P-003"], excluded: [] },
      resourceLoad: [load("Ann Lee", 1, { "2026-02": 0.5, "2026-03": 1.5, "2026-04": 1 }), load("Bob Ray", 0.5, { "2026-03": 0.2, "2026-04": 0.5 })],
      gateMatrix: {
        gates: [{ id: "G0", name: "Idea screening" }, { id: "G1", name: "Charter approval" }],
        rows: [
          { projectId: "P-001", name: "CRM replacement", stage: "Execution", cells: [{ gateId: "G0", status: "passed", location: { sheet: "Gates", cell: "C2", row: 2 } }, { gateId: "G1", status: "passed" }] },
          { projectId: "P-003", name: "Warehouse move", stage: "Execution", cells: [{ gateId: "G0", status: "passed" }, { gateId: "G1", status: "missing" }] },
          { projectId: "P-004", name: "Data lake", stage: "Idea", cells: [{ gateId: "G0", status: "pending" }, { gateId: "G1", status: "not-due" }] },
        ],
      },
      eacFormula: "EAC = BAC / CPI",
    },
    asOf: AS_OF,
    period: "month",
  };
  return { label: "sample.xlsx", asOf: AS_OF, ruleset: defaultRuleset(), portfolio: portfolio(projects, [resource("Ann Lee", 1), resource("Bob Ray", 0.5)]), result, fingerprint: "0123456789abcdef", ...over };
}
