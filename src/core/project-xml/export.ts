/**
 * The portfolio as one Microsoft Project XML document (or one a project): programmes and projects as
 * summary tasks, gates and milestones as milestone tasks, one work task per assignment carrying its
 * resource's units, the PMO's fields as custom fields (attributes.ts), a standard calendar. What the
 * format cannot carry, and what the check found invalid, is said in `notes` (the CLI prints them on
 * stderr); nothing is guessed. docs/project-xml.md describes the mapping.
 */
import { matchKey } from "../lookup/keys";
import type { DayNumber } from "../model/dates";
import type { Assignment, Portfolio, Project } from "../model/portfolio";
import { fieldCell } from "../model/record-source";
import { columnBounds } from "../metrics/periods";
import { WorkWeek } from "../metrics/working-days";
import type { Ruleset } from "../ruleset/types";
import { attributeDefinitions, fieldIdOf, type TaskAttributeKey, type TaskKind } from "./attributes";
import { standardCalendar } from "./calendar";
import { durationOfHours, finishOfDay, startOfDay } from "./dates";
import type { ExtendedValue, MspdiAssignment, MspdiProject, MspdiResource, MspdiTask } from "./mspdi";
import { ExportNotes } from "./notes";

export interface ExportOptions {
  /** The document's title (the workbook's name). */
  title: string;
  /** The date the export is made on, written as the status date. */
  asOf: DayNumber;
  /** Export only these projects (one file a project): no programme level, only the resources they book. */
  projects?: readonly Project[];
}

export interface ExportResult {
  document: MspdiProject;
  /** One line each: what the target cannot carry, what was left out or flagged. */
  notes: string[];
}

const CALENDAR_UID = 1;

