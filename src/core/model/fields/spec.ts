/**
 * The shape of the one description of every entity and field (see ./index.ts). Everything that lists
 * fields — the reader's synonyms and qualifiers, the model's types, the ruleset schema's field names,
 * the custom-rule context, the required-field defaults, the mapping screen, the docs tables and the test
 * factories — is derived from these descriptions, so a new field is one entry in its entity's file.
 */
import type { DayNumber } from "../dates";

/** The TypeScript type of a value read as each kind. */
export interface KindValues {
  /** Trimmed text; numbers as the cell shows them. */
  text: string;
  /** A day number (model/dates.ts); a month, quarter, half or week reads as its first day. */
  date: DayNumber;
  /** A day number; a month, quarter, half or week reads as its last day. */
  endDate: DayNumber;
  /** Money: currency symbols and codes, separators, scale words, the header's unit. */
  amount: number;
  /** A fraction (0.45 = 45%), the column's scale decided from its values. */
  percent: number;
  /** Full-time equivalents (0.5 = half a person): FTE, percentages or hours by the header. */
  fte: number;
  /** A resource's capacity in FTE: FTE, percentages or hours per week. */
  capacity: number;
  /** A plain number. */
  number: number;
  /** A level on a small scale: 1–5 as written, or Low / Medium / High (1, 2, 3), Very Low … Very High (1–5). */
  level: number;
}

/** How a field's cells are read (src/core/read/cells.ts has one reader per kind). */
export type ValueKind = keyof KindValues;

export interface FieldSpec {
  kind: ValueKind;
  /** The field as a column title: docs, messages ("Actual Cost is required"), the mapping screen. */
  label: string;
  /** One line: what the field holds. */
  description: string;
  /**
   * Headers that mean the field, strongest first (when two columns compete, the earlier synonym wins).
   * Matched without case, spaces, punctuation or bracketed units (docs/workbook-format.md).
   */
  synonyms: readonly string[];
  /**
   * Words that may stand beside a synonym and say *which* value, never *what else* ("Exec" Sponsor,
   * Spent "to date"). Without them only whole synonyms match.
   */
  qualifiers?: readonly string[];
  /** Required by the default ruleset: always, or from this stage of the default lifecycle on. */
  requiredFrom?: string;
  /** What the record holds when the cell is empty (documented in the field tables). */
  fallback?: string;
  /** Numbers below this are invalid values (a negative budget). */
  min?: number;
}

export type FieldSpecs = Readonly<Record<string, FieldSpec>>;

/** The values a record holds for its fields, each optional and typed by its kind. */
export type FieldValues<F extends FieldSpecs> = { -readonly [K in keyof F]?: KindValues[F[K]["kind"]] };

/** Evidence a sheet found by its content alone must show to be taken for the entity (locate.ts). */
export interface ContentEvidence {
  /** Every one of these fields. */
  all?: readonly string[];
  /** At least one field of each list. */
  anyOf?: readonly (readonly string[])[];
  /** At least this many fields in all. */
  minFields?: number;
}

export interface EntitySpec<F extends FieldSpecs = FieldSpecs> {
  /** The entity's name in rulesets (`mapping.<entity>`), detections and findings. */
  entity: string;
  /** As a sheet name in messages: "the Gates sheet". */
  label: string;
  /** As a heading on the mapping screen. */
  heading: string;
  /** One line for the docs' entity table. */
  holds: string;
  /** Whether a workbook without it is refused (only projects). */
  required: boolean;
  /**
   * "expected": a workbook without it has not been checked by the rules that read it, so a submission
   * whose error rules needed it does not pass. "optional": a register many PMOs keep elsewhere
   * (milestones, RAID log, objectives); without it its rules are listed as not run but do not block a
   * submission unless the ruleset sets their severity itself.
   */
  inSubmission: "expected" | "optional";
  /** Sheet and Excel Table names that mean the entity. */
  sheetNames: readonly string[];
  /** A header row must name one of these fields to be this entity's header. */
  headerKeys: readonly string[];
  /** Columns reported as missing (`missing-column`) when a found sheet lacks them. */
  keyColumns: readonly string[];
  /** The field identifying a record: a row with it is a record even when its label reads like a total. */
  recordKey: string;
  /** Fields whose cells are labels: totals, subtotals and instructions are looked for there. */
  labelFields: readonly string[];
  /** What a sheet found by content alone must have. */
  evidence: ContentEvidence;
  /** Columns no field maps to are kept in the record's `extra` for custom rules. */
  keepsExtra: boolean;
  /** Names a custom rule's expressions see on this entity's rows besides the fields (null: not offered). */
  customRule: Readonly<Record<string, string>> | null;
  fields: F;
}
