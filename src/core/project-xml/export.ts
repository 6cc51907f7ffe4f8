/**
 * The portfolio as one Microsoft Project XML document (or one a project): programmes and projects as
 * summary tasks, gates and milestones as milestone tasks, one work task per assignment carrying its
 * resource's units, the PMO's fields as custom fields (attributes.ts), a standard calendar. What the
 * format cannot carry, and what the check found invalid, is said in `notes` (the CLI prints them on
 * stderr); nothing is guessed. docs/project-xml.md describes the mapping.
 */
import { matchKey } from "../lookup/keys";
import type { DayNumber } from "../model/dates";
import type { Assignment, Portfolio, Project, Resource } from "../model/portfolio";
import { columnBounds } from "../metrics/periods";
import { WorkWeek } from "../metrics/working-days";
import type { Ruleset } from "../ruleset/types";
import { attributeDefinitions, fieldIdOf } from "./attributes";
import { standardCalendar } from "./calendar";
import { registerCurrency } from "./currency";
import { durationOfHours, finishOfDay } from "./dates";
import { DayRange, Outline, cellOf, fillProject, gateTask, milestoneTask, pushText } from "./export-tasks";
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

/** Records grouped by their project's key, in sheet order. */
function byProject<T extends { projectId: string }>(records: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const key = matchKey(r.projectId);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/**
 * What every export of one portfolio looks up: its records grouped by project, its listed resources by
 * name, the register's currency and its other columns. Built once per portfolio and handed to each
 * export, so a file a project (`export --per-project`) costs what its project holds, not the whole
 * portfolio again (10k projects took 633 s when every file grouped every record anew).
 */
export class ExportIndex {
  readonly gates: Map<string, Portfolio["gates"]>;
  readonly milestones: Map<string, Portfolio["milestones"]>;
  readonly assignments: Map<string, Assignment[]>;
  /** Each listed person's first row (a name listed twice is exported once), by match key. */
  readonly resources = new Map<string, { resource: Resource; position: number }>();
  readonly currency: string | undefined;
  private extras?: string[];

  constructor(readonly portfolio: Portfolio) {
    this.gates = byProject(portfolio.gates);
    this.milestones = byProject(portfolio.milestones);
    this.assignments = byProject(portfolio.assignments);
    portfolio.resources.forEach((resource, position) => {
      const key = matchKey(resource.name);
      if (!this.resources.has(key)) this.resources.set(key, { resource, position });
    });
    this.currency = registerCurrency(portfolio);
  }

  /** The register's columns the export has no field for (any project with a value in them), in order first seen. */
  otherColumns(): string[] {
    if (!this.extras) {
      const seen = new Set<string>();
      for (const p of this.portfolio.projects) for (const k of Object.keys(p.extra)) if (p.extra[k] !== null) seen.add(k);
      this.extras = [...seen];
    }
    return this.extras;
  }
}

/** Builds the MSPDI document of a portfolio (see the module comment); `index` is the portfolio's, when several exports share it. */
export function exportPortfolio(portfolio: Portfolio, ruleset: Ruleset, options: ExportOptions, index = new ExportIndex(portfolio)): ExportResult {
  const { thresholds } = ruleset;
  const outline = new Outline(new WorkWeek(thresholds.workingDays), thresholds.hoursPerDay);
  const notes = new ExportNotes();
  const selected = options.projects ?? portfolio.projects;
  const single = options.projects !== undefined;
  const keys = new Set(selected.map((p) => matchKey(p.id)));
  if (index.portfolio !== portfolio) throw new Error("exportPortfolio: the index is of another portfolio");
  const { gates, milestones, assignments } = index;
  if (!single) notes.orphans(portfolio, keys);
  const booked = [...keys].flatMap((k) => assignments.get(k) ?? []);
  const { resources, uidOf } = exportResources(portfolio, index, booked, single, thresholds.defaultCapacity, notes);

  // Tasks in outline order: programme > project > its gates, milestones and assignments.
  const tasks: MspdiTask[] = [];
  const out: MspdiAssignment[] = [];
  const add = (t: MspdiTask) => {
    t.uid = t.id = tasks.length;
    tasks.push(t);
  };
  const summary = outline.task(0, options.title, "0");
  summary.summary = true;
  add(summary);
  const all = new DayRange();
  // A duplicated project ID gets its gates, milestones and assignments once, on its first row.
  const served = new Set<string>();
  const groups = single ? [{ name: undefined, projects: [...selected] }] : programmes(selected);
  let top = 0;
  for (const group of groups) {
    let programme: MspdiTask | undefined;
    if (group.name !== undefined) {
      programme = outline.task(1, group.name, String(++top), "programme");
      programme.summary = true;
      add(programme);
    }
    const level = programme ? 2 : 1;
    const programmeNumber = top;
    const programmeDays = new DayRange();
    group.projects.forEach((project, i) => {
      const number = programme ? `${programmeNumber}.${i + 1}` : String(++top);
      const projectTask = outline.task(level, project.name ?? project.id, number, "project");
      add(projectTask);
      const key = matchKey(project.id);
      const first = !served.has(key);
      served.add(key);
      const children: { task: MspdiTask; assignment?: MspdiAssignment }[] = [];
      const childDays = new DayRange();
      const next = () => `${number}.${children.length + 1}`;
      for (const g of first ? (gates.get(key) ?? []) : []) {
        const t = gateTask(outline, g, level + 1, next());
        if (t.start === undefined) notes.gateWithoutDate(project.id, g.gate);
        children.push({ task: t });
        childDays.addRange(outline.span(t));
      }
      for (const m of first ? (milestones.get(key) ?? []) : []) {
        const t = milestoneTask(outline, m, level + 1, next());
        children.push({ task: t });
        childDays.addRange(outline.span(t));
      }
      for (const a of first ? (assignments.get(key) ?? []) : []) {
        const span = assignmentSpan(a, project);
        if (!span || a.allocation === undefined || !(a.allocation > 0)) {
          notes.assignmentLeftOut(a, span ? "no allocation" : "no dates, and its project has none");
          continue;
        }
        const t = outline.task(level + 1, a.resource.trim(), next(), "assignment");
        outline.leaf(t, span.start, span.finish);
        t.work = durationOfHours(outline.hours(span.start, span.finish) * a.allocation);
        const extended: ExtendedValue[] = [];
        pushText(extended, fieldIdOf("assignment", "source"), cellOf(a.source, a.layout === "wide" ? "allocation" : "resource"));
        const assignment: MspdiAssignment = { uid: 0, taskUid: 0, resourceUid: uidOf(a.resource), units: a.allocation, start: t.start, finish: t.finish, work: t.work, extended };
        children.push({ task: t, assignment });
        childDays.addRange(span);
      }
      fillProject(outline, projectTask, project, childDays, children.length > 0, notes);
      // A gate or milestone without a date stands at its project's start (PMO Not Given says so).
      const standIn = outline.span(projectTask)?.start ?? options.asOf;
      for (const { task, assignment } of children) {
        if (task.start === undefined) outline.milestoneOn(task, standIn);
        add(task);
        if (assignment) {
          assignment.uid = out.length + 1;
          assignment.taskUid = task.uid;
          out.push(assignment);
        }
      }
      programmeDays.addRange(outline.span(projectTask)).addRange(childDays);
    });
    if (programme) outline.over(programme, programmeDays);
    all.addRange(programmeDays);
  }
  outline.over(summary, all.start === undefined ? new DayRange().add(options.asOf) : all);

  notes.notCarried(portfolio, single, index.otherColumns());
  const { hoursPerDay, workingDays } = thresholds;
  const document: MspdiProject = {
    name: options.title,
    title: options.title,
    startDate: summary.start,
    finishDate: summary.finish,
    statusDate: finishOfDay(options.asOf),
    currencyCode: index.currency,
    calendarUid: CALENDAR_UID,
    minutesPerDay: hoursPerDay * 60,
    minutesPerWeek: hoursPerDay * 60 * workingDays.length,
    daysPerMonth: 20,
    attributes: attributeDefinitions(),
    calendars: [standardCalendar(CALENDAR_UID, workingDays, hoursPerDay)],
    tasks,
    resources,
    assignments: out,
  };
  return { document, notes: notes.lines() };
}

/**
 * The resources: the listed ones (all of them, or those the selection books), then the people booked
 * but not listed, flagged (they keep their unknown-reference finding after an import).
 */
function exportResources(portfolio: Portfolio, index: ExportIndex, booked: Assignment[], single: boolean, defaultCapacity: number, notes: ExportNotes) {
  const resources: MspdiResource[] = [];
  const uids = new Map<string, number>();
  const add = (name: string, maxUnits: number, fill: (extended: ExtendedValue[]) => void, group?: string) => {
    const uid = resources.length + 1;
    uids.set(matchKey(name), uid);
    const extended: ExtendedValue[] = [];
    fill(extended);
    resources.push({ uid, id: uid, name: name.trim(), type: 1, maxUnits, group, extended });
  };
  // One project's file lists the people it books, in the order of the Resources list: looked up, not
  // found by reading the whole list again for every project.
  let listed: Resource[];
  if (single) {
    const rows = new Map<string, { resource: Resource; position: number }>();
    for (const a of booked) {
      const key = matchKey(a.resource);
      const row = index.resources.get(key);
      if (row) rows.set(key, row);
    }
    listed = [...rows.values()].sort((x, y) => x.position - y.position).map((row) => row.resource);
  } else {
    listed = portfolio.resources;
  }
  for (const r of listed) {
    if (uids.has(matchKey(r.name))) continue;
    add(
      r.name,
      r.capacity,
      (extended) => {
        pushText(extended, fieldIdOf("resource", "role"), r.role);
        if (r.capacityDefaulted) pushText(extended, fieldIdOf("resource", "resourceNote"), "capacity-default");
        pushText(extended, fieldIdOf("resource", "source"), cellOf(r.source, "name"));
      },
      r.team,
    );
  }
  for (const a of booked) {
    if (uids.has(matchKey(a.resource))) continue;
    notes.notListed(a.resource);
    add(a.resource, defaultCapacity, (extended) => pushText(extended, fieldIdOf("resource", "resourceNote"), "not-listed"));
  }
  return { resources, uidOf: (name: string) => uids.get(matchKey(name))! };
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

/** An assignment's first and last day: its own dates (a wide plan's period), else its project's. */
function assignmentSpan(a: Assignment, p: Project): { start: DayNumber; finish: DayNumber } | null {
  if (a.layout === "wide") {
    const bounds = a.period === undefined ? null : columnBounds(a.period);
    return bounds ? { start: bounds.start, finish: bounds.end } : null;
  }
  const start = a.start ?? p.start;
  const finish = a.finish ?? p.finish;
  if (start === undefined || finish === undefined || finish < start) return null;
  return { start, finish };
}
