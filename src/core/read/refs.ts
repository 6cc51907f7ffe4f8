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
  for (const g of p.gates) g.projectId = resolveProject(g.projectId);
  for (const a of p.assignments) a.projectId = resolveProject(a.projectId);
  for (const f of p.financials) f.projectId = resolveProject(f.projectId);
  for (const m of p.milestones) m.projectId = resolveProject(m.projectId);
  for (const r of p.risks) if (r.projectId !== undefined) r.projectId = resolveProject(r.projectId);
  for (const i of p.issues) if (i.kind === "invalid-value" && i.projectId) i.projectId = resolveProject(i.projectId);

  const names = new Set(p.resources.map((r) => r.name));
  let people: Map<string, string> | undefined;
  for (const a of p.assignments) {
    if (a.resource === "" || names.has(a.resource)) continue;
    people ??= uniqueIndex(p.resources.map((r): [string, string] => [personKey(r.name), r.name]));
    a.resource = people.get(personKey(a.resource)) ?? a.resource;
  }
}
