/** Matching keys: ids and names compare without case and extra spaces ("PRJ-001 " = "prj-001"). */
export function matchKey(value: string): string {
  // The same few thousand ids and names are keyed again and again; caching spares the allocations.
  let key = cache.get(value);
  if (key === undefined) {
    if (cache.size > 500_000) cache.clear();
    key = computeKey(value);
    cache.set(value, key);
  }
  return key;
}

const cache = new Map<string, string>();

function computeKey(value: string): string {
  const key = value.trim().toLowerCase();
  // The regex only runs when there is inner whitespace to collapse (hot path: called per record).
  return key.indexOf("  ") >= 0 || key.indexOf("\t") >= 0 || key.indexOf("\n") >= 0 || key.indexOf("\u00a0") >= 0 ? key.replace(/\s+/g, " ") : key;
}

/** Header-style key: letters and digits only ("Business Case" = "business_case" = "BusinessCase"). */
export function looseKey(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** True for undefined, null, "" and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== "string") return false;
  // Rules ask this of every record: a text starting with a printable ASCII character is not blank, no trim needed.
  const first = value.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return value.trim() === "";
}
