/**
 * Reads the workbook through Office.js in a number of syncs that does not grow with its rows on the
 * desktop (three), and in as few syncs as Excel on the web's 5 MB response limit allows there:
 *   1. the sheet list, the tables, the date system;
 *   2. every sheet's used range (its address and size only), every table's range and, with ExcelApi
 *      1.13, every sheet's merged areas;
 *   3+. the cells (values and number formats together) in row blocks of at most `cellsPerRange`
 *      cells each. On the web each sync carries blocks worth about `bytesPerSync` of response: a sheet's
 *      first block is sized by a cautious guess of its bytes per cell, later ones by what its earlier
 *      blocks measured, so a sheet of long text takes more syncs and a sheet of numbers fewer.
 * Looking at the size first is what keeps a read under Excel's 5,000,000-cell limit, above which Excel
 * may answer null instead of failing (one stray value far from the data is enough), and under Excel on
 * the web's 5 MB response limit. A read that still comes back null or too large is read again with
 * halved blocks. Empty cells come back from Excel as "" and "General"; the grid holds null for both.
 */
import type { CellValue, SheetGrid, TableInfo, WorkbookSource } from "../../workbook/grid";
import { EMBEDDED_RULESET_SHEET } from "../../workbook/sheet-spec";
import { findEmbeddedRuleset } from "../../core/ruleset/embedded";
import { localAddress, rectAddress } from "./a1";
import { OfficeWorkbookError, officeCode } from "./errors";
import type { ExcelRunner } from "./office-api";
import { appendAll } from "../../core/arrays";

export const VISIBILITY: Record<string, SheetGrid["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

export interface ReadLimits {
  /** Most cells one range read asks for; well under Excel's 5,000,000-cell read limit. */
  cellsPerRange: number;
  /** Most response bytes (as estimated before the sync) one sync asks for. */
  bytesPerSync: number;
}

/** Desktop Excel has no response limit: every block rides in one sync. */
export const DESKTOP_READ: ReadLimits = { cellsPerRange: 1_000_000, bytesPerSync: Infinity };
/**
 * Excel on the web (and any host that does not say what it is): 5 MB responses, of which a sync plans
 * 3.5 MB, leaving room for rows that are longer than the ones measured before them.
 */
export const WEB_READ: ReadLimits = { cellsPerRange: 1_000_000, bytesPerSync: 3.5 * 1024 * 1024 };
/** Room left in the first cells sync for the visible areas' addresses (a filtered sheet has many). */
const VISIBLE_AREAS_ALLOWANCE = 256 * 1024;
/** A sheet's bytes per cell before any of its cells were seen: a cell of 20 characters of text and a format. */
export const FIRST_GUESS_BYTES_PER_CELL = 40;
/** Below this many bytes a sync, a refused read gives up instead of halving again. */
const SMALLEST_SYNC_BYTES = 32 * 1024;
/**
 * Above this many used cells in one sheet PMO Rulebook refuses the read and names the sheet: that is
 * a stray entry far from the data (Ctrl+End shows it), not a portfolio.
 */
export const MAX_SHEET_CELLS = 20_000_000;

/**
 * Office's "" for empty cells becomes null. Like the file reader, a number format is kept only beside a
 * number: that is where it means something (a date, a percentage); a text cell's format would only
 * make two identical workbooks fingerprint differently.
 */
export function gridCells(values: unknown[][], numberFormat: unknown[][]): { values: CellValue[][]; formats: (string | null)[][] } {
  const cells = values.map((row) => row.map((v): CellValue => (v === "" || v === undefined ? null : (v as CellValue))));
  const formats = numberFormat.map((row, i) => row.map((f, j) => (typeof f === "string" && f !== "General" && typeof cells[i][j] === "number" ? f : null)));
  return { values: cells, formats };
}

/** UTF-8 bytes of a string as JSON writes it, quotes and escapes included (at most: a control character counts six). */
function jsonStringBytes(text: string): number {
  let bytes = text.length + 2;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === 0x22 || c === 0x5c) bytes += 1;
      else if (c < 0x20) bytes += 5;
    } else {
      // Two bytes up to U+07FF, three for the rest of the BMP; a surrogate pair is four bytes for two units.
      bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
    }
  }
  return bytes;
}

