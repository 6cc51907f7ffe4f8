/**
 * The columns of each entity's table in a submission template, from the one field description
 * (model/fields) and the PMO's ruleset: the header the reader expects, the number format, and the data
 * validation with the words the check would use.
 */
import { ENTITY_SPECS, type EntityName, type FieldSpec } from "../model/fields";
import type { GateDecision, StatusMeaningName } from "./vocab";
import { DECISIONS, STATUS_MEANINGS } from "./vocab";
import { EXPECTED_TEXT } from "../rules/data/invalid-value";
import type { Ruleset } from "../ruleset/types";
import type { DataValidationSpec, SpecStyle } from "../../workbook/sheet-spec";

/** What one template column is, before it is placed on a sheet. */
export interface TemplateColumn {
  entity: EntityName;
  /** The field it holds, or undefined for a column the ruleset names that is no field (a gate's artefact). */
  field?: string;
  header: string;
  width: number;
  style?: SpecStyle;
  /** The rule and messages for the column's data cells (the range is set where the sheet is laid out). */
  validation?: Omit<DataValidationSpec, "ref">;
}

/** A drop-down whose words come from another table: the defined name it uses, and what the name refers to. */
export interface ListSource {
  name: string;
  entity: EntityName;
  field: string;
}

/** The drop-down sources the template defines: table columns other tables pick from. */
export const LIST_SOURCES = {
  projectIds: { name: "PMO_ProjectIDs", entity: "projects", field: "id" },
  resourceNames: { name: "PMO_ResourceNames", entity: "resources", field: "name" },
  objectiveNames: { name: "PMO_ObjectiveNames", entity: "objectives", field: "name" },
} as const satisfies Record<string, ListSource>;

/** Largest amount the template accepts: beyond what Excel stores exactly. */
const MAX_AMOUNT = 1e15;
/** Dates from 1901 on: serials before 1900-03-01 differ between Excel and LibreOffice. */
const DATE_RANGE = { min: "1901-01-01", max: "9999-12-31" };

/**
 * The header a column gets: the mapping's header text when the ruleset maps the field to one (not a
 * column letter), else the field's label when the reader knows it as a synonym, else its strongest synonym.
 */
export function headerOf(ruleset: Ruleset, entity: EntityName, field: string, spec: FieldSpec): string {
  const mapped = ruleset.mapping[entity]?.columns?.[field];
  if (mapped !== undefined && mapped.trim() !== "" && !/^[A-Z]{1,3}$/.test(mapped.trim())) return mapped.trim();
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9%#]+/g, "");
  return spec.synonyms.some((s) => norm(s) === norm(spec.label)) ? spec.label : (spec.synonyms[0] ?? spec.label);
}

/** "Required for every project." / "Required from Planning on." / undefined, from requiredFields. */
export function requiredFrom(ruleset: Ruleset, field: string): string | undefined {
  if (ruleset.requiredFields.always.includes(field)) return "always";
  const stages = ruleset.lifecycle.stages;
  const from = stages.find((s) => (ruleset.requiredFields.fromStage[s] ?? []).includes(field));
  if (from !== undefined) return from;
  // A stage the lifecycle does not list (the check never reaches it); named as written.
  return Object.entries(ruleset.requiredFields.fromStage).find(([, fields]) => fields.includes(field))?.[0];
}

export function requiredSentence(ruleset: Ruleset, field: string): string | undefined {
  const from = requiredFrom(ruleset, field);
  if (from === undefined) return undefined;
  if (from === "always") return "Required for every project.";
  const stages = ruleset.lifecycle.stages;
  const i = stages.indexOf(from);
  const later = i >= 0 ? stages.slice(i) : [from];
  return later.length > 1 ? `Required from the ${from} stage on (${later.join(", ")}).` : `Required in the ${from} stage.`;
}

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1) + (/[.!?]$/.test(s) ? "" : ".");

/** The message Excel shows for a wrong value: the check's own wording ("… is not a date (Start).") and how to write it. */
function notMessage(expected: keyof typeof EXPECTED_TEXT, label: string, how: string): string {
  return `This is not ${EXPECTED_TEXT[expected]} (${label}). ${how}`;
}

/** Literal words for a drop-down, or null when Excel cannot hold them in the rule (commas, > 255 characters). */
export function literalList(words: readonly string[]): string[] | null {
  const unique = [...new Set(words.filter((w) => w.trim() !== ""))];
  if (unique.length === 0 || unique.some((w) => w.includes(","))) return null;
  return unique.join(",").length <= 255 ? unique : null;
}

