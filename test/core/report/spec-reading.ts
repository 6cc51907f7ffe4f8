/** Reading a sheet spec the way a person reads the sheet: a value beside its label, a block under its title. */
import type { SheetSpec, SpecCell } from "../../../src/workbook/sheet-spec";

/** The cell at an A1 address. */
export function at(spec: SheetSpec, ref: string): SpecCell | null {
  const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return spec.rows[Number(m[2]) - 1]?.[col - 1] ?? null;
}

/** Values of a one-column A1 range ("B8:B20"). */
export function column(spec: SheetSpec, range: string): (SpecCell | null)[] {
  const [a, b] = range.split(":");
  const col = /^[A-Z]+/.exec(a)![0];
  const top = Number(/\d+$/.exec(a)![0]);
  const bottom = Number(/\d+$/.exec(b ?? a)![0]);
  return Array.from({ length: bottom - top + 1 }, (_x, i) => at(spec, `${col}${top + i}`));
}

/** The value next to a label in column A (the summary's key-figure and count blocks). */
export function valueOf(spec: SheetSpec, label: string, offset = 1): unknown {
  const row = spec.rows.find((r) => r[0]?.value === label);
  return row?.[offset]?.value;
}

/** The row whose first cell is `label`. */
export function rowOf(spec: SheetSpec, label: string): (SpecCell | null)[] | undefined {
  return spec.rows.find((r) => r[0]?.value === label);
}

/**
 * The block titled `title` (a title row starting with it, then a header row, then data up to the
 * next empty row or note), as header labels and rows of values.
 */
export function block(spec: SheetSpec, title: string): { header: unknown[]; rows: unknown[][] } {
  const start = spec.rows.findIndex((r) => typeof r[0]?.value === "string" && (r[0].value as string).startsWith(title) && r[0].style === "subtitle");
  if (start < 0) throw new Error(`no block "${title}"`);
  const header = spec.rows[start + 1].map((c) => c?.value);
  const rows: unknown[][] = [];
  for (let i = start + 2; i < spec.rows.length && spec.rows[i].some((c) => c && c.value !== null && c.value !== "") && spec.rows[i][0]?.style !== "note"; i++) rows.push(spec.rows[i].map((c) => c?.value ?? null));
  return { header, rows };
}

/** Every text a sheet shows, for "says so somewhere" assertions. */
export function texts(spec: SheetSpec): string[] {
  return spec.rows.flat().filter((c): c is SpecCell => typeof c?.value === "string").map((c) => c.value as string);
}
