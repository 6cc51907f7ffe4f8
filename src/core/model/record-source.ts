/** Cell addresses of a record's fields (see RecordSource: shared column letters plus per-record cells). */
import type { RecordSource } from "./portfolio";

/** The A1 cell of a field on the record; undefined when no column maps the field. */
export function fieldCell(source: RecordSource, field: string): string | undefined {
  const { cells, columns } = source;
  if (cells !== undefined && Object.hasOwn(cells, field)) return cells[field];
  if (columns !== undefined && Object.hasOwn(columns, field)) return columns[field] + source.row;
  return undefined;
}

/** Field name -> A1 cell for every mapped field, in column-map order (per-record cells win, extras last). */
export function recordCells(source: RecordSource): Record<string, string> {
  const out: Record<string, string> = {};
  if (source.columns) for (const field of Object.keys(source.columns)) out[field] = source.columns[field] + source.row;
  if (source.cells) Object.assign(out, source.cells);
  return out;
}

/** The fields the record has a cell for. */
export function recordFields(source: RecordSource): string[] {
  if (!source.cells) return source.columns ? Object.keys(source.columns) : [];
  if (!source.columns) return Object.keys(source.cells);
  return Object.keys(recordCells(source));
}
