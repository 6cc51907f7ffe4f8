/** Excel.Range: values, number formats, hyperlinks and formats of a rectangle of one sheet. */
import { MAX_COLS, MAX_ROWS, quoteSheet, rectAddress, type Rect } from "../a1";
import { installProps, StandinObject, type TypeDef } from "../client-object";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import { interpretInput } from "../input";
import { cellKey, getFormat, getValue, putFormat, putValue, type HyperlinkState, type SheetState } from "../state";
import { ConditionalFormatCollection } from "./conditional-format";
import { DataValidation } from "./data-validation";
import { RangeFormat } from "./range-format";
import { Worksheet } from "./worksheet";
import { READ_CELL_LIMIT } from "../profiles";
import { StandinCollection } from "../collection";

/** Excel's limit on the text in one cell. */
export const MAX_CELL_TEXT = 32_767;

export interface RangeEntity {
  sheet: SheetState;
  rect: Rect;
}

/** Throws AccessDenied when the sheet is protected, as Excel does for any edit of its cells. */
export function assertEditable(sheet: SheetState): void {
  if (sheet.protected) {
    throw officeError(StandinErrorCodes.accessDenied, `The cell or chart you're trying to change is on a protected sheet ('${sheet.name}').`);
  }
}

function forEachCell(rect: Rect, fn: (row: number, col: number, i: number, j: number) => void): void {
  for (let i = 0; i < rect.rows; i++) for (let j = 0; j < rect.cols; j++) fn(rect.row + i, rect.col + j, i, j);
}

/**
 * Cell-by-cell properties of a range: above 5,000,000 cells Excel answers null rather than the grid
 * (resource limits: "the API will either return null or throw an error").
 */
function grid<T>(e: RangeEntity, cell: (row: number, col: number) => T): T[][] {
  if (e.rect.rows * e.rect.cols > READ_CELL_LIMIT) return null as unknown as T[][];
  const out: T[][] = [];
  for (let i = 0; i < e.rect.rows; i++) {
    const line: T[] = [];
    for (let j = 0; j < e.rect.cols; j++) line.push(cell(e.rect.row + i, e.rect.col + j));
    out.push(line);
  }
  return out;
}

function checkShape(e: RangeEntity, input: unknown, prop: string): unknown[][] {
  const ok = Array.isArray(input) && input.length === e.rect.rows && input.every((r) => Array.isArray(r) && r.length === e.rect.cols);
  if (!ok) {
    throw officeError(StandinErrorCodes.invalidArgument, "The number of rows or columns in the input array doesn't match the size or dimensions of the range.", `Range.${prop}`);
  }
  return input as unknown[][];
}

function setValues(e: RangeEntity, input: unknown, ctx: StandinContext): void {
  const rows = checkShape(e, input, "values");
  assertEditable(e.sheet);
  forEachCell(e.rect, (row, col, i, j) => {
    const raw = rows[i][j];
    if (raw === null) return; // null leaves the cell unchanged
    if (typeof raw === "string" && raw.length > MAX_CELL_TEXT) {
      throw officeError(StandinErrorCodes.invalidArgument, `A cell can hold at most ${MAX_CELL_TEXT} characters.`, "Range.values");
    }
    const key = cellKey(row, col);
    const got = interpretInput(raw, getFormat(e.sheet, row, col), ctx.host.state.date1904);
    putValue(e.sheet, row, col, got.value);
    if (got.formula) e.sheet.formulas.set(key, got.formula);
    else e.sheet.formulas.delete(key);
    if (got.impliedFormat && getFormat(e.sheet, row, col) === "General") putFormat(e.sheet, row, col, got.impliedFormat);
  });
}

function setNumberFormat(e: RangeEntity, input: unknown): void {
  const rows = checkShape(e, input, "numberFormat");
  assertEditable(e.sheet);
  forEachCell(e.rect, (row, col, i, j) => {
    const f = rows[i][j];
    if (f !== null) putFormat(e.sheet, row, col, String(f));
  });
}

function setHyperlink(e: RangeEntity, input: unknown): void {
  assertEditable(e.sheet);
  const link = (input ?? {}) as HyperlinkState;
  forEachCell(e.rect, (row, col) => {
    const key = cellKey(row, col);
    if (!link.address && !link.documentReference) {
      e.sheet.hyperlinks.delete(key);
      return;
    }
    e.sheet.hyperlinks.set(key, { ...link });
    // Excel shows textToDisplay as the cell's value.
    if (link.textToDisplay !== undefined) putValue(e.sheet, row, col, link.textToDisplay);
  });
}