/** Builds the MSPDI document of a portfolio (see the module comment). */
export function exportPortfolio(portfolio: Portfolio, ruleset: Ruleset, options: ExportOptions): ExportResult {
  const { thresholds } = ruleset;
  const week = new WorkWeek(thresholds.workingDays);
  const hoursPerDay = thresholds.hoursPerDay;
  const notes = new ExportNotes();
  const selected = options.projects ?? portfolio.projects;
  const single = options.projects !== undefined;
  const keys = new Set(selected.map((p) => matchKey(p.id)));
  const inSelection = (projectId: string) => keys.has(matchKey(projectId));

  const gates = portfolio.gates.filter((g) => inSelection(g.projectId));
  const milestones = portfolio.milestones.filter((m) => inSelection(m.projectId));
  const assignments = portfolio.assignments.filter((a) => inSelection(a.projectId));
  if (!single) notes.orphans(portfolio, keys);

  // Resources: the listed ones (all of them, or those the selection books), then booked names not listed.
  const resources: MspdiResource[] = [];
  const resourceUid = new Map<string, number>();
  const booked = new Set(assignments.map((a) => matchKey(a.resource)));
  for (const r of portfolio.resources) {
    const key = matchKey(r.name);
    if (resourceUid.has(key) || (single && !booked.has(key))) continue;
    const uid = resources.length + 1;
    resourceUid.set(key, uid);
    const extended: ExtendedValue[] = [];
    pushText(extended, fieldIdOf("resource", "role"), r.role);
    if (r.capacityDefaulted) pushText(extended, fieldIdOf("resource", "resourceNote"), "capacity-default");
    pushText(extended, fieldIdOf("resource", "source"), cellOf(r.source, "name"));
    resources.push({ uid, id: uid, name: r.name, type: 1, maxUnits: r.capacity, group: r.team, calendarUid: undefined, extended });
  }
  for (const a of assignments) {
    const key = matchKey(a.resource);
    if (resourceUid.has(key)) continue;
    const uid = resources.length + 1;
    resourceUid.set(key, uid);
    notes.notListed(a.resource);
    const extended: ExtendedValue[] = [];
    pushText(extended, fieldIdOf("resource", "resourceNote"), "not-listed");
    resources.push({ uid, id: uid, name: a.resource.trim(), type: 1, maxUnits: thresholds.defaultCapacity, extended });
  }

  // Tasks in outline order: programme > project > gates, milestones, assignments.
  const tasks: MspdiTask[] = [];
  const out: MspdiAssignment[] = [];
  const allDays: DayNumber[] = [];
  const summary = newTask(0, 0, options.title, "0");
  tasks.push(summary);
  const groups = single ? [{ name: undefined, projects: [...selected] }] : programmes(selected);
  const top = { n: 0 };
  // A duplicated project ID gets its gates, milestones and assignments once, on its first row.
  const served = new Set<string>();
  for (const group of groups) {
    let programmeTask: MspdiTask | undefined;
    let level = 1;
    let prefix = "";
    if (group.name !== undefined) {
      programmeTask = newTask(tasks.length, 1, group.name, String(++top.n));
      setText(programmeTask, "kind", "programme" satisfies TaskKind);
      programmeTask.summary = true;
      tasks.push(programmeTask);
      level = 2;
      prefix = `${top.n}.`;
    }
    let child = 0;
    const programmeDays: DayNumber[] = [];
    for (const project of group.projects) {
      const number = programmeTask ? `${prefix}${++child}` : String(++top.n);
      const projectTask = newTask(tasks.length, level, project.name ?? project.id, number);
      tasks.push(projectTask);
      const key = served.has(matchKey(project.id)) ? "\u0000" : matchKey(project.id);
      served.add(matchKey(project.id));
      const children: MspdiTask[] = [];
      const childDays: DayNumber[] = [];
      let sub = 0;
      const childNumber = () => `${number}.${++sub}`;

      for (const gate of gates.filter((g) => matchKey(g.projectId) === key)) {
        const t = newTask(0, level + 1, gate.gate, childNumber());
        t.milestone = true;
        setText(t, "kind", "gate" satisfies TaskKind);
        setText(t, "pmoId", gate.gate);
        setText(t, "decision", gate.decisionRaw ?? gate.decision);
        setText(t, "approver", gate.approver);
        setText(t, "source", cellOf(gate.source, "gate"));
        const artefacts = Object.entries(gate.artifacts).filter(([, v]) => v !== undefined && String(v).trim() !== "");
        if (artefacts.length) t.notes = artefacts.map(([name, v]) => `${name}: ${String(v)}`).join("\n");
        if (gate.decision === "Approved" || gate.decision === "Approved with conditions") t.percentComplete = 100;
        if (gate.date !== undefined) {
          setMilestoneDay(t, gate.date);
          childDays.push(gate.date);
        } else {
          setText(t, "notCarried", "date");
          notes.gateWithoutDate(project.id, gate.gate);
        }
        children.push(t);
      }
      for (const m of milestones.filter((x) => matchKey(x.projectId) === key)) {
        const t = newTask(0, level + 1, m.name, childNumber());
        t.milestone = true;
        setText(t, "kind", "milestone" satisfies TaskKind);
        setText(t, "pmoId", m.id);
        setText(t, "milestoneStatus", m.status);
        setText(t, "source", cellOf(m.source, "name"));
        const day = m.actual ?? m.forecast ?? m.baseline;
        if (day !== undefined) {
          setMilestoneDay(t, day);
          childDays.push(day);
        } else setText(t, "notCarried", "date");
        if (m.baseline !== undefined) t.baselines.push({ number: 0, start: startOfDay(m.baseline), finish: startOfDay(m.baseline), duration: durationOfHours(0) });
        if (m.actual !== undefined) {
          t.actualStart = startOfDay(m.actual);
          t.actualFinish = startOfDay(m.actual);
        }
        if (m.forecast !== undefined) setDate(t, "forecastDate", m.forecast);
        if (m.achieved) t.percentComplete = 100;
        children.push(t);
      }
      for (const a of assignments.filter((x) => matchKey(x.projectId) === key)) {
        const span = assignmentSpan(a, project);
        if (!span || a.allocation === undefined || !(a.allocation > 0)) {
          notes.assignmentLeftOut(a, span ? "no allocation" : "no dates, and its project has none");
          continue;
        }
        const t = newTask(0, level + 1, a.resource.trim(), childNumber());
        setText(t, "kind", "assignment" satisfies TaskKind);
        const hours = Math.max(1, week.count(span.start, span.end)) * hoursPerDay;
        setSpan(t, span.start, span.end, hours);
        t.work = durationOfHours(hours * a.allocation);
        children.push(t);
        childDays.push(span.start, span.end);
        const extended: ExtendedValue[] = [];
        pushText(extended, fieldIdOf("assignment", "source"), cellOf(a.source, a.layout === "wide" ? "allocation" : "resource"));
        out.push({ uid: out.length + 1, taskUid: 0, resourceUid: resourceUid.get(matchKey(a.resource))!, units: a.allocation, start: t.start, finish: t.finish, work: t.work, extended });
        (t as TaskWithAssignment).assignmentIndex = out.length - 1;
      }

      fillProject(projectTask, project, childDays, children.length > 0, week, hoursPerDay, notes);
      // A gate or milestone without a date stands at its project's start (PMO Not Given says so).
      const standIn = projectDays(projectTask)[0] ?? options.asOf;
      for (const c of children) if (c.start === undefined) setMilestoneDay(c, standIn);
      programmeDays.push(...projectDays(projectTask), ...childDays);
      for (const c of children) {
        c.uid = c.id = tasks.length;
        tasks.push(c);
        const index = (c as TaskWithAssignment).assignmentIndex;
        if (index !== undefined) {
          out[index].taskUid = c.uid;
          delete (c as TaskWithAssignment).assignmentIndex;
        }
      }
    }
    if (programmeTask) spanOver(programmeTask, programmeDays, week, hoursPerDay);
    allDays.push(...programmeDays);
  }
  spanOver(summary, allDays.length ? allDays : [options.asOf], week, hoursPerDay);
  summary.summary = true;

  notes.notCarried(portfolio, single);
  const document: MspdiProject = {
    name: options.title,
    title: options.title,
    startDate: summary.start,
    finishDate: summary.finish,
    statusDate: finishOfDay(options.asOf),
    calendarUid: CALENDAR_UID,
    minutesPerDay: hoursPerDay * 60,
    minutesPerWeek: hoursPerDay * 60 * thresholds.workingDays.length,
    daysPerMonth: 20,
    attributes: attributeDefinitions(),
    calendars: [standardCalendar(CALENDAR_UID, thresholds.workingDays, hoursPerDay)],
    tasks,
    resources,
    assignments: out,
  };
  return { document, notes: notes.lines() };
}

