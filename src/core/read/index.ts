/**
 * The workbook reader: raw grids in, a typed portfolio out. Locates each entity, reads its rows, and
 * records how it was found. Bad cells become ReadIssues; nothing here throws on workbook content.
 */
import type { EntityDetection, EntityName, Portfolio, ReadIssue, Resource, SheetNotRead } from "../model/portfolio";
import { ENTITY_SPECS } from "../model/fields";
import { fillFromFigures } from "./figures";
import { readMilestones } from "./entities/milestones";
import { readObjectives } from "./entities/objectives";
import { readRisks } from "./entities/risks";
import type { Ruleset } from "../ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import { columnLetter, type GridView } from "./a1";
import { readPlans } from "./entities/assignments";
import type { PlanPerson } from "./entities/assignments";
import { readFinancials } from "./entities/financials";
import { arbitrateStatus } from "./entities/arbitrate";
import { readGateColumns } from "./entities/gate-columns";
import { readGates } from "./entities/gates";
import { readProjects, type SectionHeadings } from "./entities/projects";
import { readResources } from "./entities/resources";
import type { ReadContext } from "./entities/table";
import { locateEntities } from "./locate";
import type { Located, Location } from "./locate";
import { missingColumns, missingProjectsReason } from "./missing";
import { uncalculatedIssues } from "./uncalculated";
import { resolveReferences } from "./refs";
import { fieldCell, recordCells } from "../model/record-source";
import { regroupSubmissions } from "../consolidate/regroup";

export interface ReadOptions {
  /**
   * Let go of each sheet's cells once the read is done with them (see releaseAsRead): for a caller that
   * needs no grid afterwards (the CLI, through checkSource's releaseGrids). The source's grids of those
   * sheets are left empty (their hidden rows kept).
   */
  releaseCells?: boolean;
  /** Called each time releaseCells let go of a sheet's cells (the CLI collects the garbage then). */
  released?: () => void;
}

