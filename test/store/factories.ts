import type { Finding } from "../../src/core/findings";
import type { Ruleset } from "../../src/core/ruleset/types";
import type { CheckOutcome } from "../../src/core/pipeline";
import type { Portfolio } from "../../src/core/model/portfolio";
import { project } from "../factories";

/** A small, complete ruleset for store tests (the store treats it as opaque data). */
export function ruleset(over: Partial<Ruleset> = {}): Ruleset {
  return {
    name: "Acme PMO",
    version: "1.0",
    lifecycle: {
      stages: ["Initiation", "Planning", "Execution", "Closing"],
      gates: [{ id: "G1", name: "Plan approval", requiredArtifacts: ["Charter"] }],
      inactiveStages: ["On Hold"],
      stageAliases: {},
      statusAliases: {},
      passingDecisions: ["Approved"],
      executingStages: ["Execution"],
      closedStages: ["Closing"],
    },
    requiredFields: { always: ["manager"], fromStage: {} },
    thresholds: {
      forecastVarianceWarning: 0.05,
      forecastVarianceError: 0.1,
      cpiWarning: 0.95,
      cpiError: 0.9,
      spiWarning: 0.95,
      spiError: 0.9,
      staleStatusDays: 30,
      milestoneSlipWarningDays: 14,
      milestoneSlipErrorDays: 30,
      riskHighScore3: 6,
      riskHighScore5: 15,
      defaultCapacity: 1,
      hoursPerDay: 8,
      workingDays: [0, 1, 2, 3, 4],
      eacFormula: "cpi",
    },
    rules: {},
    customRules: [],
    mapping: {},
    period: "month",
    ...over,
  };
}

export function finding(over: Partial<Finding> = {}): Finding {
  return {
    ruleId: "gate/missing-approval",
    severity: "error",
    messageId: "missing",
    message: "P-1 is in Execution without G1",
    data: {},
    projectId: "P-1",
    location: { sheet: "Projects", cell: "D4", row: 4 },
    ...over,
  };
}

/** The parts of a check outcome the store records and a stamp states (three projects were checked). */
export function outcome(
  findings: Finding[],
  fingerprint = "fp-1",
): Pick<CheckOutcome, "ruleset" | "result" | "fingerprint" | "asOf"> & { portfolio: Pick<Portfolio, "projects"> } {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return {
    ruleset: ruleset(),
    portfolio: { projects: [project({ id: "P-1" }), project({ id: "P-2" }), project({ id: "P-3" })] },
    fingerprint,
    asOf: 20_000,
    result: {
      findings,
      summary: { error: count("error"), warning: count("warning"), info: count("info"), total: findings.length, projects: 3, skipped: {} },
      metrics: {
        earnedValue: [],
        portfolioEv: { pv: 0, ev: 0, ac: 0, bac: 0, projects: [], excluded: [] },
        resourceLoad: [],
        gateMatrix: { gates: [], rows: [] },
        eacFormula: "EAC = BAC / CPI",
      },
      asOf: 20_000,
      period: "month",
    },
  };
}
