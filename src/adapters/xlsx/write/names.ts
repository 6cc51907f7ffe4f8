/** Choosing sheet and table names that do not collide with anything of the user's. */

/** Excel's limit on sheet-name length. */
const MAX_SHEET_NAME = 31;

/** A valid sheet name: no []:*?/\ characters, no leading or trailing apostrophe, at most 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, " ").replace(/\s+/g, " ").replace(/^'+|'+$/g, "").trim().slice(0, MAX_SHEET_NAME).trim();
  return cleaned || "Sheet";
}

/**
 * The desired name when it is free, else "PMO <name>", else "<name> (2)", "(3)"...
 * (comparison is case-insensitive, as Excel's is; "History" is reserved by Excel).
 */
export function pickSheetName(desired: string, taken: Set<string>): string {
  const base = cleanSheetName(desired);
  const free = (n: string) => !taken.has(n.toLowerCase()) && n.toLowerCase() !== "history";
  if (free(base)) return base;
  const prefixed = cleanSheetName(`PMO ${base}`);
  if (free(prefixed)) return prefixed;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (free(candidate)) return candidate;
  }
}

/** A table name free among tables and defined names (names share one namespace in Excel). */
export function pickTableName(desired: string, taken: Set<string>): string {
  let base = desired.replace(/[^A-Za-z0-9_.]/g, "_");
  if (!/^[A-Za-z_]/.test(base)) base = `_${base}`;
  // A name that looks like a cell reference (A1, R1C1) is not allowed.
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `${base}_`;
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
