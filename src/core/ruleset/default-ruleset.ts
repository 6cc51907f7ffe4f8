/**
 * The default PMO ruleset (documented in docs/ruleset.md): a six-stage lifecycle with gates G0..G4,
 * PMBOK-style thresholds, and every built-in rule at its default severity.
 */
import { defaultRequiredFields } from "../model/fields";
import { rules } from "../rules/registry";
import type { Ruleset } from "./types";

/** The "$id" of ruleset.schema.json; rulesets point their "$schema" at it. */
export const RULESET_SCHEMA_ID = "https://pmo-rulebook.dev/schemas/ruleset-1.json";

const DEFAULT: Ruleset = {
  name: "PMO Rulebook default",
  version: "1.0.0",
  description: "Stage-gate lifecycle Idea → Initiation → Planning → Execution → Closing → Closed with PMBOK thresholds.",
  lifecycle: {
    stages: ["Idea", "Initiation", "Planning", "Execution", "Closing", "Closed"],
    gates: [
      { id: "G0", name: "Idea screening", requiredArtifacts: [] },
      { id: "G1", name: "Charter approval", requiredArtifacts: ["Business Case"] },
      { id: "G2", name: "Plan approval", requiredArtifacts: ["Project Plan"] },
      { id: "G3", name: "Delivery acceptance", requiredArtifacts: [] },
      { id: "G4", name: "Closure approval", requiredArtifacts: ["Closure Report"] },
    ],
    inactiveStages: ["On Hold", "Cancelled"],
    stageAliases: {
      Concept: "Idea",
      Proposal: "Idea",
      Initiating: "Initiation",
      Initiate: "Initiation",
      Plan: "Planning",
      Executing: "Execution",
      Exec: "Execution",
      Delivery: "Execution",
      "In Progress": "Execution",
      Close: "Closing",
      Closure: "Closing",
      Complete: "Closed",
      Completed: "Closed",
      "On-Hold": "On Hold",
      Paused: "On Hold",
      Canceled: "Cancelled",
      "Not Started": "Idea",
      Done: "Closed",
      Finished: "Closed",
      Started: "Execution",
      Ongoing: "Execution",
      Underway: "Execution",
      Implementation: "Execution",
      Implementing: "Execution",
      Build: "Execution",
      "In Flight": "Execution",
      Pipeline: "Idea",
      Feasibility: "Initiation",
      Handover: "Closing",
      "Post-Implementation Review": "Closing",
      PIR: "Closing",
      Deferred: "On Hold",
    },
    statusAliases: {
      "On Track": "Green",
      "On Plan": "Green",
      "On Schedule": "Green",
      Good: "Green",
      OK: "Green",
      Healthy: "Green",
      "At Risk": "Amber",
      Caution: "Amber",
      Watch: "Amber",
      "Minor Issues": "Amber",
      Slipping: "Amber",
      Delayed: "Red",
      Behind: "Red",
      "Off Track": "Red",
      Critical: "Red",
      "Major Issues": "Red",
      Troubled: "Red",
      Late: "Red",
      Blocked: "Red",
      Complete: "Complete",
      Completed: "Complete",
      Done: "Complete",
      Closed: "Complete",
      Finished: "Complete",
      Delivered: "Complete",
      "On Hold": "On Hold",
      Paused: "On Hold",
      Cancelled: "Cancelled",
      Canceled: "Cancelled",
    },
    passingDecisions: ["Approved", "Approved with conditions"],
    executingStages: ["Execution", "Closing"],
    closedStages: ["Closing", "Closed"],
  },
  // Each project field's `requiredFrom` (model/fields/projects.ts).
  requiredFields: defaultRequiredFields(),
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
};

/** A fresh copy of the default ruleset (callers may mutate it). */
export function defaultRuleset(): Ruleset {
  return structuredClone(DEFAULT);
}

/**
 * The default ruleset as pretty-printed JSON with "$schema", for `pmo-rulebook init-rules`. Every
 * built-in rule is listed with its default severity so the PMO sees what it can tune.
 */
export function defaultRulesetJson(): string {
  const ruleset = defaultRuleset();
  ruleset.rules = Object.fromEntries(rules.map((r) => [r.id, { severity: r.meta.defaultSeverity }]));
  return JSON.stringify({ $schema: RULESET_SCHEMA_ID, ...ruleset }, null, 2) + "\n";
}
