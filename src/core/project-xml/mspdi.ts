/**
 * A Microsoft Project XML (MSPDI) document as plain data: the elements of `<Project>` that the export
 * writes and the import reads, no more. The adapter (src/adapters/project-xml/) turns it into XML and
 * back with a namespace-aware parser, so the core never sees markup. Element names and meanings follow
 * Microsoft's "Project XML Data Interchange Schema Reference"; dates are local `YYYY-MM-DDTHH:MM:SS`
 * without a zone (kept as text here), durations ISO 8601 (`PT8H0M0S`), units fractions (1 = 100%).
 */

/** The namespace of every element in a file Microsoft Project writes. */
export const MSPDI_NAMESPACE = "http://schemas.microsoft.com/project";

/** A custom field's value on a task, resource or assignment. */
export interface ExtendedValue {
  fieldId: string;
  value: string;
}

/** A custom field's definition in `<ExtendedAttributes>`. */
export interface AttributeDefinition {
  fieldId: string;
  /** The field it is: "Text1", "Number1", "Cost1", "Date1"… */
  fieldName: string;
  /** The name a user sees: "PMO Stage". */
  alias?: string;
}

/** One baseline (0 is "Baseline", 1–10 "Baseline1"…) of a task. */
export interface TaskBaseline {
  number: number;
  start?: string;
  finish?: string;
  duration?: string;
  work?: string;
  cost?: number;
}

export interface MspdiTask {
  uid: number;
  id: number;
  name?: string;
  /** 0 is the project summary task; 1 the top of the outline. */
  outlineLevel: number;
  outlineNumber?: string;
  wbs?: string;
  summary: boolean;
  milestone: boolean;
  /** Manually scheduled (Project 2010 on): Project keeps the dates as given. */
  manual?: boolean;
  isNull?: boolean;
  start?: string;
  finish?: string;
  duration?: string;
  work?: string;
  /** 0–100. */
  percentComplete?: number;
  cost?: number;
  fixedCost?: number;
  actualCost?: number;
  actualStart?: string;
  actualFinish?: string;
  /** 0 As Soon As Possible, 2 Must Start On, 4 Start No Earlier Than… */
  constraintType?: number;
  constraintDate?: string;
  calendarUid?: number;
  notes?: string;
  baselines: TaskBaseline[];
  extended: ExtendedValue[];
}

export interface MspdiResource {
  uid: number;
  id: number;
  name?: string;
  /** 0 Material, 1 Work, 2 Cost (a file may say IsCostResource instead; the reader gives 2). */
  type?: number;
  isNull?: boolean;
  /** Capacity as a fraction (1 = one full-time person). */
  maxUnits?: number;
  group?: string;
  initials?: string;
  calendarUid?: number;
  notes?: string;
  extended: ExtendedValue[];
}

export interface MspdiAssignment {
  uid: number;
  taskUid: number;
  resourceUid: number;
  /** A fraction (0.5 = half time). */
  units?: number;
  start?: string;
  finish?: string;
  work?: string;
  extended: ExtendedValue[];
}

/** A working day pattern: weekday 1 = Sunday … 7 = Saturday (DayType), working times "HH:MM:SS". */
export interface CalendarWeekDay {
  dayType: number;
  working: boolean;
  times: { from: string; to: string }[];
}

export interface MspdiCalendar {
  uid: number;
  name?: string;
  isBase: boolean;
  baseUid?: number;
  weekDays: CalendarWeekDay[];
}

export interface MspdiProject {
  name?: string;
  title?: string;
  manager?: string;
  startDate?: string;
  finishDate?: string;
  statusDate?: string;
  currencyCode?: string;
  calendarUid?: number;
  minutesPerDay?: number;
  minutesPerWeek?: number;
  daysPerMonth?: number;
  attributes: AttributeDefinition[];
  calendars: MspdiCalendar[];
  tasks: MspdiTask[];
  resources: MspdiResource[];
  assignments: MspdiAssignment[];
}

/** The first value of a custom field on a record, or undefined. */
export function extendedValue(record: { extended: ExtendedValue[] }, fieldId: string): string | undefined {
  return record.extended.find((e) => e.fieldId === fieldId)?.value;
}