export interface Vocabularies {
  stages: string[];
  gates: string[];
  decisions: string[];
  statuses: string[];
  levels: string[];
  riskTypes: string[];
  riskStatuses: string[];
}

/** The words each drop-down offers, from the ruleset. */
export function vocabularies(ruleset: Ruleset): Vocabularies {
  const lc = ruleset.lifecycle;
  const passing = lc.passingDecisions;
  const decisions: string[] = [...passing, ...DECISIONS.filter((d: GateDecision) => !passing.some((p) => p.toLowerCase() === d.toLowerCase()))];
  return {
    stages: [...lc.stages, ...lc.inactiveStages.filter((s) => !lc.stages.includes(s))],
    gates: lc.gates.map((g) => g.id),
    decisions,
    statuses: [...STATUS_MEANINGS] as StatusMeaningName[],
    levels: ["1", "2", "3", "4", "5"],
    riskTypes: ["Risk", "Issue", "Assumption", "Dependency"],
    riskStatuses: ["Open", "Closed"],
  };
}

type VocabKey = keyof Vocabularies;

/** Which drop-down a text field gets, if any. */
const LISTS: Partial<Record<EntityName, Record<string, { vocab: VocabKey } | { source: keyof typeof LIST_SOURCES }>>> = {
  projects: { stage: { vocab: "stages" }, status: { vocab: "statuses" }, objective: { source: "objectiveNames" } },
  gates: { projectId: { source: "projectIds" }, gate: { vocab: "gates" }, decision: { vocab: "decisions" } },
  assignments: { projectId: { source: "projectIds" }, resource: { source: "resourceNames" } },
  financials: { projectId: { source: "projectIds" } },
  milestones: { projectId: { source: "projectIds" } },
  risks: { projectId: { source: "projectIds" }, type: { vocab: "riskTypes" }, probability: { vocab: "levels" }, impact: { vocab: "levels" }, status: { vocab: "riskStatuses" } },
};

/** What the words of a vocabulary are called in messages. */
const VOCAB_WORDS: Record<VocabKey, string> = {
  stages: "a stage of the lifecycle",
  gates: "a gate of the lifecycle",
  decisions: "a gate decision",
  statuses: "a status",
  levels: "a level from 1 (very low) to 5 (very high)",
  riskTypes: "Risk, Issue, Assumption or Dependency",
  riskStatuses: "Open or Closed",
};

/**
 * Where the words of a vocabulary too long for a rule are listed instead (a row of the guide sheet);
 * given by the guide, which lays them out.
 */
export type VocabRefs = Partial<Record<VocabKey, string>>;

function listRule(words: string[], vocabRef: string | undefined): DataValidationSpec["rule"] | undefined {
  const literal = literalList(words);
  if (literal) return { type: "list", values: literal };
  return vocabRef ? { type: "listRef", ref: vocabRef } : undefined;
}

