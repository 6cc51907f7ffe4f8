/**
 * Values of a key/value block (a project's), read with the table reader's column readers (cells.ts) so that "Budget:
 * $1.2M", "Start: 03/02/2026", a date serial or "% Complete: 40" mean what they mean in a table column.
 *
 * A column reader reads a column of a grid. The block's cells sit in different columns and rows, so each
 * is copied (value and number format) into a small grid of its own: row 1 is the cell, and for a date the
 * rows below hold the block's other date texts, so that the block decides its slash-date order together
 * ("Start: 03/02/2026" with "Finish: 12/31/2026" is month-first) as a column does.
 */
import type { CellValue } from "../../workbook/grid";
import { fieldSpec } from "../model/fields";
import { GridView } from "./a1";
import { columnReader } from "./cells";
import type { Invalid } from "./cells";
import type { ValueKind } from "../model/fields";

/** One value cell of a block to read as a field. */
export interface KvCell {
  field: string;
  /** The key as written ("Funding amount"); its units scale amounts ("Budget (k$)") as a header does. */
  key: string;
  row: number;
  col: number;
  /** Text to read instead of the cell (one half of "1 Mar 2026 - 30 Jun 2026"). */
  text?: string;
}

/** A cell's value: parsed, undefined when empty or a placeholder, or Invalid with its raw text. */
export type KvValue = string | number | undefined | Invalid;

const isDate = (kind: ValueKind | undefined) => kind === "date" || kind === "endDate";

/** Reads each cell as its field's kind (text when the field has none), in the order given. */
export function readKvCells(view: GridView, cells: KvCell[], kinds: Record<string, ValueKind>, opts: { date1904: boolean; hoursPerWeek: number }): KvValue[] {
  const kindOf = (c: KvCell): ValueKind => (Object.hasOwn(kinds, c.field) ? kinds[c.field] : "text");
  const own = (c: KvCell): [CellValue, string | null] => [c.text ?? view.value(c.row, c.col), c.text === undefined ? view.format(c.row, c.col) : null];
  // The block's date cells, repeated under every date cell: they decide the slash order together.
  const dates = cells.filter((c) => isDate(kindOf(c))).map(own);
  const values: CellValue[][] = [cells.map((c) => own(c)[0])];
  const formats: (string | null)[][] = [cells.map((c) => own(c)[1])];
  for (const [value, format] of dates) {
    values.push(cells.map((c) => (isDate(kindOf(c)) ? value : null)));
    formats.push(cells.map((c) => (isDate(kindOf(c)) ? format : null)));
  }
  const grid = new GridView({ name: view.name, top: 1, left: 1, values, formats });
  return cells.map((c, k) => {
    const kind = kindOf(c);
    const rows = isDate(kind) ? values.map((_, r) => r + 1) : [1];
    return columnReader(kind, { view: grid, col: k + 1, rows, header: c.key, date1904: opts.date1904, hoursPerWeek: opts.hoursPerWeek, min: fieldSpec("projects", c.field)?.min }).read(1);
  });
}
