/**
 * Building the export's tasks: the outline (levels, numbers, working spans on the standard calendar)
 * and one builder per kind of record (project, gate, milestone, assignment) with its PMO fields.
 */
import type { DayNumber } from "../model/dates";
import type { GateRecord, Milestone, Project, RecordSource } from "../model/portfolio";
import { fieldCell } from "../model/record-source";
import type { WorkWeek } from "../metrics/working-days";
import { fieldIdOf, type TaskAttributeKey, type TaskKind } from "./attributes";
import { durationOfHours, finishOfDay, startOfDay } from "./dates";
import type { ExtendedValue, MspdiTask } from "./mspdi";
import type { ExportNotes } from "./notes";

/** Tasks with their first and last day, on the ruleset's working week. */
export class Outline {
  private readonly spans = new WeakMap<MspdiTask, { start: DayNumber; finish: DayNumber }>();

  constructor(
    private readonly week: WorkWeek,
    private readonly hoursPerDay: number,
  ) {}

  task(level: number, name: string, outlineNumber: string, kind?: TaskKind): MspdiTask {
    const t: MspdiTask = { uid: 0, id: 0, name, outlineLevel: level, outlineNumber, wbs: outlineNumber, summary: false, milestone: false, baselines: [], extended: [] };
    if (kind) setText(t, "kind", kind);
    return t;
  }

  /** Working hours from the start of `start` to the end of `finish` (at least one day's). */
  hours(start: DayNumber, finish: DayNumber): number {
    return Math.max(1, this.week.count(start, finish)) * this.hoursPerDay;
  }

  /** A leaf over whole days: manually scheduled, starting no earlier than its start, so Project keeps the dates. */
  leaf(t: MspdiTask, start: DayNumber, finish: DayNumber): void {
    this.spanOf(t, start, finish);
    t.manual = true;
    t.constraintType = 4;
    t.constraintDate = t.start;
  }

  /** A milestone on a day. */
  milestoneOn(t: MspdiTask, day: DayNumber): void {
    t.milestone = true;
    t.start = t.finish = startOfDay(day);
    t.duration = durationOfHours(0);
    t.manual = true;
    t.constraintType = 4;
    t.constraintDate = t.start;
    this.spans.set(t, { start: day, finish: day });
  }

  /** A summary over the given days (nothing when there are none). */
  over(t: MspdiTask, range: DayRange): void {
    if (range.start !== undefined && range.finish !== undefined) this.spanOf(t, range.start, range.finish);
  }

  span(t: MspdiTask): { start: DayNumber; finish: DayNumber } | undefined {
    return this.spans.get(t);
  }

  private spanOf(t: MspdiTask, start: DayNumber, finish: DayNumber): void {
    t.start = startOfDay(start);
    t.finish = finishOfDay(finish);
    t.duration = durationOfHours(this.hours(start, finish));
    this.spans.set(t, { start, finish });
  }
}

/** The first and last of some days, kept without holding them all (portfolios have 100k assignments). */
export class DayRange {
  start: DayNumber | undefined;
  finish: DayNumber | undefined;

  add(day: DayNumber | undefined): this {
    if (day === undefined || Number.isNaN(day)) return this;
    if (this.start === undefined || day < this.start) this.start = day;
    if (this.finish === undefined || day > this.finish) this.finish = day;
    return this;
  }

  addRange(other: DayRange | { start: DayNumber; finish: DayNumber } | undefined): this {
    return other ? this.add(other.start).add(other.finish) : this;
  }
}

/** The gate decision as a milestone: its decision, approver and artefacts; 100% once passed. */
export function gateTask(outline: Outline, g: GateRecord, level: number, number: string): MspdiTask {
  const t = outline.task(level, g.gate, number, "gate");
  t.milestone = true;
  setText(t, "pmoId", g.gate);
  setText(t, "decision", g.decisionRaw ?? g.decision);
  setText(t, "approver", g.approver);
  setText(t, "source", cellOf(g.source, "gate"));
  const artefacts = Object.entries(g.artifacts).filter(([, v]) => v !== undefined && String(v).trim() !== "");
  if (artefacts.length) t.notes = artefacts.map(([name, v]) => `${name}: ${String(v)}`).join("\n");
  if (g.decision === "Approved" || g.decision === "Approved with conditions") t.percentComplete = 100;
  if (g.date !== undefined) outline.milestoneOn(t, g.date);
  else setText(t, "notCarried", "date");
  return t;
}

