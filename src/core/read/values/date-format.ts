/** Tells date number formats from the others, once per distinct format string. */

const cache = new Map<string, boolean>();

/**
 * True when an Excel number format shows a date ("dd/mm/yyyy", "mmm-yy", "[$-409]d-mmm-yy", "yyyy-mm-dd h:mm").
 * Quoted text, escapes, colours and locale tags are ignored; "General", "0.00" and "[h]:mm" are not dates.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  // A column's cells share one format string: the last answer first, without hashing.
  if (format === lastDate.format) return lastDate.result;
  let hit = cache.get(format);
  if (hit === undefined) {
    hit = dateFormat(format);
    cache.set(format, hit);
  }
  lastDate.format = format;
  lastDate.result = hit;
  return hit;
}

const lastDate = { format: "", result: false };

function dateFormat(format: string): boolean {
  const section = format.split(";")[0];
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .toLowerCase();
  // Elapsed-time formats ("[h]:mm") count hours, not dates.
  const elapsed = /\[(h+|m+|s+)\]/i.test(section);
  return !elapsed && bare !== "general" && (/[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare)));
}

/** True when a number format shows a percentage ("0%", "0.0%"). */
export function isPercentFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  if (format === lastPercent.format) return lastPercent.result;
  let hit = percentCache.get(format);
  if (hit === undefined) {
    hit = format.replace(/"[^"]*"/g, "").replace(/\\./g, "").includes("%");
    percentCache.set(format, hit);
  }
  lastPercent.format = format;
  lastPercent.result = hit;
  return hit;
}

const percentCache = new Map<string, boolean>();
const lastPercent = { format: "", result: false };
