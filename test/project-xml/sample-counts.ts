/**
 * What the export of the bundled sample holds, computed from the sample itself, so these tests follow
 * the sample when it grows (milestones, more people) instead of pinning today's numbers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { matchKey } from "../../src/core/lookup/keys";
import { dayFromIso } from "../../src/core/model/dates";
import { checkSource, type CheckOutcome } from "../../src/core/pipeline";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";

export const SAMPLE = fileURLToPath(new URL("../../assets/sample-portfolio.xlsx", import.meta.url));
export const SAMPLE_AS_OF = dayFromIso("2026-11-25");

export async function checkedSample(): Promise<CheckOutcome> {
  const source = await readXlsx(new Uint8Array(readFileSync(SAMPLE)), { label: "sample-portfolio.xlsx" });
  return checkSource(source, defaultRuleset(), { asOf: SAMPLE_AS_OF });
}

export interface SampleCounts {
  projects: number;
  /** Gates and milestones of projects whose ID is used once or first (a duplicated ID's records go on its first row). */
  gates: number;
  milestones: number;
  /** Listed people plus the booked people the list lacks. */
  resources: number;
  listed: number;
  assignments: number;
  /** "31 projects, 72 gates, 0 milestones, 21 resources, 58 assignments", as the CLI and the pane say it. */
  summary: string;
}

export function sampleCounts(outcome: CheckOutcome): SampleCounts {
  const p = outcome.portfolio;
  const ids = new Set(p.projects.map((x) => matchKey(x.id)));
  const mine = <T extends { projectId: string }>(rows: T[]) => rows.filter((r) => ids.has(matchKey(r.projectId))).length;
  const listed = new Set(p.resources.map((r) => matchKey(r.name)));
  const unlisted = new Set(p.assignments.map((a) => matchKey(a.resource)).filter((k) => !listed.has(k)));
  const counts = { projects: p.projects.length, gates: mine(p.gates), milestones: mine(p.milestones), resources: listed.size + unlisted.size, listed: p.resources.length, assignments: mine(p.assignments) };
  return { ...counts, summary: `${counts.projects} projects, ${counts.gates} gates, ${counts.milestones} milestones, ${counts.resources} resources, ${counts.assignments} assignments` };
}