/** A milestone on its actual, else forecast, else baseline day; Baseline 0 is the baseline day. */
export function milestoneTask(outline: Outline, m: Milestone, level: number, number: string): MspdiTask {
  const t = outline.task(level, m.name, number, "milestone");
  t.milestone = true;
  setText(t, "pmoId", m.id);
  setText(t, "milestoneStatus", m.status);
  setText(t, "source", cellOf(m.source, "name"));
  const day = m.actual ?? m.forecast ?? m.baseline;
  if (day !== undefined) outline.milestoneOn(t, day);
  else setText(t, "notCarried", "date");
  if (m.baseline !== undefined) t.baselines.push({ number: 0, start: startOfDay(m.baseline), finish: startOfDay(m.baseline), duration: durationOfHours(0) });
  if (m.actual !== undefined) t.actualStart = t.actualFinish = startOfDay(m.actual);
  if (m.forecast !== undefined) setDate(t, "forecastDate", m.forecast);
  if (m.achieved) t.percentComplete = 100;
  return t;
}

/**
 * The project's own fields on its task. Dates the workbook lacks are stood in for from `children`
 * (its gates, milestones and assignments) and named in PMO Not Given; a finish before the start
 * becomes the start, the date as written kept in PMO Finish As Written.
 */
export function fillProject(outline: Outline, t: MspdiTask, p: Project, children: DayRange, hasChildren: boolean, notes: ExportNotes): void {
  t.summary = hasChildren;
  setText(t, "pmoId", p.id);
  setText(t, "stage", p.stage);
  setText(t, "status", p.status ?? p.statusRaw);
  setText(t, "objective", p.objective);
  setText(t, "manager", p.manager);
  setText(t, "sponsor", p.sponsor);
  setText(t, "priority", p.priority);
  setText(t, "source", cellOf(p.source, "id") ?? cellOf(p.source, "name"));
  setNumber(t, "strategicScore", p.strategicScore);
  if (p.lastUpdate !== undefined) setDate(t, "lastUpdate", p.lastUpdate);
  if (p.percentComplete !== undefined) {
    t.percentComplete = Math.max(0, Math.min(100, Math.round(p.percentComplete * 100)));
    setNumber(t, "percentComplete", Math.round(p.percentComplete * 1e6) / 1e4);
  }
  setNumber(t, "budget", p.budget);
  setNumber(t, "actualCost", p.actualCost);
  setNumber(t, "forecast", p.forecast);
  const cost = p.forecast ?? p.budget;
  if (cost !== undefined) t.cost = t.fixedCost = cost;
  if (p.actualCost !== undefined) t.actualCost = p.actualCost;

  let { start, finish } = p;
  if (start !== undefined && finish !== undefined && finish < start) {
    setDate(t, "finishAsWritten", finish);
    notes.finishBeforeStart(p.id, start, finish);
    finish = start;
  }
  const missing: string[] = [];
  if (start === undefined) {
    missing.push("start");
    start = finish ?? children.start;
  }
  if (finish === undefined) {
    missing.push("finish");
    finish = children.finish !== undefined && start !== undefined ? Math.max(start, children.finish) : start;
  }
  if (missing.length) {
    setText(t, "notCarried", missing.join(" "));
    notes.projectDates(p.id, missing);
  }
  if (start !== undefined && finish !== undefined) outline.leaf(t, start, finish);
  if (t.summary) {
    // A manually scheduled summary keeps its own dates in Project 2010 and later (the subtasks' span
    // shows as a roll-up bar); constraints are for the tasks that are scheduled.
    t.constraintType = undefined;
    t.constraintDate = undefined;
  }
  const dated = missing.length === 0 && t.start !== undefined;
  if (dated) t.baselines.push({ number: 0, start: t.start, finish: t.finish, duration: t.duration, cost: p.budget });
  else if (p.budget !== undefined) t.baselines.push({ number: 0, cost: p.budget });
}

/** "Projects!A5" (the sheet quoted when it needs to be) for a record's field, or undefined. */
export function cellOf(source: RecordSource, field: string): string | undefined {
  const cell = fieldCell(source, field);
  if (cell === undefined) return undefined;
  const sheet = source.sheets?.[field] ?? source.sheet;
  return `${/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

export function pushText(extended: ExtendedValue[], fieldId: string, value: string | undefined): void {
  if (value !== undefined && value.trim() !== "") extended.push({ fieldId, value: value.trim() });
}

export function setText(t: MspdiTask, key: TaskAttributeKey, value: string | undefined): void {
  pushText(t.extended, fieldIdOf("task", key), value);
}

function setNumber(t: MspdiTask, key: TaskAttributeKey, value: number | undefined): void {
  if (value !== undefined && Number.isFinite(value)) t.extended.push({ fieldId: fieldIdOf("task", key), value: String(value) });
}

function setDate(t: MspdiTask, key: TaskAttributeKey, day: DayNumber): void {
  t.extended.push({ fieldId: fieldIdOf("task", key), value: startOfDay(day) });
}
