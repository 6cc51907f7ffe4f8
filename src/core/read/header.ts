/**
 * Finds an entity's header row by content: titles, "as of" lines and key/value blocks above it score
 * low, the row whose cells name the most fields wins. Two-row headers (a group row over labels, or labels
 * merged down over two rows) are tried as well.
 */
import { ENTITY_SPECS } from "../model/fields";
import type { EntityName } from "../model/portfolio";
import type { GridView } from "./a1";
import { matchColumns } from "./columns";
import type { ColumnMatch, HeaderCell } from "./columns";
import { periodColumns, yearIn } from "./periods";
import type { PeriodColumn } from "./periods";

export interface Region {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface HeaderResult {
  row: number;
  cells: HeaderCell[];
  match: ColumnMatch;
  /** Period columns (assignments only). */
  periods: PeriodColumn[];
  score: number;
  /** The row above was used as group labels. */
  twoRow: boolean;
}

export interface HeaderOptions {
  date1904: boolean;
  /** Field -> header text or column letter, from the ruleset's mapping. */
  explicit?: Record<string, string>;
  /** Extra columns the ruleset names (gate artefacts). */
  extraFields?: string[];
  /** Fixed header row (mapping or table); otherwise detected. */
  row?: number;
  /** Evaluate every row, without skipping rows whose score bound cannot beat the best (tests compare the two). */
  exhaustive?: boolean;
}

const SCAN_ROWS = 60;

/** Detects the header row in a region, or returns null when no row looks like this entity's header. */
export function findHeader(view: GridView, region: Region, entity: EntityName, opts: HeaderOptions): HeaderResult | null {
  if (opts.row !== undefined) return evaluate(view, region, entity, opts.row, opts, false) ?? evaluate(view, region, entity, opts.row, opts, true);
  let best: HeaderResult | null = null;
  const last = Math.min(region.bottom, region.top + SCAN_ROWS);
  let filledUnderBest = 0;
  for (let r = region.top; r <= last; r++) {
    // Twenty rows of data under a clear header will not outscore it; a header with little under it (a
    // document-control block above a RAID log) may still be outscored by the real one further down.
    if (best && best.score >= 4 && r > best.row + 20 && filledUnderBest >= 10) break;
    if (best && r > best.row && r <= best.row + 20 && !view.isBlankRow(r)) filledUnderBest++;
    if (view.isBlankRow(r)) continue;
    // A data row under the header cannot outscore it: skip the matching when its bound says so.
    const bound = best && opts.explicit === undefined && !opts.exhaustive ? scoreBounds(view, region, entity, r) : undefined;
    for (const twoRow of [false, true]) {
      if (twoRow && r === region.top) continue;
      if (bound && best && (twoRow ? bound.twoRow : bound.oneRow) < best.score - 1e-6) continue;
      const h = evaluate(view, region, entity, r, opts, twoRow);
      if (h && (!best || h.score > best.score)) {
        best = h;
        filledUnderBest = 0;
      }
    }
  }
  return best;
}

/**
 * evaluate()'s answers by what it reads of a row: submissions of one template repeat the same header
 * rows, so a consolidation matches each header once per run, not once per file (and the later files
 * skip the matching code altogether). Results are shared between the sheets that ask, so they are never
 * changed in place (the readers copy a header before altering it).
 */
const evaluated = new Map<string, Omit<HeaderResult, "row"> | null>();
const EVALUATED_MAX = 5000;

function evaluate(view: GridView, region: Region, entity: EntityName, row: number, opts: HeaderOptions, twoRow: boolean): HeaderResult | null {
  // A mapping's explicit columns are the ruleset's own, rarely repeated: not memoised.
  const key = opts.explicit === undefined ? evaluationKey(view, region, entity, row, opts, twoRow) : undefined;
  if (key !== undefined) {
    const hit = evaluated.get(key);
    if (hit !== undefined) return hit === null ? null : { row, cells: hit.cells, match: hit.match, periods: hit.periods, score: hit.score, twoRow: hit.twoRow };
  }
  const result = evaluateRow(view, region, entity, row, opts, twoRow);
  if (key !== undefined && evaluated.size < EVALUATED_MAX) evaluated.set(key, result === null ? null : { cells: result.cells, match: result.match, periods: result.periods, score: result.score, twoRow: result.twoRow });
  return result;
}

/**
 * Everything evaluateRow() reads, as text: the entity and options, the first column, and per column the
 * value it takes (typed), the group label above and, for assignments, the number format and the title
 * year above (period columns). Undefined (not memoised) when a value cannot be written unambiguously.
 */
function evaluationKey(view: GridView, region: Region, entity: EntityName, row: number, opts: HeaderOptions, twoRow: boolean): string | undefined {
  const periods = entity === "assignments";
  let key = `${entity}|${twoRow ? 1 : 0}|${opts.date1904 ? 1 : 0}|${region.left}|${opts.extraFields ? opts.extraFields.join("\u0000") : ""}|${periods ? contextYear(view, region, row) : ""}`;
  for (let c = region.left; c <= region.right; c++) {
    const own = view.value(row, c);
    const spread = own === null ? view.label(row, c) : own;
    const v = typeof spread === "string" ? spread : own;
    if (typeof v === "string") key += `\u0001s${v.length}:${v}`;
    else if (typeof v === "number") key += `\u0001n${v}`;
    else if (typeof v === "boolean") key += `\u0001b${v ? 1 : 0}`;
    else if (v === null) key += "\u0001-";
    else return undefined;
    const group = row > region.top ? labelText(view, row - 1, c) : "";
    key += `g${group.length}:${group}`;
    if (periods) {
      const format = view.format(row, c);
      key += format === null ? "f-" : `f${format.length}:${format}`;
    }
  }
  return key;
}

function evaluateRow(view: GridView, region: Region, entity: EntityName, row: number, opts: HeaderOptions, twoRow: boolean): HeaderResult | null {
  const cells: HeaderCell[] = [];
  const periodInputs = [];
  let numbers = 0;
  for (let c = region.left; c <= region.right; c++) {
    // A merged label names every column under it ("Dates" over Start | Finish, "ID" merged down two rows);
    // a merged number (a date header) stays one period column.
    const own = view.value(row, c);
    const spread = own === null ? view.label(row, c) : own;
    const v = typeof spread === "string" ? spread : own;
    const group = row > region.top ? labelText(view, row - 1, c) : "";
    periodInputs.push({ col: c, value: v, format: view.format(row, c), group });
    if (typeof v === "number") numbers++;
    const label = typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "";
    let text = label;
    if (twoRow && groupCounts(group)) text = label ? `${group} / ${label}` : group;
    if (text) cells.push({ col: c, text });
  }
  if (cells.length === 0 && numbers === 0) return null;
  const match = matchColumns(entity, cells, opts.explicit, opts.extraFields);
  let periods: PeriodColumn[] = [];
  if (entity === "assignments") {
    const fieldCols = new Set([...match.fields.values()].map((f) => f.col));
    periods = periodColumns(periodInputs, opts.date1904, contextYear(view, region, row)).filter((p) => !fieldCols.has(p.col));
  }
  // A header without one of the entity's key fields is not this entity's header.
  const hasKey = ENTITY_SPECS[entity].headerKeys.some((k) => match.fields.has(k)) || (opts.explicit !== undefined && opts.row !== undefined);
  if (!hasKey) return null;
  const periodBonus = periods.length >= 2 ? 3 : 0;
  const periodCols = new Set(periods.map((p) => p.col));
  const unmatched = match.unmatched.filter((u) => !periodCols.has(u.col));
  // Data rows carry numbers and long texts; a header mostly carries short labels that match fields.
  const score = match.fields.size * 2 + periodBonus - (numbers - periods.length) * 0.5 - unmatched.length * 0.1 - (twoRow ? 0.5 : 0);
  return { row, cells, match: { fields: match.fields, unmatched }, periods, score, twoRow };
}

/**
 * The most evaluate() could score at a row, one-row and two-row, without matching any text. Every
 * field takes a distinct text cell and a period column another (periods exclude field columns), so
 * fields * 2 + text periods * 0.5 <= 2 * text cells; a number period only cancels its own number's
 * penalty, the period bonus is at most 3 and the unmatched penalty is never positive. Without a
 * mapping's explicit columns (which may name a column by letter), no header scores above this bound.
 */
function scoreBounds(view: GridView, region: Region, entity: EntityName, row: number): { oneRow: number; twoRow: number } {
  let texts = 0;
  let textsTwoRow = 0;
  let numbers = 0;
  for (let c = region.left; c <= region.right; c++) {
    const own = view.value(row, c);
    const spread = own === null ? view.label(row, c) : own;
    const v = typeof spread === "string" ? spread : own;
    if (typeof v === "number") numbers++;
    const isText = typeof v === "string";
    if (isText) texts++;
    if (isText || (row > region.top && groupCounts(labelText(view, row - 1, c)))) textsTwoRow++;
  }
  if (entity === "assignments") return { oneRow: 2 * texts + 3, twoRow: 2 * textsTwoRow + 3 - 0.5 };
  return { oneRow: 2 * texts - 0.5 * numbers, twoRow: 2 * textsTwoRow - 0.5 * numbers - 0.5 };
}

/** Whether a group label makes a two-row header cell (as evaluate() joins it). */
function groupCounts(group: string): boolean {
  // Not starting with a digit 0-9 (as /^\d/ tests), without the regex: this runs for every cell of the rows scanned.
  const first = group.charCodeAt(0);
  return group !== "" && !(first >= 48 && first <= 57);
}

/** A year written above the header (a title such as "Resource plan 2026"), for bare month headers. */
function contextYear(view: GridView, region: Region, row: number): number {
  for (let r = row - 1; r >= Math.max(view.top, row - 12); r--) {
    for (let c = region.left; c <= Math.min(region.right, region.left + 12); c++) {
      const v = view.label(r, c);
      if (typeof v === "string") {
        const y = yearIn(v);
        if (y) return y;
      }
    }
  }
  return 0;
}

/** Trimmed text of a label cell, a merged range's label included. */
function labelText(view: GridView, row: number, col: number): string {
  const v = view.label(row, col);
  if (v === null) return "";
  return typeof v === "string" ? v.trim() : String(v);
}
