/**
 * What the Strategic Alignment sheet and the summary show: budget and project count by objective,
 * the projects that name no objective or one not in the Objectives list, and the projects ranked by
 * strategic score with their budget. A project ID used on several rows counts once (its first row).
 */
import type { Objective, Portfolio, Project } from "../model/portfolio";
import { isBlank, matchKey } from "../lookup/keys";
import { uniqueProjects } from "../metrics/unique-projects";

export interface ObjectiveFigures {
  /** The objective's name; for unlisted names the name as written. */
  name: string;
  objective?: Objective;
  kind: "listed" | "unlisted" | "none";
  projects: number;
  /** Sum of the budgets of its projects that have one; undefined when none has. */
  budget?: number;
  /** Share of the portfolio's total budget. */
  share?: number;
}

export interface UnalignedProject {
  project: Project;
  /** "none": names no objective; "unlisted": names one the Objectives list does not have. */
  why: "none" | "unlisted";
}

export interface RankedProject {
  project: Project;
  objective?: string;
  score: number;
  /** Budget of this project and all ranked above it, as a share of the ranked projects' budget. */
  cumulativeShare?: number;
}

export interface AlignmentFigures {
  /** Whether the workbook has an Objectives list (without one, objectives are taken as written). */
  listed: boolean;
  byObjective: ObjectiveFigures[];
  unaligned: UnalignedProject[];
  ranked: RankedProject[];
  /** Projects with no strategic score. */
  unscored: number;
  projects: number;
  totalBudget?: number;
}

/** Finds a project's objective in the list by name or ID, without case or extra spaces. */
export function objectiveResolver(objectives: readonly Objective[]): (named: string) => Objective | undefined {
  const byKey = new Map<string, Objective>();
  for (const o of objectives) {
    if (o.id !== undefined && !byKey.has(matchKey(o.id))) byKey.set(matchKey(o.id), o);
    if (!byKey.has(matchKey(o.name))) byKey.set(matchKey(o.name), o);
  }
  return (named) => byKey.get(matchKey(named));
}

const computed = new WeakMap<Portfolio, { key: unknown[]; value: AlignmentFigures }>();

/** alignmentFigures once per portfolio, as-of date and thresholds: the sheet and the summary share it. */
export function alignmentFigures(portfolio: Portfolio): AlignmentFigures {
  const key = [portfolio.projects, portfolio.projects.length, portfolio.objectives, portfolio.objectives.length];
  const hit = computed.get(portfolio);
  if (hit && hit.key.every((k, i) => k === key[i])) return hit.value;
  const value = compute(portfolio);
  computed.set(portfolio, { key, value });
  return value;
}

function compute(portfolio: Portfolio): AlignmentFigures {
  const { projects } = uniqueProjects(portfolio.projects);
  const listed = portfolio.objectives.length > 0;
  const resolve = objectiveResolver(portfolio.objectives);
  const groups = new Map<string, ObjectiveFigures>();
  for (const o of portfolio.objectives) if (!groups.has(matchKey(o.name))) groups.set(matchKey(o.name), { name: o.name, objective: o, kind: "listed", projects: 0 });
  const none: ObjectiveFigures = { name: "No objective", kind: "none", projects: 0 };
  const unaligned: UnalignedProject[] = [];
  let totalBudget: number | undefined;
  for (const p of projects) {
    let group = none;
    if (isBlank(p.objective)) unaligned.push({ project: p, why: "none" });
    else {
      const o = resolve(p.objective!);
      const name = o?.name ?? p.objective!.trim();
      group = groups.get(matchKey(name)) ?? { name, kind: listed ? "unlisted" : "listed", projects: 0 };
      groups.set(matchKey(name), group);
      if (!o && listed) unaligned.push({ project: p, why: "unlisted" });
    }
    group.projects++;
    if (p.budget !== undefined) {
      group.budget = (group.budget ?? 0) + p.budget;
      totalBudget = (totalBudget ?? 0) + p.budget;
    }
  }
  const byObjective = [...groups.values()];
  if (none.projects) byObjective.push(none);
  for (const g of byObjective) if (g.budget !== undefined && totalBudget) g.share = g.budget / totalBudget;
  const scored = projects.filter((p) => p.strategicScore !== undefined);
  const ranked: RankedProject[] = scored
    .map((p) => ({ project: p, objective: isBlank(p.objective) ? undefined : (resolve(p.objective!)?.name ?? p.objective!.trim()), score: p.strategicScore! }))
    .sort((a, b) => b.score - a.score || (b.project.budget ?? 0) - (a.project.budget ?? 0));
  const rankedBudget = ranked.reduce((s, r) => s + (r.project.budget ?? 0), 0);
  let running = 0;
  for (const r of ranked) {
    if (r.project.budget === undefined) continue;
    running += r.project.budget;
    if (rankedBudget > 0) r.cumulativeShare = running / rankedBudget;
  }
  return { listed, byObjective, unaligned, ranked, unscored: projects.length - scored.length, projects: projects.length, totalBudget };
}
