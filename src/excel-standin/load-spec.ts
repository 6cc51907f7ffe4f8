/**
 * Parses the argument of `load()` the way Office.js accepts it: nothing (all scalar properties),
 * "a, b/c", ["a", "b/c"], { select: "a,b", expand: "c" }, or { a: true, c: { d: true } }.
 * The result is a list of property paths ("b/c" becomes ["b", "c"]).
 */
export type LoadSpec = string | string[] | Record<string, unknown> | undefined;

export function parseLoadSpec(spec: LoadSpec): string[][] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === "string") return splitPaths(spec);
  if (Array.isArray(spec)) return spec.flatMap((s) => splitPaths(s));
  const out: string[][] = [];
  const select = spec.select;
  const expand = spec.expand;
  if (typeof select === "string" || typeof expand === "string") {
    if (typeof select === "string") for (const path of splitPaths(select)) out.push(path);
    if (typeof expand === "string") for (const path of splitPaths(expand)) out.push(path);
    return out;
  }
  walk(spec, [], out);
  return out;
}

function splitPaths(text: string): string[][] {
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .map((p) => p.split("/").map((s) => s.trim()));
}

function walk(node: Record<string, unknown>, prefix: string[], out: string[][]): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === "$all") {
      out.push(prefix);
    } else if (value === true) {
      out.push([...prefix, key]);
    } else if (value && typeof value === "object") {
      walk(value as Record<string, unknown>, [...prefix, key], out);
    }
  }
}

/** Groups paths by their first segment: scalars get [] rests, navigations their sub-paths. */
export function groupByHead(paths: string[][]): Map<string, string[][]> {
  const groups = new Map<string, string[][]>();
  for (const [head, ...rest] of paths) {
    const list = groups.get(head) ?? [];
    if (rest.length > 0) list.push(rest);
    groups.set(head, list);
  }
  return groups;
}