interface TaskWithAssignment extends MspdiTask {
  assignmentIndex?: number;
}

function newTask(uid: number, level: number, name: string, outlineNumber: string): MspdiTask {
  return { uid, id: uid, name, outlineLevel: level, outlineNumber, wbs: outlineNumber, summary: false, milestone: false, baselines: [], extended: [] };
}

/** Projects grouped by programme, in the order programmes first appear; projects without one stand alone. */
function programmes(projects: readonly Project[]): { name: string | undefined; projects: Project[] }[] {
  const groups: { name: string | undefined; projects: Project[] }[] = [];
  const byKey = new Map<string, { name: string | undefined; projects: Project[] }>();
  for (const p of projects) {
    const name = p.program?.trim() || undefined;
    if (name === undefined) {
      groups.push({ name: undefined, projects: [p] });
      continue;
    }
    let group = byKey.get(matchKey(name));
    if (!group) {
      group = { name, projects: [] };
      byKey.set(matchKey(name), group);
      groups.push(group);
    }
    group.projects.push(p);
  }
  return groups;
}

function fillProject(t: MspdiTask, p: Project, childDays: DayNumber[], hasChildren: boolean, week: WorkWeek, hoursPerDay: number, notes: ExportNotes): void {
  t.summary = hasChildren;
  setText(t, "kind", "project" satisfies TaskKind);
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

  let start = p.start;
  let finish = p.finish;
  const missing: string[] = [];
  if (start !== undefined && finish !== undefined && finish < start) {
    setDate(t, "finishAsWritten", finish);
    notes.finishBeforeStart(p.id, start, finish);
    finish = start;
  }
  const known = childDays.length ? childDays : [];
  if (start === undefined) {
    missing.push("start");
    start = finish ?? (known.length ? Math.min(...known) : undefined);
  }
  if (finish === undefined) {
    missing.push("finish");
    finish = known.length ? Math.max(start ?? -Infinity, ...known) : start;
  }
  if (missing.length) {
    setText(t, "notCarried", missing.join(" "));
    notes.projectDates(p.id, missing);
  }
  if (start !== undefined && finish !== undefined) {
    setSpan(t, start, finish, Math.max(1, week.count(start, finish)) * hoursPerDay);
    if (p.start !== undefined && p.finish !== undefined && !missing.length) {
      t.baselines.push({ number: 0, start: t.start, finish: t.finish, duration: t.duration, cost: p.budget });
    } else if (p.budget !== undefined) t.baselines.push({ number: 0, cost: p.budget });
  } else if (p.budget !== undefined) t.baselines.push({ number: 0, cost: p.budget });
}

