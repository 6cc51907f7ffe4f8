/** Columns no field maps to, kept in a record's `extra` for custom rules under a camelCase key of the header. */
import { isoFromDay } from "../../model/dates";
import type { ExtraValue } from "../../model/portfolio";
import type { Located } from "../locate";
import { extraKey, isPlaceholder } from "../normalize";
import { isDateFormat } from "../values/date-format";
import { dayFromCellNumber } from "../values/dates";

/** The unmatched columns and their keys ("Risk Level" -> riskLevel; a second of the same key gets 2, 3…). */
export function extraColumns(loc: Located): { col: number; key: string }[] {
  const used = new Set<string>();
  return loc.header.match.unmatched.map((u) => {
    const base = extraKey(u.text);
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base}${i}`;
    used.add(key);
    return { col: u.col, key };
  });
}

/**
 * The `extra` of a record read from a sheet without unmatched columns: one frozen object shared by all
 * of them (at 100k projects, 1.1M records held an empty object each, about 60 MB). Nothing writes a
 * record's extra after the read; the freeze makes a write that does throw rather than reach every record.
 */
const NO_EXTRAS: Record<string, ExtraValue> = Object.freeze({}) as Record<string, ExtraValue>;

/** A record's `extra`, for readExtras to fill: the shared empty one when the sheet has no extra columns. */
export function extrasFor(extras: readonly { col: number; key: string }[]): Record<string, ExtraValue> {
  return extras.length === 0 ? NO_EXTRAS : {};
}

/** Fills extra values (dates as ISO text, placeholders as null, everything else as stored); returns how many hold one. */
export function readExtras(loc: Located, row: number, extras: { col: number; key: string }[], into: Record<string, ExtraValue>, date1904: boolean): number {
  let n = 0;
  for (const { col, key } of extras) {
    const v = loc.view.value(row, col);
    let value: ExtraValue = v;
    if (typeof v === "string") value = isPlaceholder(v) ? null : v.trim();
    else if (typeof v === "number" && isDateFormat(loc.view.format(row, col))) {
      const d = dayFromCellNumber(v, date1904);
      value = Number.isNaN(d) ? v : isoFromDay(d);
    }
    into[key] = value;
    if (value !== null) n++;
  }
  return n;
}