/** The columns of one entity's table. */
export function entityColumns(ruleset: Ruleset, entity: EntityName, vocab: Vocabularies, vocabRefs: VocabRefs = {}): TemplateColumn[] {
  const spec = ENTITY_SPECS[entity];
  const columns: TemplateColumn[] = [];
  for (const [field, f] of Object.entries(spec.fields as Readonly<Record<string, FieldSpec>>)) {
    const header = headerOf(ruleset, entity, field, f);
    const required = entity === "projects" ? requiredSentence(ruleset, field) : undefined;
    const about = [sentence(f.description), required].filter((s) => s !== undefined).join(" ");
    const column: TemplateColumn = { entity, field, header, width: widthOf(header, f) };
    const list = LISTS[entity]?.[field];
    if (list && "vocab" in list) {
      const words = vocab[list.vocab];
      const rule = listRule(words, vocabRefs[list.vocab]);
      // Levels and statuses the check also understands in other words (Low/High, On Track), so a word
      // outside the list is a question, not a refusal.
      const strict = list.vocab === "stages" || list.vocab === "gates";
      if (rule) {
        column.validation = {
          rule,
          prompt: { title: header, text: about },
          error: {
            title: `Not ${VOCAB_WORDS[list.vocab].split(" ").slice(0, 3).join(" ")}`.slice(0, 32),
            text: `${header} must be ${VOCAB_WORDS[list.vocab]}: pick one from the list (${words.join(", ")}).`,
            style: strict ? "stop" : "warning",
          },
        };
      }
    } else if (list && "source" in list) {
      const source = LIST_SOURCES[list.source];
      const from = ENTITY_SPECS[source.entity];
      const what = list.source === "projectIds" ? "project ID" : list.source === "resourceNames" ? "person" : "objective";
      column.validation = {
        rule: { type: "listRef", ref: source.name },
        prompt: { title: header, text: `${about} Pick from the ${from.label} sheet.` },
        error: {
          title: `Not in ${from.label}`,
          text: `This ${what} is not in the ${from.label} sheet yet; the check reports names it cannot find. Add it there, or pick one from the list.`,
          style: "warning",
        },
      };
    } else {
      Object.assign(column, kindColumn(f, header, about));
    }
    if (!column.validation && about) column.validation = { rule: { type: "any" }, prompt: { title: header, text: about } };
    columns.push(column);
  }
  if (entity === "gates") {
    // The artefacts a passed gate needs are columns of the gate log (gate/missing-artifact).
    for (const artifact of [...new Set(ruleset.lifecycle.gates.flatMap((g) => g.requiredArtifacts))]) {
      const at = ruleset.lifecycle.gates.filter((g) => g.requiredArtifacts.includes(artifact)).map((g) => `${g.id} (${g.name})`);
      columns.push({ entity, header: artifact, width: widthOf(artifact), validation: { rule: { type: "any" }, prompt: { title: artifact, text: `Fill in when ${at.join(" or ")} is passed: a link or reference to the ${artifact}.` } } });
    }
  }
  if (entity === "projects") {
    // Required fields the ruleset names that are no built-in field are the PMO's own columns.
    const known = new Set(Object.keys(spec.fields));
    const custom = [...new Set([...ruleset.requiredFields.always, ...Object.values(ruleset.requiredFields.fromStage).flat()])].filter((f) => !known.has(f));
    for (const field of custom) {
      const text = requiredSentence(ruleset, field) ?? "";
      columns.push({ entity, header: field, width: widthOf(field), validation: { rule: { type: "any" }, prompt: { title: field, text } } });
    }
  }
  return columns;
}

function widthOf(header: string, f?: FieldSpec): number {
  const wide = f && f.kind === "text" && /description|name|mitigation|objective/i.test(header) ? 30 : 0;
  return Math.max(12, Math.min(40, header.length + 4), wide);
}

/** Format and validation of a column by its field's kind. */
function kindColumn(f: FieldSpec, header: string, about: string): Partial<TemplateColumn> {
  const prompt = { title: header, text: about };
  switch (f.kind) {
    case "date":
    case "endDate":
      return {
        style: "date",
        validation: { rule: { type: "date", ...DATE_RANGE }, prompt, error: { title: "Not a date", text: notMessage("date", f.label, "Type a date such as 2026-03-31."), style: "stop" } },
      };
    case "amount": {
      const min = f.min ?? -MAX_AMOUNT;
      const expected = f.min === 0 ? "nonNegativeAmount" : "amount";
      return {
        style: "currency",
        validation: { rule: { type: "decimal", min, max: MAX_AMOUNT }, prompt, error: { title: "Not an amount", text: notMessage(expected, f.label, "Type the number alone, such as 250000."), style: "stop" } },
      };
    }
    case "percent":
      return {
        style: "percent",
        validation: { rule: { type: "decimal", min: 0, max: 1 }, prompt, error: { title: "Not a percentage", text: notMessage("percentInRange", f.label, "Type 45% (or 0.45)."), style: "stop" } },
      };
    case "fte":
    case "capacity":
      return {
        style: "decimal2",
        validation: {
          rule: { type: "decimal", min: 0, max: 1.5 },
          prompt: { title: header, text: `${about} In FTE: 1 is full time, 0.5 half time.` },
          error: { title: "Not an FTE", text: notMessage("fte", f.label, "Type FTE: 1 is full time, 0.5 half time; more than 1.5 for one person is unusual."), style: "warning" },
        },
      };
    case "number":
      return {
        validation: { rule: { type: "decimal", min: -MAX_AMOUNT, max: MAX_AMOUNT }, prompt, error: { title: "Not a number", text: notMessage("number", f.label, "Type a number."), style: "stop" } },
      };
    case "level":
    case "text":
      return {};
  }
}
