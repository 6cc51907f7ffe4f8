/** Matching keys: ids and names compare without case and extra spaces ("PRJ-001 " = "prj-001"). */
export function matchKey(value: string): string {
  return value.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Header-style key: letters and digits only ("Business Case" = "business_case" = "BusinessCase"). */
export function looseKey(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** True for undefined, null, "" and whitespace-only text. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