function jsonValueBytes(value: unknown): number {
  if (typeof value === "string") return jsonStringBytes(value);
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return value ? 4 : 5;
  return 4;
}

/**
 * About how many bytes Excel's JSON response for these values and number formats takes: what plans
 * the next blocks on the web. Measured on what Excel returned, before it becomes a grid.
 */
export function responseBytes(values: unknown[][], numberFormat: unknown[][]): number {
  // The two arrays' brackets, and the brackets and comma around them.
  let bytes = 7;
  for (const rows of [values, numberFormat]) {
    for (const row of rows) {
      bytes += 3;
      for (const cell of row) bytes += jsonValueBytes(cell) + 1;
    }
  }
  return bytes;
}

/** What the host lets the read ask besides values and formats. */
export interface ReadFeatures {
  /** Every sheet's merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** Hidden rows, from the visible cells of each used range (getSpecialCellsOrNullObject, ExcelApi 1.9). */
  hiddenRows: boolean;
}

/**
 * The 1-based rows among `count` rows from `top` that no visible area covers: hidden by hand, collapsed
 * in an outline or filtered out. `areas` are local addresses ("A1:F4", "B9", or whole rows "8:10").
 */
export function hiddenRowsBetween(top: number, count: number, areas: readonly string[]): number[] {
  const covered = new Uint8Array(count);
  for (const address of areas) {
    const m = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/i.exec(address);
    if (!m) continue;
    const first = Math.max(top, Number(m[1]));
    const last = Math.min(top + count - 1, Number(m[2] ?? m[1]));
    for (let row = first; row <= last; row++) covered[row - top] = 1;
  }
  const hidden: number[] = [];
  for (let i = 0; i < count; i++) if (!covered[i]) hidden.push(top + i);
  return hidden;
}

/** Queues the first look at a workbook (sheets, tables, date system, name): one sync. */
export function queueWorkbookLook(context: Excel.RequestContext, label: string | undefined) {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name, items/visibility");
  const tables = wb.tables.load("items/name, items/showHeaders");
  const epoch = wb.functions.date(1904, 1, 2).load("value");
  const book = label === undefined ? wb.load("name") : undefined;
  // DATE(1904,1,2) is 1 in the 1904 date system and 1463 in the 1900 one.
  const date1904 = (): boolean => epoch.value === 1;
  const workbookLabel = (): string => label ?? book?.name ?? "Workbook";
  /** Queues each table's range and sheet (second sync); call tableInfos() after it. */
  const queueTables = () => {
    const ranges = tables.items.map((t) => ({ range: t.getRange().load("address"), sheet: t.worksheet.load("name") }));
    return (): TableInfo[] =>
      tables.items.map((t, i) => ({ name: t.name, sheet: ranges[i].sheet.name, ref: localAddress(ranges[i].range.address), hasHeader: t.showHeaders }));
  };
  return { sheets, date1904, workbookLabel, queueTables };
}

interface Shape {
  row: number;
  col: number;
  rows: number;
  cols: number;
  address: string;
}

interface Block {
  sheet: number;
  start: number;
  rows: number;
}

/**
 * Plans the cell reads one sync at a time: `next()` gives the blocks of the next sync (empty when every
 * sheet is read), `measured()` tells it what a block's response took, so the sheet's later blocks are
 * sized by its own bytes per cell.
 */
export class BlockPlanner {
  private readonly next_: number[];
  private readonly perCell: number[];
  private readonly seen: boolean[];

  constructor(
    private readonly shapes: readonly (Shape | null)[],
    private readonly limits: ReadLimits,
  ) {
    this.next_ = shapes.map(() => 0);
    this.perCell = shapes.map(() => FIRST_GUESS_BYTES_PER_CELL);
    this.seen = shapes.map(() => false);
  }