function valueType(v: unknown): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return typeof v === "string" && /^#(N\/A|NAME\?|REF!|VALUE!|DIV\/0!|NUM!|NULL!)$/.test(v) ? "Error" : "String";
}

/** Range.rowHidden / columnHidden: true when every row (column) is hidden, false when none is, null when mixed. */
function allOrNone(hidden: Set<number>, start: number, count: number): boolean | null {
  let n = 0;
  for (let i = start; i < start + count; i++) if (hidden.has(i)) n++;
  return n === 0 ? false : n === count ? true : null;
}

function hide(hidden: Set<number>, start: number, count: number, value: unknown, prop: string): void {
  if (typeof value !== "boolean") throw officeError(StandinErrorCodes.invalidArgument, `Range.${prop} takes true or false.`, `Range.${prop}`);
  for (let i = start; i < start + count; i++) {
    if (value) hidden.add(i);
    else hidden.delete(i);
  }
}

/** The runs [start, end) of indexes in start..start+count-1 that are not in `hidden`. */
function visibleRuns(hidden: Set<number>, start: number, count: number): [number, number][] {
  const runs: [number, number][] = [];
  let from = -1;
  for (let i = start; i <= start + count; i++) {
    const visible = i < start + count && !hidden.has(i);
    if (visible && from < 0) from = i;
    else if (!visible && from >= 0) {
      runs.push([from, i]);
      from = -1;
    }
  }
  return runs;
}

/** The special cell types of Excel.SpecialCellType; the stand-in answers "Visible" only. */
const SPECIAL_CELL_TYPES = new Set(["ConditionalFormats", "DataValidations", "Blanks", "Constants", "Formulas", "SameConditionalFormat", "SameDataValidation", "Visible"]);

export class Range extends StandinObject<RangeEntity> {
  static readonly def: TypeDef<RangeEntity> = {
    name: "Range",
    navs: ["format", "worksheet", "conditionalFormats", "dataValidation"],
    props: {
      address: { get: (e) => `${quoteSheet(e.sheet.name)}!${rectAddress(e.rect)}` },
      addressLocal: { get: (e) => `${quoteSheet(e.sheet.name)}!${rectAddress(e.rect)}` },
      rowIndex: { get: (e) => e.rect.row },
      columnIndex: { get: (e) => e.rect.col },
      rowCount: { get: (e) => e.rect.rows },
      columnCount: { get: (e) => e.rect.cols },
      cellCount: { get: (e) => e.rect.rows * e.rect.cols },
      values: { get: (e) => grid(e, (r, c) => getValue(e.sheet, r, c)), set: setValues },
      numberFormat: { get: (e) => grid(e, (r, c) => getFormat(e.sheet, r, c)), set: setNumberFormat },
      formulas: { get: (e) => grid(e, (r, c) => e.sheet.formulas.get(cellKey(r, c)) ?? getValue(e.sheet, r, c)), set: setValues },
      text: { get: (e) => grid(e, (r, c) => { const v = getValue(e.sheet, r, c); return typeof v === "boolean" ? String(v).toUpperCase() : String(v); }) },
      valueTypes: { get: (e) => grid(e, (r, c) => valueType(getValue(e.sheet, r, c))) },
      hyperlink: { get: (e) => e.sheet.hyperlinks.get(cellKey(e.rect.row, e.rect.col)) ?? null, set: setHyperlink },
      rowHidden: { get: (e) => allOrNone(e.sheet.hiddenRows, e.rect.row, e.rect.rows), set: (e, v) => hide(e.sheet.hiddenRows, e.rect.row, e.rect.rows, v, "rowHidden") },
      columnHidden: { get: (e) => allOrNone(e.sheet.hiddenColumns, e.rect.col, e.rect.cols), set: (e, v) => hide(e.sheet.hiddenColumns, e.rect.col, e.rect.cols, v, "columnHidden") },
    },
  };

  private readonly ctx: StandinContext;

  constructor(context: StandinContext, path: string, locate: () => RangeEntity | null, nullable = false) {
    super(context, path, locate, nullable);
    this.ctx = context;
  }

  protected typeDef(): TypeDef<RangeEntity> {
    return Range.def;
  }

  protected override isAlive(e: RangeEntity): boolean {
    return this.ctx.host.state.sheets.includes(e.sheet);
  }

