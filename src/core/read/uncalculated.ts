/**
 * Formulas without a result. Excel stores each formula's last result beside it, and that result is what
 * the reader reads; programs that write workbooks without calculating them (openpyxl stores no result,
 * XlsxWriter stores 0 and asks Excel to recalculate on load) leave those cells without a value the
 * reader can trust. The adapter lists them (SheetGrid.uncalculated) and leaves them empty; here the ones
 * in a column the reader took (a field or a plan's period) on a row it read as a record become issues,
 * one per run down a column, so the check says which cells it could not check instead of
 * passing them as empty.
 */
import type { EntityName, ReadIssue } from "../model/portfolio";
import type { WorkbookSource } from "../../workbook/grid";
import { a1, columnNumber } from "./a1";
import type { Located } from "./locate";

type Issue = Extract<ReadIssue, { kind: "uncalculated-formula" }>;

interface ColumnUse {
  entity: EntityName;
  field: string;
  header: string;
  /** Rows the table's records can be on: below the header, to the table's bottom. */
  top: number;
  bottom: number;
}

/**
 * Issues for the uncalculated cells of the columns the located entities were read from, on rows read as
 * records (`recordRows(sheet)`: a total row's formula feeds no rule).
 */
export function uncalculatedIssues(source: WorkbookSource, located: Iterable<Located>, recordRows: (sheet: string) => Set<number>): Issue[] {
  const bySheet = new Map<string, Located[]>();
  for (const loc of located) {
    const list = bySheet.get(loc.view.name);
    if (list) list.push(loc);
    else bySheet.set(loc.view.name, [loc]);
  }
  const issues: Issue[] = [];
  for (const sheet of source.sheets) {
    const cells = sheet.uncalculated;
    const locs = bySheet.get(sheet.name);
    if (!cells || cells.length === 0 || !locs) continue;
    const uses = columnUses(locs);
    const records = recordRows(sheet.name);
    // Rows of each column's cells, in the order met (row order, as a sheet part is written).
    const rowsByColumn = new Map<number, number[]>();
    for (const cell of cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(cell);
      if (!m) continue;
      const col = columnNumber(m[1]);
      if (!uses.has(col) || !records.has(Number(m[2]))) continue;
      const rows = rowsByColumn.get(col);
      if (rows) rows.push(Number(m[2]));
      else rowsByColumn.set(col, [Number(m[2])]);
    }
    for (const [col, rows] of [...rowsByColumn].sort((a, b) => a[0] - b[0])) {
      rows.sort((a, b) => a - b);
      for (const use of uses.get(col)!) runs(rows, use, col, sheet.name, issues);
    }
  }
  return issues;
}

/** Column -> the fields read from it (a sheet can hold two tables, one above the other). */
function columnUses(locs: Located[]): Map<number, ColumnUse[]> {
  const uses = new Map<number, ColumnUse[]>();
  const add = (col: number, use: ColumnUse) => {
    const list = uses.get(col);
    if (list) list.push(use);
    else uses.set(col, [use]);
  };
  for (const loc of locs) {
    const top = loc.header.row + 1;
    const bottom = loc.region.bottom;
    for (const f of loc.header.match.fields.values()) add(f.col, { entity: loc.entity, field: f.field, header: f.header, top, bottom });
    for (const p of loc.header.periods) add(p.col, { entity: loc.entity, field: p.key, header: p.header, top, bottom });
  }
  return uses;
}

/** Appends one issue per run of consecutive rows of `rows` (ascending) inside the use's rows. */
function runs(rows: number[], use: ColumnUse, col: number, sheet: string, out: Issue[]): void {
  let start = -1;
  let last = -1;
  const flush = () => {
    if (start < 0) return;
    const range = start === last ? a1(start, col) : `${a1(start, col)}:${a1(last, col)}`;
    out.push({ kind: "uncalculated-formula", entity: use.entity, field: use.field, header: use.header, range, count: last - start + 1, location: { sheet, cell: a1(start, col), row: start } });
  };
  for (const r of rows) {
    if (r < use.top || r > use.bottom || r === last) continue;
    if (start >= 0 && r === last + 1) {
      last = r;
      continue;
    }
    flush();
    start = last = r;
  }
  flush();
}

/** Every cell of an issue's run ("Sheet!I2" …), so other rules do not report those cells as empty. */
export function uncalculatedCells(issue: Issue): string[] {
  const col = columnNumber(issue.location.cell.replace(/\d+$/, ""));
  const out: string[] = [];
  for (let r = issue.location.row; r < issue.location.row + issue.count; r++) out.push(`${issue.location.sheet}!${a1(r, col)}`);
  return out;
}
