/**
 * The PMO's ruleset as TypeScript sees it after validation against ruleset.schema.json (which is the
 * source of truth for PMOs and editors). Defaults are filled in by the loader, so every field is present.
 */
import type { CustomRuleEntity } from "../model/fields";
import type { EntityName } from "../model/portfolio";

export type Severity = "error" | "warning" | "info" | "off";

/** What a status word means: a RAG colour, or a state (Complete stops the schedule rules; On Hold and Cancelled park the project). */
export type StatusMeaning = "Green" | "Amber" | "Red" | "Complete" | "On Hold" | "Cancelled";

export interface GateDefinition {
  /** Short id used in sheets ("G0"); matching also accepts "Gate 0", "G0 - Initiation" and the name. */
  id: string;
  name: string;
  /** Artefacts (deliverables) that must be filled in on the gate row when the gate is passed: column names. */
  requiredArtifacts: string[];
}

export interface Lifecycle {
  /** Ordered active stages; gate k is passed to enter stage k+1. */
  stages: string[];
  /** Gates between stages: gates[k] leads into stages[k+1]. */
  gates: GateDefinition[];
  /** Stages where a project is parked; gate and schedule rules treat them specially (On Hold, Cancelled). */
  inactiveStages: string[];
  /** Synonyms for stage names as PMs type them ("Exec" -> "Execution"). */
  stageAliases: Record<string, string>;
  /**
   * Status words -> what they mean: a RAG colour, or a state of the project ("Done" -> Complete). The
   * letters G/A/R, the colours and coloured circles are always understood.
   */
  statusAliases: Record<string, StatusMeaning>;
  /** Decisions that pass a gate. */
  passingDecisions: string[];
  /** Stages from which a project counts as executing (for earned value). */
  executingStages: string[];
  /** Stages that mean closing or closed (a finished project past its date is not overdue). */
  closedStages: string[];
}

export interface Thresholds {
  /** Forecast over budget by more than this fraction is a warning (0.05 = 5%). */
  forecastVarianceWarning: number;
  forecastVarianceError: number;
  cpiWarning: number;
  cpiError: number;
  spiWarning: number;
  spiError: number;
  /** A status update older than this many days is stale. */
  staleStatusDays: number;
  /** A milestone later than its baseline by more than this many days is a warning. */
  milestoneSlipWarningDays: number;
  /** … and by more than this many days an error. */
  milestoneSlipErrorDays: number;
  /** Probability × impact from which a risk rated on a 3-point scale (Low / Medium / High) is High. */
  riskHighScore3: number;
  /** Probability × impact from which a risk rated on a 1–5 scale is High. */
  riskHighScore5: number;
  /** Capacity in FTE when a resource has none. */
  defaultCapacity: number;
  /** Hours in a working day, to convert hour-based plans to FTE. */
  hoursPerDay: number;
  /** Working days of the week, 0 = Monday … 6 = Sunday. */
  workingDays: number[];
  /** EAC formula used for reporting. */
  eacFormula: "cpi" | "atypical" | "cpi-spi";
}

export interface RuleSetting {
  severity: Severity;
  options?: Record<string, unknown>;
}

export interface CustomRule {
  id: string;
  description: string;
  /** Entity each row of which the expression is evaluated against (projects by default). */
  entity: CustomRuleEntity;
  /** Only rows where `when` is true are checked (optional). */
  when?: string;
  /** The expression that must be true for the row to pass. */
  assert: string;
  severity: Exclude<Severity, "off"> | "off";
  message: string;
  /** Field the finding points at (its cell), e.g. "sponsor". */
  field?: string;
}

/** Explicit mapping for one entity; overrides detection. */
export interface EntityMapping {
  /** Sheet name or Excel Table name. */
  sheet?: string;
  table?: string;
  /** 1-based header row. */
  headerRow?: number;
  /** Field -> header text in the sheet. */
  columns?: Record<string, string>;
  /** Assignments only. */
  layout?: "long" | "wide";
  /** Wide assignment plans: the unit of the period values. */
  unit?: "fte" | "hours";
}

export interface Ruleset {
  name: string;
  version: string;
  description?: string;
  lifecycle: Lifecycle;
  /** Stage -> fields that must be filled in from that stage on (cumulative in lifecycle order). */
  requiredFields: { always: string[]; fromStage: Record<string, string[]> };
  thresholds: Thresholds;
  /** Rule id -> severity and options; rules not listed use their default severity. */
  rules: Record<string, RuleSetting>;
  customRules: CustomRule[];
  mapping: Partial<Record<EntityName, EntityMapping>>;
  /** Over-allocation period. */
  period: "month" | "week";
}
