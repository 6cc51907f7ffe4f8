import type { RecordSource } from "../model/portfolio";
import { fieldCell, recordCells } from "../model/record-source";
import type { CellLocation } from "../../workbook/port";

/**
 * The cell of a record's field; falls back to the record's first mapped cell (or column A) when the
 * field has no column, so a finding always points at a cell that exists in the row.
 */
export function cellOf(source: RecordSource, field?: string): CellLocation {
  const own = field !== undefined ? fieldCell(source, field) : undefined;
  // A field filled from another sheet points there (its row is that sheet's).
  const elsewhere = own !== undefined && field !== undefined ? source.sheets?.[field] : undefined;
  if (elsewhere !== undefined) return { sheet: elsewhere, cell: own!, row: Number(/\d+$/.exec(own!)?.[0] ?? source.row) };
  const cell = own ?? fieldCell(source, "id") ?? firstCell(source) ?? `A${source.row}`;
  return { sheet: source.sheet, cell, row: source.row };
}

function firstCell(source: RecordSource): string | undefined {
  let best: string | undefined;
  let bestCol = Infinity;
  for (const [field, cell] of Object.entries(recordCells(source))) {
    if (source.sheets?.[field] !== undefined) continue;
    const col = columnNumber(cell);
    if (col < bestCol) {
      bestCol = col;
      best = cell;
    }
  }
  return best;
}

/** 1-based column number of an A1 address ("AB12" -> 28); Infinity when there is none. */
export function columnNumber(a1: string): number {
  let n = 0;
  let i = 0;
  for (; i < a1.length; i++) {
    const c = a1.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? Infinity : n;
}
