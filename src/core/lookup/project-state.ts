/**
 * Where a project stands for the milestone, RAID and strategy rules: finished (nothing more to manage),
 * parked, or live. Built on the stage resolver (portfolio-index.ts) and the status states.
 */
import type { Project } from "../model/portfolio";
import type { Ruleset } from "../ruleset/types";
import type { PortfolioIndex } from "./portfolio-index";
import { matchKey } from "./keys";

/** An inactive stage that ends a project rather than parks it ("Cancelled", "Killed", "Terminated"). */
const ENDING = /cancel|kill|terminat|abandon|withdrawn|stopped/i;

/**
 * Finished: its status says Complete or Cancelled, it is in the lifecycle's last stage (Closed), or in
 * an inactive stage that ends it (Cancelled). Closing is not finished: its risks are being closed out.
 */
export function isFinished(project: Project, index: PortfolioIndex, ruleset: Ruleset): boolean {
  if (project.state === "Complete" || project.state === "Cancelled") return true;
  const position = index.stageOf(project);
  const { stages } = ruleset.lifecycle;
  if (position.kind === "active") return position.index === stages.length - 1;
  return position.kind === "inactive" && ENDING.test(position.name ?? "");
}

/** Parked: On Hold by its status or an inactive stage that does not end it. */
export function isParked(project: Project, index: PortfolioIndex): boolean {
  if (project.state === "On Hold") return true;
  const position = index.stageOf(project);
  return position.kind === "inactive" && !ENDING.test(position.name ?? "");
}

/** In one of the lifecycle's executing stages (lifecycle.executingStages: Execution and Closing by default). */
export function isExecuting(project: Project, index: PortfolioIndex, ruleset: Ruleset): boolean {
  if (project.state !== undefined) return false;
  const position = index.stageOf(project);
  if (position.kind !== "active") return false;
  const executing = ruleset.lifecycle.executingStages.map(matchKey);
  return executing.includes(matchKey(position.name!));
}

/** The project a milestone or RAID entry names (by ID; the reader already turned unique names into IDs). */
export function projectOf(index: PortfolioIndex, projectId: string | undefined): Project | undefined {
  return projectId === undefined || projectId === "" ? undefined : index.projectNamed(projectId);
}
