/**
 * A Project XML document to the rows of a portfolio workbook (Projects, Gates, Milestones, Resources,
 * Assignments), which the check then reads like any register. Which tasks are projects:
 *
 * - a file this product exported says so in its PMO Record field (programme, project, gate,
 *   milestone, assignment), and its PMO fields give back what the register held;
 * - any other file is one project (its summary task: the file's title, dates, cost and progress),
 *   unless `projectLevel` n ≥ 1 is given: then each task at outline level n (a milestone aside) is a
 *   project, and the task above it, if any, its programme.
 *
 * Within a project, milestone tasks are milestones (gates only where our export marked them), and the
 * resource assignments of every task under it are its assignments. docs/project-xml.md says the same.
 */
import type { DayNumber } from "../model/dates";
import { fieldIdOf, type TaskAttributeKey, type TaskKind } from "./attributes";
import { dayOfDateTime, finishDayOf, hoursOfDuration } from "./dates";
import { extendedValue, type MspdiProject, type MspdiResource, type MspdiTask } from "./mspdi";
import { ImportNotes } from "./import-notes";

export interface ImportOptions {
  /** Names the one project of a file that is not ours (its ID): the file name without extension. */
  fileBase: string;
  /** Outline level whose tasks are projects in a file that is not ours; 0 (the default): the file is one project. */
  projectLevel?: number;
}

export interface ProjectRow {
  id: string;
  name?: string;
  program?: string;
  manager?: string;
  sponsor?: string;
  stage?: string;
  status?: string;
  start?: DayNumber;
  finish?: DayNumber;
  budget?: number;
  actualCost?: number;
  forecast?: number;
  percentComplete?: number;
  lastUpdate?: DayNumber;
  objective?: string;
  strategicScore?: number;
  priority?: string;
}

export interface GateRow {
  projectId: string;
  gate: string;
  decision?: string;
  date?: DayNumber;
  approver?: string;
  artefacts: Record<string, string>;
}

export interface MilestoneRow {
  projectId: string;
  id: string;
  name: string;
  baseline?: DayNumber;
  forecast?: DayNumber;
  actual?: DayNumber;
  status?: string;
}

export interface ResourceRow {
  name: string;
  role?: string;
  team?: string;
  capacity?: number;
}

export interface AssignmentRow {
  projectId: string;
  resource: string;
  start?: DayNumber;
  finish?: DayNumber;
  allocation?: number;
}

export interface ImportedPortfolio {
  /** True when the file is one this product exported (its PMO Record field is defined). */
  ours: boolean;
  projects: ProjectRow[];
  gates: GateRow[];
  milestones: MilestoneRow[];
  resources: ResourceRow[];
  assignments: AssignmentRow[];
  /** What the file held: tasks (the project summary task aside), resources and assignments. */
  counts: { tasks: number; resources: number; assignments: number };
  notes: string[];
}

const KINDS = new Set<string>(["programme", "project", "gate", "milestone", "assignment"]);