/** Reads a workbook's portfolio. @example readPortfolio(source, defaultRuleset()).projects.length */
export function readPortfolio(source: WorkbookSource, ruleset: Ruleset, options: ReadOptions = {}): Portfolio {
  const issues: ReadIssue[] = [];
  const ctx: ReadContext = { date1904: !!source.date1904, hoursPerWeek: ruleset.thresholds.hoursPerDay * Math.max(1, ruleset.thresholds.workingDays.length), issues };
  const location = locateEntities(source, ruleset);
  const readDone = options.releaseCells ? releaseAsRead(source, location, options.released) : () => undefined;
  const detections: EntityDetection[] = [];
  const portfolio: Portfolio = { label: source.label, projects: [], gates: [], resources: [], assignments: [], financials: [], milestones: [], risks: [], objectives: [], detections, issues };
  const at = (e: EntityName): Located[] => location.found.get(e) ?? [];

  for (const found of at("projects")) {
    const loc = arbitrateStatus(found, ruleset);
    const headings: SectionHeadings = { skipped: new Map(), used: new Map() };
    const projects = readProjects(loc, ruleset, ctx, headings);
    portfolio.projects = joined(portfolio.projects, projects);
    const read = detection(loc, projects.length);
    if (headings.used.size > 0) read.why = `${read.why}; programmes from its section headings: ${cellList(headings.used)}`;
    else if (headings.skipped.size > 0) read.why = `${read.why}; rows read as section headings, not projects: ${cellList(headings.skipped)}`;
    detections.push(read);
    if (at("gates").length === 0) {
      const rows = projects.map((p) => ({ row: p.source.row, projectId: p.id, idCell: fieldCell(p.source, "id") }));
      const fromColumns = readGateColumns(loc, ruleset, rows, ctx.date1904, issues);
      append(portfolio.gates, fromColumns.gates);
      if (fromColumns.detection) detections.push(fromColumns.detection);
    }
  }
  const figures = fillFromFigures(location.figures, portfolio.projects, ruleset, ctx);
  append(detections, figures.detections);
  const notRead: SheetNotRead[] = [...location.rejected, ...figures.notRead];
  if (notRead.length > 0) portfolio.notRead = notRead;
  for (const loc of at("gates")) {
    const gates = readGates(loc, ruleset, ctx);
    portfolio.gates = joined(portfolio.gates, gates);
    detections.push(detection(loc, gates.length));
  }
  readDone("gates");
  for (const loc of at("resources")) {
    const resources = readResources(loc, ruleset, ctx);
    append(portfolio.resources, resources);
    detections.push(detection(loc, resources.length));
  }
  const plans = readPlans(at("assignments"), ruleset, ctx, detection, portfolio.projects);
  portfolio.assignments = joined(portfolio.assignments, plans.assignments);
  append(detections, plans.detections);
  readDone("assignments");
  for (const loc of at("financials")) {
    const fin = readFinancials(loc, ctx);
    append(portfolio.financials, fin);
    detections.push(detection(loc, fin.length));
  }
  readDone("financials");

  for (const loc of at("milestones")) {
    // A milestone plan without a project column belongs to the workbook's only project, when it has one.
    const only = portfolio.projects.length === 1 ? portfolio.projects[0].id : undefined;
    const milestones = readMilestones(loc, ctx, loc.header.match.fields.has("projectId") ? undefined : only);
    portfolio.milestones = joined(portfolio.milestones, milestones);
    detections.push(detection(loc, milestones.length));
  }
  readDone("milestones");
  for (const loc of at("risks")) {
    const risks = readRisks(loc, ctx);
    portfolio.risks = joined(portfolio.risks, risks);
    detections.push(detection(loc, risks.length));
  }
  readDone("risks");
  for (const loc of at("objectives")) {
    const objectives = readObjectives(loc, ctx);
    append(portfolio.objectives, objectives);
    detections.push(detection(loc, objectives.length));
  }
  readDone("objectives");

  if (at("projects").length === 0) {
    for (const { project: p, keys } of plans.kvProjects) {
      portfolio.projects.push(p);
      const columns = Object.fromEntries(Object.entries(recordCells(p.source)).map(([f, cell]) => [f, { header: keys[f] ?? f, column: cell.replace(/\d+$/, "") }]));
      detections.push({ entity: "projects", how: "content", sheet: p.source.sheet, headerRow: p.source.row, columns, unmatched: Object.keys(p.extra), dataRows: 1 });
    }
  }
  if (at("resources").length === 0 && plans.people.length > 0) {
    const { people } = plans;
    append(portfolio.resources, derivedResources(people, ruleset));
    // The plan's person column is where these resources come from; say so for the mapping screen.
    for (const loc of new Set(people.map((p) => p.loc))) {
      const col = loc.header.match.fields.get("resource");
      const count = new Set(people.filter((p) => p.loc === loc).map((p) => p.name)).size;
      if (col) detections.push({ entity: "resources", how: "content", sheet: loc.view.name, headerRow: loc.header.row, columns: { name: { header: col.header, column: columnLetter(col.col) } }, unmatched: [], dataRows: count });
    }
  }
  if (portfolio.projects.length === 0 && at("projects").length === 0) {
    issues.push({ kind: "missing-entity", entity: "projects", reason: missingProjectsReason(source, location) });
  }
  for (const [entity, reason] of location.notes) {
    if (entity !== "projects" && ruleset.mapping?.[entity]) issues.push({ kind: "missing-entity", entity, reason });
  }
  const reported = new Set(issues.flatMap((i) => (i.kind === "missing-column" ? [`${i.entity}|${i.field}|${i.sheet}`] : [])));
  for (const issue of missingColumns(location, ruleset)) {
    if (issue.kind === "missing-column" && issue.entity === "projects" && figures.supplied.has(issue.field)) continue;
    if (issue.kind !== "missing-column" || !reported.has(`${issue.entity}|${issue.field}|${issue.sheet}`)) issues.push(issue);
  }
  if (source.sheets.some((s) => s.uncalculated !== undefined)) {
    const rows = recordRows(portfolio);
    for (const list of location.found.values()) append(issues, uncalculatedIssues(source, list, rows));
    append(issues, uncalculatedIssues(source, location.figures, rows));
  }
  // A consolidated workbook's people listed by several submissions are one person each, as when consolidated.
  regroupSubmissions(portfolio, at("resources"));
  resolveReferences(portfolio);
  return portfolio;
}

/** "Digital (A2), Operations (A6)", five at most. */
function cellList(cells: Map<string, string>): string {
  const some = [...cells].slice(0, 5).map(([text, cell]) => (cell ? `${text} (${cell})` : text));
  return some.join(", ") + (cells.size > 5 ? "…" : "");
}