  /** A range relative to this one, computed when the batch runs. */
  private derive(method: string, args: unknown[], rect: (r: Rect) => Rect): Range {
    return new Range(this.ctx, `${this.path}.${method}(${args.join(",")})`, () => {
      const e = this.entity();
      const next = rect(e.rect);
      if (next.row < 0 || next.col < 0 || next.rows < 1 || next.cols < 1 || next.row + next.rows > MAX_ROWS || next.col + next.cols > MAX_COLS) {
        throw officeError(StandinErrorCodes.invalidArgument, "The argument is invalid or missing or has an incorrect format.", `Range.${method}`);
      }
      return { sheet: e.sheet, rect: next };
    });
  }

  get format(): RangeFormat {
    return this.child("format", () => new RangeFormat(this.ctx, `${this.path}.format`, () => this.entity()));
  }

  get conditionalFormats(): ConditionalFormatCollection {
    return this.child("conditionalFormats", () => new ConditionalFormatCollection(this.ctx, `${this.path}.conditionalFormats`, () => this.entity()));
  }

  get dataValidation(): DataValidation {
    return this.child("dataValidation", () => new DataValidation(this.ctx, `${this.path}.dataValidation`, () => this.entity()));
  }

  get worksheet(): Worksheet {
    return this.child("worksheet", () => new Worksheet(this.ctx, `${this.path}.worksheet`, () => this.entity().sheet));
  }