/** Reads the portfolio rows out of a document (see the module comment). */
export function importProject(doc: MspdiProject, options: ImportOptions): ImportedPortfolio {
  const kindField = fieldIdOf("task", "kind");
  const ours = doc.attributes.some((a) => a.fieldId === kindField && a.alias === "PMO Record");
  const notes = new ImportNotes();
  const text = (t: MspdiTask, key: TaskAttributeKey) => (ours ? extendedValue(t, fieldIdOf("task", key))?.trim() || undefined : undefined);
  const num = (t: MspdiTask, key: TaskAttributeKey) => {
    const v = text(t, key);
    const n = v === undefined ? NaN : Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  const kindOf = (t: MspdiTask): TaskKind | undefined => {
    const k = text(t, "kind");
    return k !== undefined && KINDS.has(k) ? (k as TaskKind) : undefined;
  };
  const level = ours ? undefined : Math.max(0, Math.trunc(options.projectLevel ?? 0));
  const tasks = doc.tasks.filter((t) => !t.isNull);
  const realTasks = tasks.filter((t) => t.outlineLevel > 0 && t.uid !== 0);

  // Walk the outline: each task's project (a ProjectRow) is the nearest project at or above it.
  const projects: ProjectRow[] = [];
  const projectOfTask = new Map<number, ProjectRow>();
  const gates: GateRow[] = [];
  const milestones: MilestoneRow[] = [];
  const stack: { level: number; task: MspdiTask; project?: ProjectRow }[] = [];
  let whole: ProjectRow | undefined;
  if (level === 0) {
    const top = tasks.find((t) => t.outlineLevel === 0 || t.uid === 0);
    whole = projectFrom(top, options.fileBase, doc.title ?? top?.name ?? doc.name ?? options.fileBase);
    whole.manager = doc.manager?.trim() || undefined;
    if (whole.start === undefined) whole.start = dayOrUndefined(dayOfDateTime(doc.startDate));
    if (whole.finish === undefined) whole.finish = dayOrUndefined(finishDayOf(doc.finishDate, whole.start));
    projects.push(whole);
  }
  for (const t of realTasks) {
    while (stack.length && stack[stack.length - 1].level >= t.outlineLevel) stack.pop();
    const parent = stack[stack.length - 1];
    let project = parent?.project ?? whole;
    const kind = kindOf(t);
    const isProject = ours ? kind === "project" : level !== undefined && level > 0 && t.outlineLevel === level && !t.milestone;
    if (isProject) {
      const programme = ours ? [...stack].reverse().find((s) => kindOf(s.task) === "programme")?.task.name : parent?.task.name;
      project = ours ? projectFromOurs(t, text, num) : projectFrom(t, t.wbs ?? t.outlineNumber ?? String(t.uid), t.name ?? "");
      if (programme !== undefined) project.program = programme.trim();
      projects.push(project);
    } else if (project && kind === "gate") {
      gates.push(gateFrom(t, project.id, text));
    } else if (project && t.milestone && kind !== "assignment") {
      milestones.push(milestoneFrom(t, project.id, ours, text));
    } else if (!project && t.milestone) {
      notes.outsideProject(t.name ?? `task ${t.uid}`);
    }
    if (project) projectOfTask.set(t.uid, project);
    stack.push({ level: t.outlineLevel, task: t, project });
  }
  if (whole) for (const t of tasks) if (t.outlineLevel === 0 || t.uid === 0) projectOfTask.set(t.uid, whole);

  // Resources: work resources with a name; material and cost resources are no capacity.
  const resourceNote = fieldIdOf("resource", "resourceNote");
  const role = fieldIdOf("resource", "role");
  const resources: ResourceRow[] = [];
  const keptResource = new Map<number, string>();
  for (const r of doc.resources) {
    if (r.isNull || r.name === undefined || r.name.trim() === "") continue;
    if (r.type === 0 || r.type === 2) {
      notes.notWork(r);
      continue;
    }
    const name = r.name.trim();
    keptResource.set(r.uid, name);
    const note = ours ? extendedValue(r, resourceNote) : undefined;
    if (note === "not-listed") continue;
    resources.push({ name, role: ours ? extendedValue(r, role)?.trim() || undefined : undefined, team: r.group?.trim() || undefined, capacity: note === "capacity-default" ? undefined : capacityOf(r) });
  }

  const assignments: AssignmentRow[] = [];
  const taskByUid = new Map(tasks.map((t) => [t.uid, t]));
  for (const a of doc.assignments) {
    const resource = keptResource.get(a.resourceUid);
    const project = projectOfTask.get(a.taskUid);
    if (resource === undefined) {
      if (doc.resources.some((r) => r.uid === a.resourceUid && (r.type === 0 || r.type === 2))) continue; // said with the resource
      if (a.resourceUid >= 0 && doc.resources.some((r) => r.uid === a.resourceUid)) notes.unnamedResource();
      continue;
    }
    if (!project) {
      notes.assignmentOutside(resource);
      continue;
    }
    const start = dayOrUndefined(dayOfDateTime(a.start));
    const finish = dayOrUndefined(finishDayOf(a.finish, start));
    assignments.push({ projectId: project.id, resource, start, finish, allocation: a.units ?? unitsFromWork(a.work, taskByUid.get(a.taskUid)) });
  }

  const counts = { tasks: realTasks.length, resources: doc.resources.filter((r) => !r.isNull && r.uid !== 0 && r.name !== undefined).length, assignments: doc.assignments.length };
  if (!ours && level === 0 && realTasks.some((t) => t.outlineLevel === 1 && t.summary)) notes.oneProject(realTasks.filter((t) => t.outlineLevel === 1 && t.summary).length);
  return { ours, projects, gates, milestones, resources, assignments, counts, notes: notes.lines() };
}

/**
 * Units of an assignment that does not say them: its work over its task's duration (both hours of
 * work time), else 1, the schema's default.
 */
function unitsFromWork(work: string | undefined, task: MspdiTask | undefined): number {
  const hours = hoursOfDuration(work);
  const span = hoursOfDuration(task?.duration);
  return Number.isFinite(hours) && Number.isFinite(span) && span > 0 && hours > 0 ? Math.round((hours / span) * 10000) / 10000 : 1;
}

function dayOrUndefined(day: DayNumber): DayNumber | undefined {
  return Number.isNaN(day) ? undefined : day;
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}

function capacityOf(r: MspdiResource): number | undefined {
  return r.maxUnits !== undefined && Number.isFinite(r.maxUnits) && r.maxUnits >= 0 ? r.maxUnits : undefined;
}

/** A project from a task of a file that is not ours: its dates, progress and costs (above zero). */
function projectFrom(t: MspdiTask | undefined, id: string, name: string): ProjectRow {
  const row: ProjectRow = { id, name: name.trim() || id };
  if (!t) return row;
  row.start = dayOrUndefined(dayOfDateTime(t.start));
  row.finish = dayOrUndefined(finishDayOf(t.finish, row.start));
  if (t.percentComplete !== undefined && Number.isFinite(t.percentComplete)) row.percentComplete = Math.max(0, Math.min(100, t.percentComplete)) / 100;
  row.budget = positive(t.baselines.find((b) => b.number === 0)?.cost);
  row.forecast = positive(t.cost);
  row.actualCost = positive(t.actualCost);
  return row;
}

type TextOf = (t: MspdiTask, key: TaskAttributeKey) => string | undefined;
type NumberOf = (t: MspdiTask, key: TaskAttributeKey) => number | undefined;

/** A project task of our export: the standard dates and progress, the PMO fields for the rest. */
function projectFromOurs(t: MspdiTask, text: TextOf, num: NumberOf): ProjectRow {
  const id = text(t, "pmoId") ?? t.wbs ?? String(t.uid);
  const row = projectFrom(t, id, t.name ?? id);
  const notGiven = new Set((text(t, "notCarried") ?? "").split(/\s+/));
  if (notGiven.has("start")) row.start = undefined;
  if (notGiven.has("finish")) row.finish = undefined;
  const asWritten = text(t, "finishAsWritten");
  if (asWritten !== undefined) row.finish = dayOrUndefined(dayOfDateTime(asWritten));
  const percent = num(t, "percentComplete");
  if (percent !== undefined) row.percentComplete = percent / 100;
  else if (t.percentComplete === 0) row.percentComplete = undefined;
  row.budget = num(t, "budget");
  row.actualCost = num(t, "actualCost");
  row.forecast = num(t, "forecast");
  row.stage = text(t, "stage");
  row.status = text(t, "status");
  row.objective = text(t, "objective");
  row.manager = text(t, "manager");
  row.sponsor = text(t, "sponsor");
  row.priority = text(t, "priority");
  row.strategicScore = num(t, "strategicScore");
  const update = text(t, "lastUpdate");
  if (update !== undefined) row.lastUpdate = dayOrUndefined(dayOfDateTime(update));
  return row;
}

function gateFrom(t: MspdiTask, projectId: string, text: TextOf): GateRow {
  const artefacts: Record<string, string> = {};
  for (const line of (t.notes ?? "").split(/\r?\n/)) {
    const at = line.indexOf(": ");
    if (at > 0) artefacts[line.slice(0, at).trim()] = line.slice(at + 2).trim();
  }
  const undated = (text(t, "notCarried") ?? "").split(/\s+/).includes("date");
  return {
    projectId,
    gate: text(t, "pmoId") ?? t.name ?? "",
    decision: text(t, "decision"),
    date: undated ? undefined : dayOrUndefined(dayOfDateTime(t.start)),
    approver: text(t, "approver"),
    artefacts,
  };
}

function milestoneFrom(t: MspdiTask, projectId: string, ours: boolean, text: TextOf): MilestoneRow {
  const baseline = t.baselines.find((b) => b.number === 0);
  const actual = dayOrUndefined(dayOfDateTime(t.actualFinish ?? t.actualStart));
  const day = dayOrUndefined(dayOfDateTime(t.finish ?? t.start));
  const undated = (text(t, "notCarried") ?? "").split(/\s+/).includes("date");
  const forecastField = text(t, "forecastDate");
  const forecast = ours ? (forecastField === undefined ? undefined : dayOrUndefined(dayOfDateTime(forecastField))) : actual === undefined && !undated ? day : undefined;
  const row: MilestoneRow = {
    projectId,
    id: text(t, "pmoId") ?? t.wbs ?? t.outlineNumber ?? String(t.uid),
    name: (t.name ?? "").trim() || `Milestone ${t.uid}`,
    baseline: dayOrUndefined(dayOfDateTime(baseline?.finish ?? baseline?.start)),
    forecast,
    actual,
    status: text(t, "milestoneStatus"),
  };
  if (!ours && actual === undefined && t.percentComplete === 100) row.status = "Complete";
  return row;
}
