/**
 * Titled blocks stacked down a sheet (a subtitle, a header row, the data or a note when there is
 * none), for the sheets that show several tables: Milestone Status, Risk Heatmap, Strategic Alignment.
 */
import type { SpecCell } from "../../workbook/sheet-spec";
import { header, text } from "./cells";
import { FIRST_CONTENT_ROW } from "./header";
import { appendAll } from "../arrays";

/** Code-point order of IDs: fast on 50k rows, and the same in every locale. */
export const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type Row = (SpecCell | null)[];

/** 1-based rows of a block's first and last data row (the note's row when it has no data). */
export interface BlockRows {
  first: number;
  last: number;
  /** Data rows (0 when the note stands in for them). */
  count: number;
}

export class BlockLayout {
  constructor(public rows: Row[]) {}

  /** Appends a titled block under the last one, a blank row between. */
  block(title: string, labels: string[], data: Row[], empty: string): BlockRows {
    if (this.rows.length >= FIRST_CONTENT_ROW) this.rows.push([]);
    this.rows.push([text(title, "subtitle")], header(labels));
    const first = this.rows.length + 1;
    appendAll(this.rows, data.length ? data : [[text(empty, "note")]]);
    return { first, last: first + Math.max(data.length, 1) - 1, count: data.length };
  }
}
