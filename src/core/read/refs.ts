/**
 * References between sheets as people write them: a gate log that names projects by name or in another
 * case ("p-001"), a plan that writes "Lennon, John" where the team list says "John Lennon". A reference
 * that matches exactly one project or resource that way is rewritten to its canonical form; anything
 * else is left as written for the data/unknown-reference rule.
 */
import type { Portfolio } from "../model/portfolio";

function uniqueIndex(entries: [string, string][]): Map<string, string> {
  const map = new Map<string, string>();
  const dup = new Set<string>();
  for (const [key, value] of entries) {
    if (map.has(key) && map.get(key) !== value) dup.add(key);
    else map.set(key, value);
  }
  for (const k of dup) map.delete(k);
  return map;
}

const fold = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase();

/** "Lennon, John" -> "john lennon"; "John Lennon" stays. */
function personKey(name: string): string {
  const f = fold(name);
  const m = /^([^,]+),\s*(.+)$/.exec(f);
  return m ? `${m[2]} ${m[1]}` : f;
}

export function resolveReferences(p: Portfolio): void {
  const ids = new Set(p.projects.map((x) => x.id));
  // Built on the first miss only: in a clean workbook every reference is an ID.
  let projectIndex: Map<string, string> | undefined;
  // Rows come grouped by project: the previous row's answer is checked first, by identity.
  let lastRef: string | undefined;
  let lastResolved = "";
  const resolveProject = (ref: string) => {
    if (ref === lastRef) return lastResolved;
    lastRef = ref;
    if (ref === "" || ids.has(ref)) return (lastResolved = ref);
    projectIndex ??= uniqueIndex([...p.projects.map((x): [string, string] => [fold(x.id), x.id]), ...p.projects.filter((x) => x.name).map((x): [string, string] => [fold(x.name!), x.id])]);
    return (lastResolved = projectIndex.get(fold(ref)) ?? ref);
  };
  // Indexed, not for-of: this runs once per read, over 100k-row lists, mostly before it is optimised, when
  // each for-of step allocates a result object.
  const { gates, assignments, financials, milestones, risks, issues } = p;
  for (let k = 0; k < gates.length; k++) gates[k].projectId = resolveProject(gates[k].projectId);
  for (let k = 0; k < assignments.length; k++) assignments[k].projectId = resolveProject(assignments[k].projectId);
  for (let k = 0; k < financials.length; k++) financials[k].projectId = resolveProject(financials[k].projectId);
  for (let k = 0; k < milestones.length; k++) milestones[k].projectId = resolveProject(milestones[k].projectId);
  for (let k = 0; k < risks.length; k++) if (risks[k].projectId !== undefined) risks[k].projectId = resolveProject(risks[k].projectId!);
  for (const i of issues) if (i.kind === "invalid-value" && i.projectId) i.projectId = resolveProject(i.projectId);

  const names = new Set(p.resources.map((r) => r.name));
  let people: Map<string, string> | undefined;
  for (let k = 0; k < assignments.length; k++) {
    const a = assignments[k];
    if (a.resource === "" || names.has(a.resource)) continue;
    people ??= uniqueIndex(p.resources.map((r): [string, string] => [personKey(r.name), r.name]));
    a.resource = people.get(personKey(a.resource)) ?? a.resource;
  }
}
