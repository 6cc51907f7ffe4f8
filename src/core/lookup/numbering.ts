/**
 * Resources and projects of the assignments, numbered once per portfolio and shared by the load
 * computation and data/unknown-reference. On a million assignments, hash lookups per row and per rule
 * cost more than the load sweep itself; with numbers, anything keyed by resource or project is an array.
 */
import type { Assignment } from "../model/portfolio";
import { matchKey } from "./keys";

export interface AssignmentNumbers {
  /** resource[i]: number of assignments[i]'s resource; names[k] is the first spelling of number k. */
  resource: Int32Array;
  resourceNames: string[];
  /** resourceKeys[k]: match key of number k, so rules look resources and projects up without re-keying. */
  resourceKeys: string[];
  project: Int32Array;
  projectNames: string[];
  projectKeys: string[];
}

/** Numbers for an assignment list (the run's index keeps them, so they are computed once per run). */
export function numberAssignments(assignments: Assignment[]): AssignmentNumbers {
  const resources = new Numbering();
  const projects = new Numbering();
  const resource = new Int32Array(assignments.length);
  const project = new Int32Array(assignments.length);
  for (let i = 0; i < assignments.length; i++) {
    resource[i] = resources.numberOf(assignments[i].resource);
    project[i] = projects.numberOf(assignments[i].projectId);
  }
  return { resource, resourceNames: resources.names, resourceKeys: resources.keys, project, projectNames: projects.names, projectKeys: projects.keys };
}

/** Numbers texts so that spellings with the same match key share a number; names[k] is the first spelling. */
export class Numbering {
  readonly names: string[] = [];
  /** keys[k]: the match key shared by number k's spellings. */
  readonly keys: string[] = [];
  private readonly byText = new Map<string, number>();
  private readonly byKey = new Map<string, number>();
  private lastText: string | undefined;
  private lastNumber = 0;

  numberOf(text: string): number {
    // Plans come grouped by person or by project: the previous row's answer is often this row's.
    if (text === this.lastText) return this.lastNumber;
    let number = this.byText.get(text);
    if (number === undefined) {
      const key = matchKey(text);
      number = this.byKey.get(key);
      if (number === undefined) {
        number = this.names.length;
        this.byKey.set(key, number);
        this.names.push(text);
        this.keys.push(key);
      }
      this.byText.set(text, number);
    }
    this.lastText = text;
    this.lastNumber = number;
    return number;
  }
}
