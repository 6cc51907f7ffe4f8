/**
 * The workbook reader: raw grids in, a typed portfolio out. Locates each entity, reads its rows, and
 * records how it was found. Bad cells become ReadIssues; nothing here throws on workbook content.
 */
import type { Assignment, EntityDetection, EntityName, Portfolio, Project, ReadIssue, Resource } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { WorkbookSource } from "../../workbook/grid";
import { columnLetter } from "./a1";
import { readLongAssignments } from "./entities/assignments-long";
import { readWideAssignments } from "./entities/assignments-wide";
import { readFinancials } from "./entities/financials";
import { arbitrateStatus } from "./entities/arbitrate";
import { readGateColumns } from "./entities/gate-columns";
import { readGates } from "./entities/gates";
import { readProjects } from "./entities/projects";
import { readResources } from "./entities/resources";
import type { ReadContext } from "./entities/table";
import { projectFromKeyValues, readKeyValues } from "./kv-block";
import { locateEntities } from "./locate";
import type { Located } from "./locate";
import { missingColumns, missingProjectsReason } from "./missing";
import { resolveReferences } from "./refs";

/** Reads a workbook's portfolio. @example readPortfolio(source, defaultRuleset()).projects.length */
export function readPortfolio(source: WorkbookSource, ruleset: Ruleset): Portfolio {
  const issues: ReadIssue[] = [];
  const ctx: ReadContext = { date1904: !!source.date1904, hoursPerWeek: ruleset.thresholds.hoursPerDay * Math.max(1, ruleset.thresholds.workingDays.length), issues };
  const location = locateEntities(source, ruleset);
  const detections: EntityDetection[] = [];
  const portfolio: Portfolio = { label: source.label, projects: [], gates: [], resources: [], assignments: [], financials: [], detections, issues };
  const at = (e: EntityName): Located[] => location.found.get(e) ?? [];

  for (const found of at("projects")) {
    const loc = arbitrateStatus(found, ruleset);
    const projects = readProjects(loc, ruleset, ctx);
    append(portfolio.projects, projects);
    detections.push(detection(loc, projects.length));
    if (at("gates").length === 0) {
      const rows = projects.map((p) => ({ row: p.source.row, projectId: p.id, idCell: p.source.cells.id }));
      const fromColumns = readGateColumns(loc, ruleset, rows, ctx.date1904, issues);
      append(portfolio.gates, fromColumns.gates);
      if (fromColumns.detection) detections.push(fromColumns.detection);
    }
  }
  for (const loc of at("gates")) {
    const gates = readGates(loc, ruleset, ctx);
    append(portfolio.gates, gates);
    detections.push(detection(loc, gates.length));
  }
  for (const loc of at("resources")) {
    const resources = readResources(loc, ruleset, ctx);
    append(portfolio.resources, resources);
    detections.push(detection(loc, resources.length));
  }
  const people: { loc: Located; name: string; row: number; col: number }[] = [];
  const kvProjects: { project: Project; keys: Record<string, string> }[] = [];
  for (const loc of at("assignments")) {
    const kv = readKeyValues(loc.view, loc.region.top, loc.header.row - (loc.header.twoRow ? 2 : 1), loc.region.left, loc.region.right);
    const kvProject = projectFromKeyValues(loc.view.name, kv);
    if (kvProject) kvProjects.push(kvProject);
    const mapping = ruleset.mapping?.assignments;
    const wide = mapping?.layout ? mapping.layout === "wide" : loc.header.periods.length >= 2;
    const fallback = loc.header.match.fields.has("projectId") ? undefined : (kvProject?.project.id ?? loc.view.name);
    if (!loc.header.match.fields.has("projectId") && !kvProject) {
      issues.push({ kind: "missing-column", entity: "assignments", field: "projectId", sheet: loc.view.name });
    }
    let rows: Assignment[];
    const d = detection(loc, 0);
    if (wide) {
      const r = readWideAssignments(loc, ruleset, ctx, fallback, mapping?.unit);
      rows = r.assignments;
      d.layout = "wide";
      d.unit = r.unit;
      for (const person of r.people) people.push({ loc, ...person });
    } else {
      rows = readLongAssignments(loc, ruleset, ctx, fallback);
      d.layout = "long";
      d.unit = "fte";
    }
    d.dataRows = new Set(rows.map((a) => a.source.row)).size;
    append(portfolio.assignments, rows);
    detections.push(d);
  }
  for (const loc of at("financials")) {
    const fin = readFinancials(loc, ctx);
    append(portfolio.financials, fin);
    detections.push(detection(loc, fin.length));
  }

  if (at("projects").length === 0 && kvProjects.length > 0) {
    for (const { project: p, keys } of kvProjects) {
      portfolio.projects.push(p);
      const columns = Object.fromEntries(Object.entries(p.source.cells).map(([f, cell]) => [f, { header: keys[f] ?? f, column: cell.replace(/\d+$/, "") }]));
      detections.push({ entity: "projects", how: "content", sheet: p.source.sheet, headerRow: p.source.row, columns, unmatched: Object.keys(p.extra), dataRows: 1 });
    }
  }
  if (at("resources").length === 0 && people.length > 0) {
    const derived = derivedResources(people, ruleset);
    append(portfolio.resources, derived);
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
  append(issues, missingColumns(location, ruleset));
  resolveReferences(portfolio);
  return portfolio;
}

/** Appends without spreading: a 100k-row array as call arguments overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Without a Resources sheet, the people of a wide plan are the resources (at the default capacity). */
function derivedResources(people: { loc: Located; name: string; row: number; col: number }[], ruleset: Ruleset): Resource[] {
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
  };
  if (loc.table) d.table = loc.table;
  return d;
}
