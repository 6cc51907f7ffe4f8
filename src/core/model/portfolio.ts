/**
 * The typed portfolio the rules run on. Built by core/read from raw grids; every record keeps where
 * it came from (sheet, row and the A1 cell of each field) so that findings can point at cells.
 */
import type { CellLocation } from "../../workbook/port";
import type { DayNumber } from "./dates";
import type { AssignmentFields, EntityName, FinancialFields, GateFields, MilestoneFields, ObjectiveFields, ProjectFields, ResourceFields, RiskFields } from "./fields";

export type { EntityName } from "./fields";

/**
 * Where a record came from: its sheet and row, and where each mapped field's cell is. A table's records
 * share one `columns` object (field -> column letters, the cell being on `row`), so reading 100k rows
 * does not build 100k address maps; `cells` holds A1 addresses for the fields whose cell lies elsewhere
 * (a key-value block, a gate matrix, a wide plan's period column) and wins over `columns`. Read a field's
 * cell with fieldCell() and all of them with recordCells() (model/record-source.ts). Plain data, so a
 * portfolio still crosses a structured clone (shared objects stay shared).
 */
export interface RecordSource {
  sheet: string;
  row: number;
  /** Field name -> column letters, for every mapped column (even when the cell is empty); shared. */
  columns?: Record<string, string>;
  /** Field name -> A1 cell, for fields whose cell is not `columns[field]` on `row`. */
  cells?: Record<string, string>;
  /** Field name -> sheet, for fields whose cell is on another sheet (a budget sheet keyed by project ID). */
  sheets?: Record<string, string>;
}

/** A value from a column no field maps to, kept for custom rules (keyed by the normalised header). */
export type ExtraValue = string | number | boolean | null;

export type Rag = "Green" | "Amber" | "Red";

/** What a status that is no RAG colour says about the project (lifecycle.statusAliases). */
export type ProjectState = "Complete" | "On Hold" | "Cancelled";

/** A project: the register's fields (model/fields/projects.ts) and what the reader derives from them. */
export interface Project extends ProjectFields {
  id: string;
  /** The stage as the ruleset names it when it matches one of the lifecycle's stages, else the raw text. */
  stage?: string;
  /** Index of stage in the ruleset's lifecycle; undefined when blank or unknown. */
  stageIndex?: number;
  status?: Rag;
  /** Raw status text when it is not a recognisable RAG value. */
  statusRaw?: string;
  /** What the status says when it is no colour: "Complete", "Done" -> Complete; "On Hold"; "Cancelled". */
  state?: ProjectState;
  extra: Record<string, ExtraValue>;
  source: RecordSource;
}

/** Normalised gate decisions; anything else is kept raw and does not pass. */
export type GateDecision = "Approved" | "Approved with conditions" | "Pending" | "Deferred" | "Rejected" | "Hold" | "Recycle" | "Kill";

export interface GateRecord extends GateFields {
  projectId: string;
  /** The gate as written in the sheet ("G2", "Gate 2", "G2 - Planning"). */
  gate: string;
  /** Index of the gate in the ruleset's lifecycle (G0 = 0); undefined when it matches none. */
  gateIndex?: number;
  decision?: GateDecision;
  decisionRaw?: string;
  /** Artefact columns named by the ruleset: artefact name -> value (undefined when empty). */
  artifacts: Record<string, string | number | boolean | undefined>;
  source: RecordSource;
}

export interface Resource extends ResourceFields {
  name: string;
  /** Capacity in FTE (1.0 = one full-time person). */
  capacity: number;
  /** True when capacity came from the ruleset's default rather than the sheet. */
  capacityDefaulted: boolean;
  source: RecordSource;
}

/**
 * One allocation of a resource to a project. Long form: a date range at a constant FTE. Wide form: one
 * record per (row, period column), allocation being the FTE (or hours converted to FTE) in that period.
 */
export interface Assignment extends AssignmentFields {
  projectId: string;
  resource: string;
  layout: "long" | "wide";
  /** Wide form only: the period column's key ("2026-03", "2026-W11", or "2026-03-02" for a day column). */
  period?: string;
  source: RecordSource;
}

export interface FinancialPeriod extends Omit<FinancialFields, "period"> {
  projectId: string;
  /** Period end as a day number, when the period could be read as a date or month. */
  periodEnd?: DayNumber;
  periodLabel: string;
  source: RecordSource;
}