/** Sheet -> the rows its records were read from (asked only of a workbook with uncalculated formulas). */
function recordRows(portfolio: Portfolio): (sheet: string) => Set<number> {
  const bySheet = new Map<string, Set<number>>();
  const lists: readonly { source: { sheet: string; row: number } }[][] = [portfolio.projects, portfolio.gates, portfolio.resources, portfolio.assignments, portfolio.financials, portfolio.milestones, portfolio.risks, portfolio.objectives];
  for (const list of lists) {
    for (const record of list) {
      let rows = bySheet.get(record.source.sheet);
      if (!rows) bySheet.set(record.source.sheet, (rows = new Set()));
      rows.add(record.source.row);
    }
  }
  return (sheet) => bySheet.get(sheet) ?? new Set();
}

/** The entities read after the project register and its figures, in the order readPortfolio reads them. */
const RELEASED_IN_ORDER: readonly EntityName[] = ["gates", "assignments", "financials", "milestones", "risks", "objectives"];

/**
 * For readPortfolio's releaseCells: returns `done(entity)`, which lets go of the cells of every sheet
 * that entity was read from and no later one reads (at 100k projects the plan's 1M rows are gone before
 * the milestones and risks are read, instead of all grids living beside the whole portfolio). Kept to
 * the end: the register's and figures' sheets (the report's currency is read from their budget formats
 * after the read) and the resources' (regroupSubmissions reads their Source column last).
 */
function releaseAsRead(source: WorkbookSource, location: Location, released?: () => void): (entity: EntityName) => void {
  const kept = new Set<GridView>();
  for (const e of ["projects", "resources"] as const) for (const loc of location.found.get(e) ?? []) kept.add(loc.view);
  for (const loc of location.figures) kept.add(loc.view);
  // The last entity that reads each view.
  const last = new Map<GridView, EntityName>();
  for (const e of RELEASED_IN_ORDER) for (const loc of location.found.get(e) ?? []) if (!kept.has(loc.view)) last.set(loc.view, e);
  const grids = new Map(source.sheets.map((s) => [s.name, s]));
  return (entity) => {
    let any = false;
    for (const [view, e] of last) {
      if (e !== entity) continue;
      view.release();
      const grid = grids.get(view.name);
      if (grid) {
        grid.values = [];
        delete grid.formats;
        delete grid.merges;
      }
      any = true;
    }
    if (any) released?.();
  };
}

/** Appends without spreading: a 100k-row array as call arguments overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (let k = 0; k < items.length; k++) target.push(items[k]);
}

/** `target` followed by `items`: `items` itself while `target` is empty (a sheet's 100k records are not copied). */
function joined<T>(target: T[], items: T[]): T[] {
  if (target.length === 0) return items;
  append(target, items);
  return target;
}

/** Without a Resources sheet, the people of a wide plan are the resources (at the default capacity). */
function derivedResources(people: PlanPerson[], ruleset: Ruleset): Resource[] {
  const seen = new Map<string, Resource>();
  for (const p of people) {
    if (seen.has(p.name)) continue;
    seen.set(p.name, {
      name: p.name,
      capacity: ruleset.thresholds.defaultCapacity,
      capacityDefaulted: true,
      source: { sheet: p.loc.view.name, row: p.row, cells: { name: `${columnLetter(p.col)}${p.row}` } },
    });
  }
  return [...seen.values()];
}

function detection(loc: Located, dataRows: number): EntityDetection {
  const columns: EntityDetection["columns"] = {};
  for (const f of loc.header.match.fields.values()) columns[f.field] = { header: f.header, column: columnLetter(f.col) };
  const periodCols = new Set(loc.header.periods.map((p) => p.col));
  const d: EntityDetection = {
    entity: loc.entity,
    how: loc.how,
    sheet: loc.view.name,
    headerRow: loc.header.row,
    columns,
    unmatched: loc.header.match.unmatched.filter((u) => !periodCols.has(u.col)).map((u) => u.text),
    dataRows,
    why: loc.why ?? whyRead(loc),
  };
  if (loc.table) d.table = loc.table;
  return d;
}

/** Why a sheet was read as its entity, from how it was found. */
function whyRead(loc: Located): string {
  const label = ENTITY_SPECS[loc.entity].label;
  switch (loc.how) {
    case "mapping":
      return `the ruleset maps ${loc.entity} to "${loc.table ?? loc.view.name}"`;
    case "table":
      return `an Excel Table named like ${label}`;
    case "sheet-name":
      return `named like ${label}`;
    case "content":
      return `its header names ${label} fields: ${[...loc.header.match.fields.values()].map((f) => f.header).join(", ")}`;
  }
}