function projectDays(t: MspdiTask): DayNumber[] {
  return (t as { spanDays?: DayNumber[] }).spanDays ?? [];
}

/** Start and finish of a working span; a leaf is manually scheduled and starts no earlier than its start. */
function setSpan(t: MspdiTask, start: DayNumber, finish: DayNumber, hours: number): void {
  t.start = startOfDay(start);
  t.finish = finishOfDay(finish);
  t.duration = durationOfHours(hours);
  t.manual = true;
  t.constraintType = 4;
  t.constraintDate = t.start;
  (t as { spanDays?: DayNumber[] }).spanDays = [start, finish];
}

function setMilestoneDay(t: MspdiTask, day: DayNumber): void {
  t.start = t.finish = startOfDay(day);
  t.duration = durationOfHours(0);
  t.manual = true;
  t.constraintType = 4;
  t.constraintDate = t.start;
  (t as { spanDays?: DayNumber[] }).spanDays = [day, day];
}

function spanOver(t: MspdiTask, days: DayNumber[], week: WorkWeek, hoursPerDay: number): void {
  if (!days.length) return;
  const start = Math.min(...days);
  const finish = Math.max(...days);
  t.start = startOfDay(start);
  t.finish = finishOfDay(finish);
  t.duration = durationOfHours(Math.max(1, week.count(start, finish)) * hoursPerDay);
  (t as { spanDays?: DayNumber[] }).spanDays = [start, finish];
}

/** An assignment's first and last day: its own dates (a wide plan's period), else its project's. */
function assignmentSpan(a: Assignment, p: Project): { start: DayNumber; end: DayNumber } | null {
  if (a.layout === "wide") return a.period === undefined ? null : columnBounds(a.period);
  const start = a.start ?? p.start;
  const end = a.finish ?? p.finish;
  if (start === undefined || end === undefined || end < start) return null;
  return { start, end };
}

function cellOf(source: { sheet: string } & Parameters<typeof fieldCell>[0], field: string): string | undefined {
  const cell = fieldCell(source, field);
  if (cell === undefined) return undefined;
  const sheet = source.sheets?.[field] ?? source.sheet;
  return `${/^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

function pushText(extended: ExtendedValue[], fieldId: string, value: string | undefined): void {
  if (value !== undefined && value.trim() !== "") extended.push({ fieldId, value: value.trim() });
}

function setText(t: MspdiTask, key: TaskAttributeKey, value: string | undefined): void {
  pushText(t.extended, fieldIdOf("task", key), value);
}

function setNumber(t: MspdiTask, key: TaskAttributeKey, value: number | undefined): void {
  if (value !== undefined && Number.isFinite(value)) t.extended.push({ fieldId: fieldIdOf("task", key), value: String(value) });
}

function setDate(t: MspdiTask, key: TaskAttributeKey, day: DayNumber): void {
  t.extended.push({ fieldId: fieldIdOf("task", key), value: startOfDay(day) });
}
