/**
 * Every located assignment sheet, long or wide, plus what the plans say beyond assignments: the project
 * of a one-sheet-per-project plan (its key/value block) and the people of wide plans.
 */
import type { Assignment, EntityDetection, Project, ReadIssue } from "../../model/portfolio";
import type { Ruleset } from "../../ruleset/types";
import { readKeyValues, projectFromKeyValues } from "../kv-block";
import type { Located } from "../locate";
import { readLongAssignments } from "./assignments-long";
import { readWideAssignments } from "./assignments-wide";
import type { ReadContext } from "./table";

export interface PlanPerson {
  loc: Located;
  name: string;
  row: number;
  col: number;
}

export interface PlansRead {
  assignments: Assignment[];
  /** One detection per sheet, with layout and unit. */
  detections: EntityDetection[];
  /** Projects described by key/value blocks above the plans, with the key each field came from. */
  kvProjects: { project: Project; keys: Record<string, string> }[];
  people: PlanPerson[];
}

export function readPlans(locs: Located[], ruleset: Ruleset, ctx: ReadContext, detection: (loc: Located, rows: number) => EntityDetection, projects: Project[] = []): PlansRead {
  const out: PlansRead = { assignments: [], detections: [], kvProjects: [], people: [] };
  const mapping = ruleset.mapping?.assignments;
  const projectOf = projectLabels(projects);
  for (const loc of locs) {
    const kv = readKeyValues(loc.view, loc.region.top, loc.header.row - (loc.header.twoRow ? 2 : 1), loc.region.left, loc.region.right);
    const kvProject = projectFromKeyValues(loc.view, kv, ruleset, ctx);
    if (kvProject) out.kvProjects.push(kvProject);
    const wide = mapping?.layout ? mapping.layout === "wide" : loc.header.periods.length >= 2;
    const hasProjectColumn = loc.header.match.fields.has("projectId");
    // One sheet per project: the block's project, else the sheet's name (and the missing column is reported).
    const fallback = hasProjectColumn ? undefined : (kvProject?.project.id ?? loc.view.name);
    const d = detection(loc, 0);
    let rows: Assignment[];
    if (wide) {
      const r = readWideAssignments(loc, ruleset, ctx, fallback, mapping?.unit, projectOf);
      if (!hasProjectColumn && !kvProject && r.usedFallback) ctx.issues.push(missingProjectColumn(loc.view.name));
      rows = r.assignments;
      d.layout = "wide";
      d.unit = r.unit;
      for (const person of r.people) out.people.push({ loc, ...person });
    } else {
      if (!hasProjectColumn && !kvProject) ctx.issues.push(missingProjectColumn(loc.view.name));
      rows = readLongAssignments(loc, ruleset, ctx, fallback);
      d.layout = "long";
      d.unit = "fte";
    }
    d.dataRows = distinctRows(rows);
    if (out.assignments.length === 0) out.assignments = rows;
    else for (let k = 0; k < rows.length; k++) out.assignments.push(rows[k]);
    out.detections.push(d);
  }
  return out;
}

/**
 * Project IDs and (unique) names, folded, to recognise project heading rows in a plan. Built on the
 * first question: only wide plans ask, and folding 10k projects' IDs and names for a long-form plan
 * was 2 MB of strings and map for nothing.
 */
function projectLabels(projects: Project[]): (label: string) => string | undefined {
  let byLabel: Map<string, string | null> | undefined;
  const build = () => {
    const labels = new Map<string, string | null>();
    const add = (label: string | undefined, id: string) => {
      if (!label) return;
      const key = label.trim().toLowerCase();
      const prev = labels.get(key);
      labels.set(key, prev !== undefined && prev !== id ? null : id);
    };
    for (const p of projects) {
      add(p.id, p.id);
      add(p.name, p.id);
    }
    return labels;
  };
  return (label) => (byLabel ??= build()).get(label.trim().toLowerCase()) ?? undefined;
}

function missingProjectColumn(sheet: string): ReadIssue {
  return { kind: "missing-column", entity: "assignments", field: "projectId", sheet };
}

/** How many sheet rows the assignments come from; rows arrive in sheet order, so no set is needed (100k rows). */
function distinctRows(records: Assignment[]): number {
  let count = 0;
  let previous = -1;
  for (let k = 0; k < records.length; k++) {
    const row = records[k].source.row;
    if (row < previous) return new Set(records.map((r) => r.source.row)).size; // not in order after all
    if (row !== previous) count++;
    previous = row;
  }
  return count;
}
