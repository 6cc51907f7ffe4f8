import type { Assignment } from "../../model/portfolio";
import { computeResourceLoad, DEFAULT_EXCLUDED_STAGES, excludedStages, excludeProjectsIn } from "../../metrics/resource-load";
import type { ResourceLoad } from "../../metrics/types";
import { WorkWeek } from "../../metrics/working-days";
import { formatPercent } from "../support/format";
import { matchKey } from "../../lookup/keys";
import { cellOf } from "../../lookup/location";
import { defineRule, type RuleContext } from "../rule";

const EPS = 1e-9;


/**
 * Peak load over capacity, day by day (Microsoft Project's Max Units): one finding per resource per
 * period with the peak, the working days at the peak and the projects adding up to it. Assignments of
 * projects in excludeStages (Cancelled by default) do not count; On Hold projects still hold people.
 */
export default defineRule({
  id: "resource/over-allocated",
  meta: {
    description: "A resource's allocations on some working day add up to more than its capacity.",
    defaultSeverity: "warning",
    options: {
      period: { type: "string", enum: ["month", "week"], description: "Period of the findings; defaults to the run's period (ruleset.period or --period)." },
      tolerance: { type: "number", minimum: 0, default: 0, description: "FTE above capacity tolerated before flagging (0.1 = 10% of a full-time person)." },
      excludeStages: { type: "array", items: { type: "string" }, default: DEFAULT_EXCLUDED_STAGES, description: "Stages whose projects' assignments are ignored." },
    },
    messages: {
      overAllocated: "{resource} is booked at {peakPercent} against a capacity of {capacityPercent} on {peakDays} working day(s) in {period}: {projectList}.",
    },
    requires: [{ entity: "assignments", fields: ["projectId", "resource"] }],
  },
  check(context) {
    const { options, report, index, portfolio } = context;
    const tolerance = Number(options.tolerance ?? 0);
    const load = loadFor(context);
    let firstRows: Map<string, Map<string, Assignment>> | undefined;
    for (const entry of load) {
      for (const p of entry.periods) {
        if (!(p.peak > entry.capacity + tolerance + EPS)) continue;
        const key = matchKey(entry.resource);
        const resource = index.resourcesByName.get(key);
        let firstRow: Assignment | undefined;
        if (!resource) {
          firstRows ??= firstRowsByResource(portfolio.assignments);
          firstRow = firstContributing(firstRows.get(key), p.projects);
        }
        report({
          messageId: "overAllocated",
          data: {
            resource: entry.resource,
            period: p.period,
            peak: p.peak,
            capacity: entry.capacity,
            peakDays: p.peakDays,
            projects: p.projects,
            peakPercent: formatPercent(p.peak, 0),
            capacityPercent: formatPercent(entry.capacity, 0),
            projectList: projectList(p.projects),
          },
          resource: entry.resource,
          period: p.period,
          location: resource ? cellOf(resource.source, "name") : firstRow ? cellOf(firstRow.source, "resource") : undefined,
        });
      }
    }
  },
});

/**
 * The engine's shared load (computed with this rule's excludeStages) unless the rule asks for another
 * period than the run's.
 */
function loadFor({ options, period, metrics, ruleset, index, portfolio }: RuleContext): ResourceLoad[] {
  const wanted = (options.period as "month" | "week" | undefined) ?? period;
  if (wanted === period) return metrics.resourceLoad;
  const excluded = excludedStages(ruleset);
  return computeResourceLoad(portfolio.assignments, index, {
    period: wanted,
    week: new WorkWeek(ruleset.thresholds.workingDays),
    defaultCapacity: ruleset.thresholds.defaultCapacity,
    excludeProject: excluded.length > 0 ? excludeProjectsIn(excluded, index) : undefined,
  });
}

const LISTED = 6;

/** "A 100%, B 50%" — the largest few, then how many more (the finding's data lists them all). */
function projectList(projects: { projectId: string; allocation: number }[]): string {
  const shown = projects.slice(0, LISTED).map((c) => `${c.projectId} ${formatPercent(c.allocation, 0)}`);
  return projects.length > LISTED ? `${shown.join(", ")} and ${projects.length - LISTED} more` : shown.join(", ");
}

/** Resource -> project -> its first assignment row (by sheet row), built once when some resource is not in Resources. */
function firstRowsByResource(assignments: Assignment[]): Map<string, Map<string, Assignment>> {
  const map = new Map<string, Map<string, Assignment>>();
  for (const a of assignments) {
    const resource = matchKey(a.resource);
    let projects = map.get(resource);
    if (!projects) map.set(resource, (projects = new Map()));
    const project = matchKey(a.projectId);
    const seen = projects.get(project);
    if (!seen || a.source.row < seen.source.row) projects.set(project, a);
  }
  return map;
}

function firstContributing(rows: Map<string, Assignment> | undefined, projects: { projectId: string }[]): Assignment | undefined {
  let first: Assignment | undefined;
  for (const p of projects) {
    const a = rows?.get(matchKey(p.projectId));
    if (a && (!first || a.source.row < first.source.row)) first = a;
  }
  return first;
}
