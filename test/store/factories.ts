import type { Finding } from "../../src/core/findings";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
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
    // The default thresholds, so a new threshold is described once (src/core/ruleset/default-ruleset.ts).
    thresholds: defaultRuleset().thresholds,
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
