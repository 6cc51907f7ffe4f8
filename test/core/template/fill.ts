/**
 * Fills a submission template with the records of another workbook (the sample), as a PM would copy
 * them in: each record's cells go to the template column of the same field (or artefact), in the
 * column's format, and each table grows over the rows.
 */
import type { Portfolio } from "../../../src/core/model/portfolio";
import { ENTITY_SPECS, type EntityName } from "../../../src/core/model/fields";
import type { Template } from "../../../src/core/template/index";
import type { SheetGrid, WorkbookSource } from "../../../src/workbook/grid";
import type { SheetSpec, SpecCell } from "../../../src/workbook/sheet-spec";

const colIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
const letters = (n: number) => {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

function cellOf(grid: SheetGrid, row: number, column: string): SpecCell["value"] {
  const c = colIndex(column);
  const v = grid.values[row - grid.top]?.[c - grid.left];
  return v === undefined ? null : v;
}

/** The template's specs with the records of `portfolio` (read from `source`) copied in. */
export function fillTemplate(template: Template, source: WorkbookSource, portfolio: Portfolio): SheetSpec[] {
  return template.sheets.map((spec) => {
    const table = template.tables.find((t) => t.sheet === spec.name);
    if (!table) return spec;
    const entity = table.entity as EntityName;
    const records = portfolio[entity] as unknown as { source: { sheet: string; row: number; columns?: Record<string, string> } }[];
    const fields = Object.keys(ENTITY_SPECS[entity].fields);
    const rows: (SpecCell | null)[][] = [spec.rows[0]];
    const seen = new Set<string>();
    for (const record of records) {
      const { sheet, row, columns } = record.source;
      // A wide plan's row gives one record per period: copy the row once.
      if (seen.has(`${sheet}|${row}`)) continue;
      seen.add(`${sheet}|${row}`);
      const grid = source.sheets.find((s) => s.name === sheet)!;
      rows.push(
        table.headers.map((header, i) => {
          // The fields come first, in order; then the ruleset's own columns (a gate's artefacts), by header.
          const field = i < fields.length ? fields[i] : header;
          const column = columns?.[field];
          if (column === undefined) return null;
          const value = cellOf(grid, row, column);
          if (value === null) return null;
          const style = spec.columns[i]?.style;
          if (typeof value === "string") return { value, type: "text" as const };
          return style ? { value, style } : { value };
        }),
      );
    }
    const last = letters(table.headers.length);
    return { ...spec, rows, tables: [{ ...spec.tables![0], ref: `A1:${last}${Math.max(2, rows.length)}` }] };
  });
}
