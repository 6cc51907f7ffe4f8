/** Small constructors for spec cells, so every sheet builder writes values the same way. */
import { isoFromDay, type DayNumber } from "../model/dates";
import type { CellLocation } from "../../workbook/port";
import type { SpecCell, SpecStyle } from "../../workbook/sheet-spec";

/** Text that must stay text (user-supplied names may start with "=" and must never become formulas). */
export function text(value: string | undefined | null, style?: SpecStyle, link?: CellLocation): SpecCell {
  const cell: SpecCell = { value: value ?? "", type: "text" };
  if (style) cell.style = style;
  if (link) cell.link = link;
  return cell;
}

/** A number with a named format; undefined, NaN and infinities become an empty cell. */
export function num(value: number | undefined | null, style?: SpecStyle): SpecCell {
  const ok = typeof value === "number" && Number.isFinite(value);
  return style ? { value: ok ? value : null, style } : { value: ok ? value : null };
}

/**
 * Cells of one sheet that have the same content, as one object (issue 15): the Resource Load sheet of
 * 80k people has 1.8 million cells but a few thousand distinct ones (load ratios, "Yes", a period).
 * A pool lives as long as the sheet's build; its cells are frozen, since several rows share each.
 */
export function cellPool(): { num: (value: number | undefined | null, style?: SpecStyle) => SpecCell; text: (value: string, style?: SpecStyle) => SpecCell } {
  const pools = new Map<string, Map<unknown, SpecCell>>();
  const shared = (kind: string, style: SpecStyle | undefined, key: unknown, make: () => SpecCell): SpecCell => {
    const id = `${kind}${style ?? ""}`;
    let cells = pools.get(id);
    if (cells === undefined) pools.set(id, (cells = new Map()));
    let cell = cells.get(key);
    if (cell === undefined) cells.set(key, (cell = Object.freeze(make())));
    return cell;
  };
  return {
    // -0 is a key of its own: a Map takes it for 0.
    num: (value, style) => shared("n", style, Object.is(value, -0) ? "-0" : value, () => num(value, style)),
    text: (value, style) => shared("t", style, value, () => text(value, style)),
  };
}

/** An index (CPI, SPI, TCPI) or "n/a" when it cannot be computed, so that empty never reads as 0. */
export function ratio(value: number | undefined | null): SpecCell {
  return typeof value === "number" && Number.isFinite(value) ? { value, style: "decimal2" } : { value: NOT_AVAILABLE, type: "text" };
}

export function date(day: DayNumber | undefined): SpecCell {
  return day === undefined || Number.isNaN(day) ? { value: null } : { value: isoFromDay(day), type: "date", style: "date" };
}

/** Column widths wide enough for each header label (headers do not wrap). */
export function fitWidths(widths: number[], labels: string[]): { width: number }[] {
  return widths.map((w, i) => ({ width: Math.max(w, (labels[i]?.length ?? 0) + 3) }));
}

/** Header cells; those `numeric` says head a column of numbers are right-aligned, over their numbers. */
export function header(labels: string[], numeric: (index: number) => boolean = () => false): SpecCell[] {
  return labels.map((l, i) => (numeric(i) ? { ...text(l, "header"), align: "right" as const } : text(l, "header")));
}

/** Headers from `from` (0-based) on head numbers. */
export const numericFrom = (from: number) => (i: number) => i >= from;

/** Printable width of a landscape page (Letter or A4 less 0.5" margins), in points. */
const PAGE_WIDTH_PT = 720;
/** The smallest print scale that keeps 11 pt text at 8 pt or more. */
export const READABLE_SCALE = 8 / 11;

/** Width of a column of `chars` characters in points (Calibri 11: 7 px per character plus 5 px). */
function columnPoints(chars: number): number {
  return ((chars * 7 + 5) * 3) / 4;
}

/**
 * Landscape print setup: fitted to the page width only when that keeps text at 8 pt or more,
 * otherwise printed at full size over several pages; manual page breaks after `rowBreaks`.
 */
export function printSetup(columns: { width: number }[], rowBreaks: number[] = []): { landscape: boolean; fitToWidth: boolean; rowBreaks?: number[] } {
  const width = columns.reduce((w, c) => w + columnPoints(c.width), 0);
  const fitToWidth = width <= PAGE_WIDTH_PT || PAGE_WIDTH_PT / width >= READABLE_SCALE;
  return rowBreaks.length ? { landscape: true, fitToWidth, rowBreaks } : { landscape: true, fitToWidth };
}

/** Shown where an index has no denominator; conditional formats colour it neutral. */
export const NOT_AVAILABLE = "n/a";

/** Column letters of a 1-based column number (A1 references in specs are built from it). */
export function col(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** "B8:B20" for a column over a run of 1-based rows. */
export function colRange(column: number, top: number, bottom: number): string {
  return `${col(column)}${top}:${col(column)}${Math.max(top, bottom)}`;
}