/** A project milestone (model/fields/milestones.ts). */
export interface Milestone extends MilestoneFields {
  projectId: string;
  /** The milestone's ID, or its name when the sheet has none. */
  id: string;
  name: string;
  /** True when it has an actual date or its status says it was achieved (Complete, Done, Achieved). */
  achieved: boolean;
  extra: Record<string, ExtraValue>;
  source: RecordSource;
}

export type RaidType = "Risk" | "Issue" | "Assumption" | "Dependency";

/** An entry of a RAID log (model/fields/risks.ts). */
export interface Risk extends RiskFields {
  /** The entry's ID, or "Sheet!row" when the log has none. */
  id: string;
  type: RaidType;
  /** Normalised: Open, or Closed for Closed, Resolved, Mitigated, Retired, Complete and the like. */
  status?: "Open" | "Closed";
  /** The status as written when it reads as neither. */
  statusRaw?: string;
  /** A rating written as a word ("High"); rating holds a rating written as a number. */
  ratingRaw?: string;
  /**
   * The top of the scale probability and impact are on: 3 for Low / Medium / High, 5 for 1–5 (per
   * column, from its values); undefined when neither is given.
   */
  scale?: number;
  extra: Record<string, ExtraValue>;
  source: RecordSource;
}

/** A strategic objective (model/fields/objectives.ts). */
export interface Objective extends ObjectiveFields {
  name: string;
  extra: Record<string, ExtraValue>;
  source: RecordSource;
}

/** A problem met while reading, turned into findings by the data/* rules. */
export type ReadIssue =
  | {
      kind: "invalid-value";
      entity: EntityName;
      field: string;
      /** What the cell should hold. */
      expected: "date" | "amount" | "percent" | "number" | "fte" | "level" | "stage" | "decision" | "status" | "id" | "percentInRange" | "nonNegativeAmount";
      raw: string;
      projectId?: string;
      resource?: string;
      location: CellLocation;
    }
  | {
      /**
       * Formula cells of a read column whose result the file does not give (src/core/read/uncalculated.ts):
       * one issue per run of such cells down a column, located at its first cell.
       */
      kind: "uncalculated-formula";
      entity: EntityName;
      /** The field the column holds, or the period a plan's column is ("2026-03"). */
      field: string;
      /** The column's header as written. */
      header: string;
      /** The run, "I2:I40" (one cell: "I2"). */
      range: string;
      count: number;
      location: CellLocation;
    }
  | {
      /** A required entity (Projects) was not found at all. */
      kind: "missing-entity";
      entity: EntityName;
      reason: string;
    }
  | {
      /** The entity was found but a column was not. */
      kind: "missing-column";
      entity: EntityName;
      field: string;
      sheet: string;
    };

/** How an entity was found, for the mapping screen and for messages. */
export interface EntityDetection {
  entity: EntityName;
  /** "table" (an Excel Table), "sheet-name" (a sheet named like it), "content" (best header match), "mapping" (the ruleset said so). */
  how: "table" | "sheet-name" | "content" | "mapping";
  sheet: string;
  table?: string;
  headerRow: number;
  /** Field -> header text as found in the sheet, and its column letter. */
  columns: Record<string, { header: string; column: string }>;
  /** Headers that matched no field. */
  unmatched: string[];
  layout?: "long" | "wide";
  /** Wide plans: the unit of the period values. */
  unit?: "fte" | "hours";
  dataRows: number;
  /** Why the sheet was read as this entity ("named like a register: 34 rows with 34 distinct IDs; Budget…"). */
  why?: string;
  /** "figures": a sheet of per-project figures keyed by ID that filled the register's empty fields. */
  role?: "figures";
}

/** A sheet that was looked at and not read, with why ("a RAID log …, not a project register"). */
export interface SheetNotRead {
  sheet: string;
  why: string;
}

export interface Portfolio {
  label: string;
  projects: Project[];
  gates: GateRecord[];
  resources: Resource[];
  assignments: Assignment[];
  financials: FinancialPeriod[];
  milestones: Milestone[];
  risks: Risk[];
  objectives: Objective[];
  detections: EntityDetection[];
  /** Sheets that looked like an entity and were not read as one, with why. */
  notRead?: SheetNotRead[];
  issues: ReadIssue[];
  /**
   * Consolidated submissions only (src/core/consolidate): people of later submissions merged into the
   * first listing of the same name, kept so data/submission-conflict can compare their capacities.
   */
  mergedResources?: Resource[];
}