  /** The next sync's blocks; `reserveBytes` of its budget are left for other reads riding in it. */
  next(reserveBytes = 0): Block[] {
    const blocks: Block[] = [];
    let bytes = reserveBytes;
    for (let sheet = 0; sheet < this.shapes.length; sheet++) {
      const shape = this.shapes[sheet];
      if (!shape) continue;
      while (this.next_[sheet] < shape.rows) {
        const room = Number.isFinite(this.limits.bytesPerSync) ? Math.floor((this.limits.bytesPerSync - bytes) / (this.perCell[sheet] * shape.cols)) : Infinity;
        const left = shape.rows - this.next_[sheet];
        // A single row larger than a whole sync is still read, alone.
        const rows = Math.min(left, Math.max(1, Math.floor(this.limits.cellsPerRange / shape.cols)), blocks.length === 0 ? Math.max(1, room) : room);
        if (rows < 1) return blocks;
        blocks.push({ sheet, start: this.next_[sheet], rows });
        bytes += rows * shape.cols * this.perCell[sheet];
        this.next_[sheet] += rows;
      }
    }
    return blocks;
  }

  measured(block: Block, responseBytes: number): void {
    const cells = block.rows * this.shapes[block.sheet]!.cols;
    // The largest seen so far: later rows may be longer, rarely shorter enough to matter.
    this.perCell[block.sheet] = Math.max(this.seen[block.sheet] ? this.perCell[block.sheet] : 0, responseBytes / cells);
    this.seen[block.sheet] = true;
  }
}

/** A block came back null (Excel's cell limit) or too large: read again with smaller blocks. */
class BlockRefused extends Error {}

async function readOnce(excel: ExcelRunner, label: string | undefined, limits: ReadLimits, features: ReadFeatures): Promise<WorkbookSource> {
  return excel.run(async (context) => {
    const { sheets, date1904, workbookLabel, queueTables } = queueWorkbookLook(context, label);
    await context.sync();

    const used = sheets.items.map((s) => s.getUsedRangeOrNullObject(true).load("address, rowIndex, columnIndex, rowCount, columnCount"));
    // Range.getMergedAreasOrNullObject is ExcelApi 1.13; the whole sheet's, since a merge may reach past the values.
    const merged = features.merges ? sheets.items.map((s) => s.getRange().getMergedAreasOrNullObject().load("areas/items/address")) : [];
    const tableInfos = queueTables();
    await context.sync();

    const shapes = used.map((u): Shape | null => (u.isNullObject ? null : { row: u.rowIndex, col: u.columnIndex, rows: u.rowCount, cols: u.columnCount, address: u.address }));
    shapes.forEach((shape, i) => {
      if (shape && shape.rows * shape.cols > MAX_SHEET_CELLS) {
        throw new OfficeWorkbookError(
          "too-large",
          `The sheet "${sheets.items[i].name}" uses the range ${localAddress(shape.address)} (${(shape.rows * shape.cols).toLocaleString("en-US")} cells), far more than a portfolio needs, so PMO Rulebook did not read the workbook. A value or format far from your data usually causes this: press Ctrl+End on that sheet to find it, delete the rows and columns beyond your data, save, and try again. Nothing in the workbook was changed.`,
        );
      }
    });

    const values: CellValue[][][] = shapes.map(() => []);
    const formats: (string | null)[][][] = shapes.map(() => []);
    // The visible cells of each used range ride in the first cells sync; their gaps are the hidden rows.
    const visible = features.hiddenRows ? used.map((u) => (u.isNullObject ? null : u.getSpecialCellsOrNullObject("Visible").load("areas/items/address"))) : [];
    const planner = new BlockPlanner(shapes, limits);
    for (let batch = planner.next(features.hiddenRows ? VISIBLE_AREAS_ALLOWANCE : 0); batch.length > 0; batch = planner.next()) {
      const loaded = batch.map((b) => {
        const s = shapes[b.sheet]!;
        return { b, range: sheets.items[b.sheet].getRange(rectAddress(s.row + b.start, s.col, b.rows, s.cols)).load("values, numberFormat") };
      });
      await context.sync();
      for (const { b, range } of loaded) {
        const v = range.values as unknown[][] | null;
        const f = range.numberFormat as unknown[][] | null;
        if (!Array.isArray(v) || !Array.isArray(f)) throw new BlockRefused();
        if (Number.isFinite(limits.bytesPerSync)) planner.measured(b, responseBytes(v, f));
        const cells = gridCells(v, f);
        appendAll(values[b.sheet], cells.values);
        appendAll(formats[b.sheet], cells.formats);
      }
    }
    const grids: SheetGrid[] = sheets.items.map((s, i) => {
      const shape = shapes[i];
      const grid: SheetGrid = { name: s.name, top: shape ? shape.row + 1 : 1, left: shape ? shape.col + 1 : 1, values: values[i], formats: formats[i], visibility: VISIBILITY[s.visibility] ?? "visible" };
      if (features.merges && !merged[i].isNullObject) grid.merges = merged[i].areas.items.map((a) => localAddress(a.address));
      const areas = visible[i];
      if (shape && areas && !areas.isNullObject) {
        const hidden = hiddenRowsBetween(shape.row + 1, shape.rows, areas.areas.items.map((a) => localAddress(a.address)));
        if (hidden.length > 0) grid.hiddenRows = hidden;
      }
      return grid;
    });
    return { label: workbookLabel(), date1904: date1904(), sheets: grids, tables: tableInfos() };
  });
}

