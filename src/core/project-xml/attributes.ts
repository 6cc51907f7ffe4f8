/**
 * The custom fields (extended attributes) the export writes and the import reads, with the FieldIDs
 * Microsoft Project gives them. A FieldID is the field's class base (tasks 0x0B400000, resources
 * 0x0C400000, assignments 0x0F400000) plus its number: Text1 of a task is 188743731, Number1
 * 188743767. docs/project-xml.md lists this table; a test holds the two in step.
 */
import type { AttributeDefinition } from "./mspdi";

export interface PmoAttribute {
  /** What it carries, as the import names it. */
  key: string;
  fieldId: string;
  fieldName: string;
  alias: string;
  on: "task" | "resource" | "assignment";
  /** One line for the docs. */
  holds: string;
}

const TASK = 0x0b400000;
const RESOURCE = 0x0c400000;
const ASSIGNMENT = 0x0f400000;

function field(on: PmoAttribute["on"], base: number, number: number, fieldName: string, key: string, alias: string, holds: string): PmoAttribute {
  return { key, fieldId: String(base + number), fieldName, alias, on, holds };
}

/** Every custom field of an export, in the order they are defined. */
export const PMO_ATTRIBUTES: readonly PmoAttribute[] = [
  field("task", TASK, 51, "Text1", "stage", "PMO Stage", "the project's lifecycle stage as written"),
  field("task", TASK, 54, "Text2", "status", "PMO RAG", "the project's RAG status (Green, Amber, Red) or its status as written"),
  field("task", TASK, 57, "Text3", "objective", "PMO Objective", "the strategic objective the project serves"),
  field("task", TASK, 60, "Text4", "source", "PMO Source Cell", "the workbook cell the record came from (Projects!A5)"),
  field("task", TASK, 63, "Text5", "kind", "PMO Record", "what the task is: programme, project, gate, milestone or assignment"),
  field("task", TASK, 66, "Text6", "pmoId", "PMO ID", "the project's ID, the milestone's ID or the gate as written"),
  field("task", TASK, 67, "Text7", "notCarried", "PMO Not Given", "fields the workbook left empty that the task needs: start, finish (the task shows a stand-in)"),
  field("task", TASK, 68, "Text8", "decision", "PMO Gate Decision", "a gate's decision as written"),
  field("task", TASK, 69, "Text9", "approver", "PMO Approver", "who decided the gate"),
  field("task", TASK, 70, "Text10", "manager", "PMO Manager", "the project manager"),
  field("task", TASK, 317, "Text11", "sponsor", "PMO Sponsor", "the project's sponsor"),
  field("task", TASK, 318, "Text12", "priority", "PMO Priority", "the project's priority as written"),
  field("task", TASK, 319, "Text13", "milestoneStatus", "PMO Milestone Status", "a milestone's status as written"),
  field("task", TASK, 87, "Number1", "strategicScore", "PMO Strategic Score", "the project's strategic score"),
  field("task", TASK, 88, "Number2", "percentComplete", "PMO % Complete", "progress as the workbook has it, 0–100 with decimals (PercentComplete is whole numbers)"),
  field("task", TASK, 106, "Cost1", "budget", "PMO Budget", "the approved budget (also Baseline Cost)"),
  field("task", TASK, 107, "Cost2", "actualCost", "PMO Actual Cost", "the cost to date (also ActualCost, which Project rolls up)"),
  field("task", TASK, 108, "Cost3", "forecast", "PMO Forecast", "the forecast at completion (also Cost, which Project rolls up)"),
  field("task", TASK, 265, "Date1", "finishAsWritten", "PMO Finish As Written", "a finish before the start, as written (the task finishes on its start instead)"),
  field("task", TASK, 266, "Date2", "lastUpdate", "PMO Status Date", "the date of the project's latest status update"),
  field("task", TASK, 267, "Date3", "forecastDate", "PMO Forecast Date", "a milestone's forecast date"),
  field("resource", RESOURCE, 8, "Text1", "role", "PMO Role", "the person's role"),
  field("resource", RESOURCE, 9, "Text2", "resourceNote", "PMO Resource Note", "capacity-default (no capacity was given) or not-listed (booked but not in the Resources list)"),
  field("resource", RESOURCE, 30, "Text3", "source", "PMO Source Cell", "the workbook cell the resource came from"),
  field("assignment", ASSIGNMENT, 88, "Text1", "source", "PMO Source Cell", "the workbook cell the assignment came from"),
];

/** The keys of the task fields above (a test holds the list and the table in step). */
export type TaskAttributeKey =
  | "stage"
  | "status"
  | "objective"
  | "source"
  | "kind"
  | "pmoId"
  | "notCarried"
  | "decision"
  | "approver"
  | "manager"
  | "sponsor"
  | "priority"
  | "milestoneStatus"
  | "strategicScore"
  | "percentComplete"
  | "budget"
  | "actualCost"
  | "forecast"
  | "finishAsWritten"
  | "lastUpdate"
  | "forecastDate";

/** The FieldID of one of our custom fields. */
export function fieldIdOf(on: PmoAttribute["on"], key: string): string {
  const found = PMO_ATTRIBUTES.find((a) => a.on === on && a.key === key);
  if (!found) throw new Error(`No ${on} custom field for ${key}`);
  return found.fieldId;
}

/** The definitions written in `<ExtendedAttributes>`. */
export function attributeDefinitions(): AttributeDefinition[] {
  return PMO_ATTRIBUTES.map((a) => ({ fieldId: a.fieldId, fieldName: a.fieldName, alias: a.alias }));
}

/** The values of PMO Record (Text5). */
export type TaskKind = "programme" | "project" | "gate" | "milestone" | "assignment";
