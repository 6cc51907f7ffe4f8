/**
 * A project ID used on several rows is one project: every report figure counts it once, by its first
 * row, as earned value and the gate matrix do (data/duplicate-id reports the repeat). One helper, so
 * no sheet counts duplicates differently from another.
 */
import type { Project } from "../model/portfolio";
import { matchKey } from "../lookup/keys";

export interface UniqueProjects {
  /** The first row of each project ID, in sheet order. */
  projects: Project[];
  /** IDs used on more than one row, with the rows left out of the figures. */
  duplicates: { projectId: string; rows: number[] }[];
}

/** @example uniqueProjects([{ id: "P1" }, { id: "p1 " }]) // projects [P1], duplicates [{ projectId: "P1", rows: [row of "p1 "] }] */
export function uniqueProjects(all: readonly Project[]): UniqueProjects {
  const first = new Map<string, Project>();
  const repeats = new Map<string, number[]>();
  for (const p of all) {
    const key = matchKey(p.id);
    if (!first.has(key)) {
      first.set(key, p);
      continue;
    }
    const rows = repeats.get(key);
    if (rows) rows.push(p.source.row);
    else repeats.set(key, [p.source.row]);
  }
  return {
    projects: [...first.values()],
    duplicates: [...repeats].map(([key, rows]) => ({ projectId: first.get(key)!.id, rows })),
  };
}