/**
 * Reads with `limits`, halving the blocks while Excel answers one with null (its cell limit) or refuses
 * a response as too large (then the read plans at most half the bytes of the web's budget a sync),
 * down to 1,000 cells a block and 32 KB a sync.
 */
export async function readWorkbookSource(excel: ExcelRunner, label: string | undefined, limits: ReadLimits, features: ReadFeatures): Promise<WorkbookSource> {
  for (let current = limits; ; ) {
    try {
      return await readOnce(excel, label, current, features);
    } catch (error) {
      const tooLarge = officeCode(error) === "ResponsePayloadSizeLimitExceeded";
      const refused = error instanceof BlockRefused || tooLarge || officeCode(error) === "RangeExceedsLimit";
      const next: ReadLimits = {
        cellsPerRange: Math.floor(current.cellsPerRange / 2),
        bytesPerSync: tooLarge ? Math.min(current.bytesPerSync, WEB_READ.bytesPerSync) / 2 : current.bytesPerSync,
      };
      if (!refused || next.cellsPerRange < 1_000 || next.bytesPerSync < SMALLEST_SYNC_BYTES) {
        if (error instanceof BlockRefused) {
          throw new OfficeWorkbookError("too-large", "Excel did not return the workbook's cells even in small blocks, so PMO Rulebook could not read the workbook. Nothing in the workbook was changed.");
        }
        throw error;
      }
      current = next;
    }
  }
}

/** The ruleset JSON in the very hidden "_PMORulebook" sheet, or null (two syncs). */
export async function readEmbeddedRulesetJson(excel: ExcelRunner): Promise<string | null> {
  return excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(EMBEDDED_RULESET_SHEET);
    await context.sync();
    if (sheet.isNullObject) return null;
    const used = sheet.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, values");
    await context.sync();
    if (used.isNullObject || !Array.isArray(used.values)) return null;
    const grid: SheetGrid = {
      name: EMBEDDED_RULESET_SHEET,
      top: used.rowIndex + 1,
      left: used.columnIndex + 1,
      values: (used.values as unknown[][]).map((row) => row.map((v): CellValue => (v === "" ? null : (v as CellValue)))),
    };
    return findEmbeddedRuleset({ label: EMBEDDED_RULESET_SHEET, date1904: false, sheets: [grid], tables: [] });
  });
}
