/**
 * Lookups built once per run and shared by every rule (projects by id, gates by project, resources by
 * name, where each project stands in the lifecycle), so no rule scans the portfolio to find a record.
 */
import type { Assignment, GateRecord, Portfolio, Project, Resource } from "../model/portfolio";
import { numberAssignments, type AssignmentNumbers } from "./numbering";
import type { Ruleset } from "../ruleset/types";
import { matchKey } from "./keys";
import { TextMemo } from "./memo";
import { uncalculatedCells } from "../read/uncalculated";

export type StageKind = "active" | "inactive" | "unknown" | "blank";

export interface StagePosition {
  kind: StageKind;
  /** Index in lifecycle.stages when kind is "active". */
  index?: number;
  /** The stage name as the ruleset writes it (active or inactive), else the raw text. */
  name?: string;
}

export interface PortfolioIndex {
  /** First project with each id (match key). */
  projectsById: Map<string, Project>;
  /**
   * The project a record's reference names (by match key), as projectsById.get(matchKey(id)) but
   * remembered per text: milestones, RAID entries and gate rows ask it for every row.
   */
  projectNamed(id: string): Project | undefined;
  /** Match key of each portfolio.projects[i] and resources[i] (id / name), computed once for every rule. */
  projectKeys: string[];
  resourceKeys: string[];
  gatesByProject: Map<string, GateRecord[]>;
  resourcesByName: Map<string, Resource>;
  /** Whether the workbook has a Resources entity (unknown resources are only checked then). */
  hasResources: boolean;
  stageOf(project: Project): StagePosition;
  /** Cells the reader could not parse ("Sheet!A1"), so other rules do not report them twice. */
  invalidCells: Set<string>;
  /** The portfolio's assignments with resources and projects numbered (computed on first use). */
  assignmentNumbers(): AssignmentNumbers;
  /** The assignment list the numbers belong to. */
  assignments: Assignment[];
}

/** Builds the shared lookups for a portfolio under a ruleset. */
export function buildIndex(portfolio: Portfolio, ruleset: Ruleset): PortfolioIndex {
  const projectsById = new Map<string, Project>();
  const projectKeys = portfolio.projects.map((p) => matchKey(p.id));
  portfolio.projects.forEach((p, i) => {
    if (!projectsById.has(projectKeys[i])) projectsById.set(projectKeys[i], p);
  });
  const named = new TextMemo((id: string) => projectsById.get(matchKey(id)));
  const gatesByProject = new Map<string, GateRecord[]>();
  // A gate log lists a project's gates together: its id is keyed once, not per row.
  let lastId: string | undefined;
  let lastKey = "";
  for (const g of portfolio.gates) {
    const key = g.projectId === lastId ? lastKey : (lastKey = matchKey((lastId = g.projectId)));
    const list = gatesByProject.get(key);
    if (list) list.push(g);
    else gatesByProject.set(key, [g]);
  }
  const resourcesByName = new Map<string, Resource>();
  const resourceKeys = portfolio.resources.map((r) => matchKey(r.name));
  portfolio.resources.forEach((r, i) => {
    if (!resourcesByName.has(resourceKeys[i])) resourcesByName.set(resourceKeys[i], r);
  });
  const invalidCells = new Set<string>();
  for (const issue of portfolio.issues) {
    if (issue.kind === "invalid-value") invalidCells.add(`${issue.location.sheet}!${issue.location.cell}`);
    else if (issue.kind === "uncalculated-formula") for (const cell of uncalculatedCells(issue)) invalidCells.add(cell);
  }
  const hasResources = portfolio.resources.length > 0 || portfolio.detections.some((d) => d.entity === "resources");
  let numbers: AssignmentNumbers | undefined;
  const assignmentNumbers = () => (numbers ??= numberAssignments(portfolio.assignments));
  return { projectsById, projectNamed: (id) => named.get(id), projectKeys, resourceKeys, gatesByProject, resourcesByName, hasResources, stageOf: stageResolver(ruleset), invalidCells, assignmentNumbers, assignments: portfolio.assignments };
}

/**
 * Where a project stands. The reader's stageIndex wins; otherwise the name (or an alias) is looked up,
 * so portfolios built in code behave like read ones.
 */
export function stageResolver(ruleset: Ruleset): (project: Project) => StagePosition {
  const { stages, inactiveStages, stageAliases } = ruleset.lifecycle;
  const lookup = new Map<string, StagePosition>();
  stages.forEach((name, index) => lookup.set(matchKey(name), { kind: "active", index, name }));
  for (const name of inactiveStages) lookup.set(matchKey(name), { kind: "inactive", name });
  for (const [alias, target] of Object.entries(stageAliases)) {
    const resolved = lookup.get(matchKey(target));
    if (resolved && !lookup.has(matchKey(alias))) lookup.set(matchKey(alias), resolved);
  }
  // A read project's stage is an index into the lifecycle: one shared position per stage, no lookup.
  const active = stages.map((name, index): StagePosition => ({ kind: "active", index, name }));
  // Others are memoised: several rules ask for the stage of every project. A Map (not a WeakMap, whose
  // ephemeron bookkeeping slows the garbage collector) is fine: the index lives for one run.
  const memo = new Map<Project, StagePosition>();
  return (project) => {
    const shared = project.stageIndex !== undefined ? active[project.stageIndex] : undefined;
    if (shared !== undefined) return shared;
    let position = memo.get(project);
    if (!position) {
      position = resolve(project);
      memo.set(project, position);
    }
    return position;
  };

  function resolve(project: Project): StagePosition {
    if (project.stage === undefined || project.stage.trim() === "") return { kind: "blank" };
    return lookup.get(matchKey(project.stage)) ?? { kind: "unknown", name: project.stage };
  }
}
