/** Tells date number formats from the others, once per distinct format string. */

const cache = new Map<string, boolean>();

/**
 * True when an Excel number format shows a date ("dd/mm/yyyy", "mmm-yy", "[$-409]d-mmm-yy", "yyyy-mm-dd h:mm").
 * Quoted text, escapes, colours and locale tags are ignored; "General", "0.00" and "[h]:mm" are not dates.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const hit = cache.get(format);
  if (hit !== undefined) return hit;
  const section = format.split(";")[0];
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .toLowerCase();
  // Elapsed-time formats ("[h]:mm") count hours, not dates.
  const elapsed = /\[(h+|m+|s+)\]/i.test(section);
  const result = !elapsed && bare !== "general" && (/[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare)));
  cache.set(format, result);
  return result;
}

/** True when a number format shows a percentage ("0%", "0.0%"). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const hit = percentCache.get(format);
  if (hit !== undefined) return hit;
  const result = format.replace(/"[^"]*"/g, "").replace(/\\./g, "").includes("%");
  percentCache.set(format, result);
  return result;
}

const percentCache = new Map<string, boolean>();