  getCell(row: number, column: number): Range {
    return this.derive("getCell", [row, column], (r) => ({ row: r.row + row, col: r.col + column, rows: 1, cols: 1 }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derive("getResizedRange", [deltaRows, deltaColumns], (r) => ({ ...r, rows: r.rows + deltaRows, cols: r.cols + deltaColumns }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): Range {
    return this.derive("getAbsoluteResizedRange", [numRows, numColumns], (r) => ({ ...r, rows: numRows, cols: numColumns }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derive("getOffsetRange", [rowOffset, columnOffset], (r) => ({ ...r, row: r.row + rowOffset, col: r.col + columnOffset }));
  }

  getRow(row: number): Range {
    return this.derive("getRow", [row], (r) => ({ ...r, row: r.row + row, rows: 1 }));
  }

  getColumn(column: number): Range {
    return this.derive("getColumn", [column], (r) => ({ ...r, col: r.col + column, cols: 1 }));
  }

  getEntireColumn(): Range {
    return this.derive("getEntireColumn", [], (r) => ({ ...r, row: 0, rows: MAX_ROWS }));
  }

  getEntireRow(): Range {
    return this.derive("getEntireRow", [], (r) => ({ ...r, col: 0, cols: MAX_COLS }));
  }

  select(): void {
    this.call("select", [], () => {
      const e = this.entity();
      if (e.sheet.visibility !== "Visible") throw officeError(StandinErrorCodes.invalidOperation, `The sheet '${e.sheet.name}' is hidden.`, "Range.select");
      this.ctx.host.state.activeSheetId = e.sheet.id;
      this.ctx.host.state.selection = { sheetId: e.sheet.id, rect: { ...e.rect } };
    });
  }

  /** Per-cell hyperlinks and looks in one call (ExcelApi 1.9); only what each cell names is set. */
  setCellProperties(data: { hyperlink?: HyperlinkState; format?: { font?: { bold?: boolean; color?: string }; fill?: { color?: string } } }[][]): void {
    const json = JSON.parse(JSON.stringify(data)) as typeof data;
    this.call("setCellProperties", [json], () => {
      const e = this.entity();
      checkShape(e, json, "setCellProperties");
      assertEditable(e.sheet);
      forEachCell(e.rect, (row, col, i, j) => {
        const props = json[i][j] ?? {};
        if (props.hyperlink) setHyperlink({ sheet: e.sheet, rect: { row, col, rows: 1, cols: 1 } }, props.hyperlink);
        const font = props.format?.font;
        const fill = props.format?.fill?.color;
        if (font || fill) {
          const key = cellKey(row, col);
          const style = { ...e.sheet.styles.get(key) };
          if (font?.bold !== undefined) style.bold = font.bold;
          if (font?.color !== undefined) style.fontColor = font.color.toUpperCase();
          if (fill !== undefined) style.fill = fill.toUpperCase();
          e.sheet.styles.set(key, style);
        }
      });
    });
  }

  /**
   * The cells of this range of one special type (ExcelApi 1.9), or a null object when none is; the
   * stand-in models "Visible": the rectangles of rows and columns that are not hidden, by blocks of
   * rows (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells).
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): RangeAreas {
    return new RangeAreas(
      this.ctx,
      `${this.path}.getSpecialCellsOrNullObject(${JSON.stringify(cellType)})`,
      () => {
        this.gate("getSpecialCellsOrNullObject");
        if (!SPECIAL_CELL_TYPES.has(cellType)) throw officeError(StandinErrorCodes.invalidArgument, `"${cellType}" is not a SpecialCellType.`, "Range.getSpecialCellsOrNullObject");
        if (cellType !== "Visible" || cellValueType !== undefined) throw new Error(`The stand-in does not model getSpecialCells("${cellType}"${cellValueType ? `, "${cellValueType}"` : ""})`);
        const e = this.entity();
        const rows = visibleRuns(e.sheet.hiddenRows, e.rect.row, e.rect.rows);
        const cols = visibleRuns(e.sheet.hiddenColumns, e.rect.col, e.rect.cols);
        const rects = rows.flatMap(([r0, r1]) => cols.map(([c0, c1]) => ({ row: r0, col: c0, rows: r1 - r0, cols: c1 - c0 })));
        return rects.length === 0 ? null : { sheet: e.sheet, rects };
      },
      true,
    );
  }

  /** The merged areas within this range (ExcelApi 1.13), or a null object when there are none. */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(
      this.ctx,
      `${this.path}.getMergedAreasOrNullObject()`,
      () => {
        this.gate("getMergedAreasOrNullObject");
        const e = this.entity();
        const inside = e.sheet.merges.filter((m) => m.row >= e.rect.row && m.col >= e.rect.col && m.row + m.rows <= e.rect.row + e.rect.rows && m.col + m.cols <= e.rect.col + e.rect.cols);
        return inside.length === 0 ? null : { sheet: e.sheet, rects: inside.map((m) => ({ ...m })) };
      },
      true,
    );
  }

  merge(_across = false): void {
    this.call("merge", [_across], () => {
      const e = this.entity();
      assertEditable(e.sheet);
      e.sheet.merges.push({ ...e.rect });
    });
  }

  clear(applyTo: string = "All"): void {
    this.call("clear", [applyTo], () => {
      const e = this.entity();
      assertEditable(e.sheet);
      forEachCell(e.rect, (row, col) => {
        const key = cellKey(row, col);
        if (applyTo === "All" || applyTo === "Contents") {
          putValue(e.sheet, row, col, "");
          e.sheet.formulas.delete(key);
        }
        if (applyTo === "All" || applyTo === "Formats") {
          putFormat(e.sheet, row, col, "General");
          e.sheet.styles.delete(key);
        }
        if (applyTo === "All" || applyTo === "Hyperlinks") e.sheet.hyperlinks.delete(key);
      });
    });
  }
}

installProps(Range, Range.def);

interface AreasEntity {
  sheet: SheetState;
  rects: Rect[];
}

/** Excel.RangeCollection: the areas of a RangeAreas. */
export class RangeCollection extends StandinCollection<RangeEntity, Range> {
  constructor(ctx: StandinContext, path: string, list: () => RangeEntity[]) {
    super(ctx, path, list);
  }
  protected itemType(): string {
    return "Range";
  }
  protected override typeDef(): TypeDef<RangeEntity[]> {
    return { name: "RangeCollection", props: {} };
  }
  protected makeItem(entity: RangeEntity, path: string): Range {
    return new Range(this.context, path, () => entity);
  }
}

/** Excel.RangeAreas (ExcelApi 1.9): several rectangles of one sheet; here what getMergedAreasOrNullObject and getSpecialCellsOrNullObject return. */
export class RangeAreas extends StandinObject<AreasEntity> {
  static readonly def: TypeDef<AreasEntity> = {
    name: "RangeAreas",
    navs: ["areas"],
    props: {
      address: { get: (e) => e.rects.map((r) => `${quoteSheet(e.sheet.name)}!${rectAddress(r)}`).join(",") },
      areaCount: { get: (e) => e.rects.length },
      cellCount: { get: (e) => e.rects.reduce((n, r) => n + r.rows * r.cols, 0) },
    },
  };
  constructor(ctx: StandinContext, path: string, locate: () => AreasEntity | null, nullable = false) {
    super(ctx, path, locate, nullable);
  }
  protected typeDef(): TypeDef<AreasEntity> {
    return RangeAreas.def;
  }
  get areas(): RangeCollection {
    return this.child("areas", () => new RangeCollection(this.context, `${this.path}.areas`, () => this.entity().rects.map((rect) => ({ sheet: this.entity().sheet, rect }))));
  }
}
installProps(RangeAreas, RangeAreas.def);
