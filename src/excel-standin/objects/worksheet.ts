/** Excel.Worksheet and its parts: freeze panes, protection, page layout. */
import { parseRect, splitSheetAddress } from "../a1";
import { installProps, StandinObject, type TypeDef } from "../client-object";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import { findSheet, usedRect, type SheetState, type WorkbookState } from "../state";
import { ChartCollection } from "./chart";
import { Range } from "./range";
import { TableCollection } from "./table";

const BAD_NAME = /[[\]:*?/\\]/;

/** Excel's rules for a sheet name; throws InvalidArgument or ItemAlreadyExists like Excel. */
export function checkSheetName(state: WorkbookState, name: string, self?: SheetState): void {
  if (name.length === 0 || name.length > 31 || BAD_NAME.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history") {
    throw officeError(StandinErrorCodes.invalidArgument, `'${name}' is not a valid sheet name.`, "Worksheet.name");
  }
  const other = findSheet(state, name);
  if (other && other !== self) throw officeError(StandinErrorCodes.itemAlreadyExists, `A sheet named '${name}' already exists.`, "Worksheet.name");
}

export function assertStructureEditable(state: WorkbookState): void {
  if (state.structureProtected) throw officeError(StandinErrorCodes.accessDenied, "The workbook structure is protected.");
}

function stateOf(ctx: StandinContext): WorkbookState {
  return ctx.host.state;
}

export class Worksheet extends StandinObject<SheetState> {
  static readonly def: TypeDef<SheetState> = {
    name: "Worksheet",
    navs: ["tables", "charts", "freezePanes", "protection", "pageLayout"],
    props: {
      id: { get: (s) => s.id },
      name: {
        get: (s) => s.name,
        set: (s, v, ctx) => {
          const state = stateOf(ctx);
          assertStructureEditable(state);
          checkSheetName(state, String(v), s);
          s.name = String(v);
        },
      },
      position: {
        get: (s, ctx) => stateOf(ctx).sheets.indexOf(s),
        set: (s, v, ctx) => {
          const state = stateOf(ctx);
          assertStructureEditable(state);
          // Zero-based among all sheets, hidden ones included; outside 0..count-1 Excel refuses it.
          const at = Number(v);
          if (!Number.isInteger(at) || at < 0 || at >= state.sheets.length) {
            throw officeError(StandinErrorCodes.invalidArgument, `The position ${String(v)} is outside the ${state.sheets.length} sheets of the workbook.`, "Worksheet.position");
          }
          const rest = state.sheets.filter((x) => x !== s);
          rest.splice(at, 0, s);
          state.sheets = rest;
        },
      },
      visibility: {
        get: (s) => s.visibility,
        set: (s, v, ctx) => {
          const state = stateOf(ctx);
          assertStructureEditable(state);
          if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw officeError(StandinErrorCodes.invalidArgument, `Invalid visibility ${String(v)}.`);
          if (v !== "Visible" && !state.sheets.some((x) => x !== s && x.visibility === "Visible")) {
            throw officeError(StandinErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.");
          }
          s.visibility = v;
        },
      },
      tabColor: { get: (s) => s.tabColor, set: (s, v) => void (s.tabColor = String(v ?? "").toUpperCase()) },
    },
  };

  constructor(context: StandinContext, path: string, locate: () => SheetState | null, nullable = false) {
    super(context, path, locate, nullable);
  }

  protected typeDef(): TypeDef<SheetState> {
    return Worksheet.def;
  }

  protected override isAlive(s: SheetState): boolean {
    return stateOf(this.context).sheets.includes(s);
  }

  get tables(): TableCollection {
    return this.child("tables", () => new TableCollection(this.context, `${this.path}.tables`, () => this.entity()));
  }

  get charts(): ChartCollection {
    return this.child("charts", () => new ChartCollection(this.context, `${this.path}.charts`, () => this.entity()));
  }

  get freezePanes(): WorksheetFreezePanes {
    return this.child("freezePanes", () => new WorksheetFreezePanes(this.context, `${this.path}.freezePanes`, () => this.entity()));
  }

  get protection(): WorksheetProtection {
    return this.child("protection", () => new WorksheetProtection(this.context, `${this.path}.protection`, () => this.entity()));
  }

  get pageLayout(): PageLayout {
    return this.child("pageLayout", () => new PageLayout(this.context, `${this.path}.pageLayout`, () => this.entity()));
  }

  getRange(address?: string): Range {
    return new Range(this.context, `${this.path}.getRange(${address ?? ""})`, () => {
      const sheet = this.entity();
      const { sheet: named, local } = splitSheetAddress(address ?? "A1:XFD1048576");
      const rect = parseRect(local);
      if (!rect || (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())) {
        throw officeError(StandinErrorCodes.invalidArgument, `The address '${address}' is not valid for this sheet.`, "Worksheet.getRange");
      }
      return { sheet, rect };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return new Range(this.context, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      this.gate("getRangeByIndexes");
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw officeError(StandinErrorCodes.invalidArgument, "The argument is invalid or missing or has an incorrect format.", "Worksheet.getRangeByIndexes");
      }
      return { sheet: this.entity(), rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } };
    });
  }

  getCell(row: number, column: number): Range {
    return new Range(this.context, `${this.path}.getCell(${row},${column})`, () => ({ sheet: this.entity(), rect: { row, col: column, rows: 1, cols: 1 } }));
  }

  /** A blank sheet's used range is A1, as in Excel. */
  getUsedRange(valuesOnly = false): Range {
    return new Range(this.context, `${this.path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this.entity();
      return { sheet, rect: usedRect(sheet, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return new Range(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        this.gate("getUsedRangeOrNullObject");
        const sheet = this.entity();
        const rect = usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }

  activate(): void {
    this.call("activate", [], () => {
      const s = this.entity();
      if (s.visibility !== "Visible") throw officeError(StandinErrorCodes.invalidOperation, `The sheet '${s.name}' is hidden and cannot be activated.`, "Worksheet.activate");
      stateOf(this.context).activeSheetId = s.id;
    });
  }

  delete(): void {
    this.call("delete", [], () => {
      const state = stateOf(this.context);
      const s = this.entity();
      assertStructureEditable(state);
      if (s.visibility === "VeryHidden") {
        // By design (office-js issue #365): make it Hidden or Visible first. Mac was reported to answer GeneralException.
        const code = this.context.host.platform === "mac" ? StandinErrorCodes.generalException : StandinErrorCodes.invalidOperation;
        throw officeError(code, `The sheet '${s.name}' is very hidden and cannot be deleted; change its visibility first.`, "Worksheet.delete");
      }
      if (s.visibility === "Visible" && !state.sheets.some((x) => x !== s && x.visibility === "Visible")) {
        throw officeError(StandinErrorCodes.invalidOperation, "A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      state.sheets = state.sheets.filter((x) => x !== s);
      state.tables = state.tables.filter((t) => t.sheetId !== s.id);
      if (state.activeSheetId === s.id) state.activeSheetId = state.sheets.find((x) => x.visibility === "Visible")?.id ?? null;
      if (state.selection?.sheetId === s.id) state.selection = null;
    });
  }
}
installProps(Worksheet, Worksheet.def);

export class WorksheetFreezePanes extends StandinObject<SheetState> {
  static readonly def: TypeDef<SheetState> = { name: "WorksheetFreezePanes", props: {} };
  constructor(ctx: StandinContext, path: string, sheet: () => SheetState) {
    super(ctx, path, sheet);
  }
  protected typeDef(): TypeDef<SheetState> {
    return WorksheetFreezePanes.def;
  }
  freezeRows(count = 1): void {
    this.call("freezeRows", [count], () => void (this.entity().freeze = { rows: count, cols: 0 }));
  }
  freezeColumns(count = 1): void {
    this.call("freezeColumns", [count], () => void (this.entity().freeze = { rows: 0, cols: count }));
  }
  /** The given range becomes the frozen top-left pane. */
  freezeAt(frozenRange: Range | string): void {
    const local = typeof frozenRange === "string" ? frozenRange : undefined;
    this.call("freezeAt", [local ?? "range"], () => {
      const rect = local !== undefined ? parseRect(splitSheetAddress(local).local) : frozenRange instanceof Range ? frozenRange.entity().rect : null;
      if (!rect) throw officeError(StandinErrorCodes.invalidArgument, "Invalid frozen range.", "WorksheetFreezePanes.freezeAt");
      this.entity().freeze = { rows: rect.row + rect.rows, cols: rect.col + rect.cols };
    });
  }
  unfreeze(): void {
    this.call("unfreeze", [], () => void (this.entity().freeze = null));
  }
}

export class WorksheetProtection extends StandinObject<SheetState> {
  static readonly def: TypeDef<SheetState> = { name: "WorksheetProtection", props: { protected: { get: (s) => s.protected } } };
  constructor(ctx: StandinContext, path: string, sheet: () => SheetState) {
    super(ctx, path, sheet);
  }
  protected typeDef(): TypeDef<SheetState> {
    return WorksheetProtection.def;
  }
  protect(): void {
    this.call("protect", [], () => void (this.entity().protected = true));
  }
  unprotect(): void {
    this.call("unprotect", [], () => void (this.entity().protected = false));
  }
}
installProps(WorksheetProtection, WorksheetProtection.def);

export class PageLayout extends StandinObject<SheetState> {
  static readonly def: TypeDef<SheetState> = {
    name: "PageLayout",
    props: {
      orientation: { get: (s) => s.orientation, set: (s, v) => void (s.orientation = v === "Landscape" ? "Landscape" : "Portrait") },
      zoom: {
        get: (s) => ({ ...s.zoom }),
        set: (s, v) => {
          const zoom = { ...(v as SheetState["zoom"]) };
          // Fit-to-pages counts are 1..32767, or null for "automatic" (PageLayoutZoomOptions); 0 is refused.
          for (const k of ["horizontalFitToPages", "verticalFitToPages"] as const) {
            const n = zoom[k];
            if (n !== undefined && n !== null && !(Number.isInteger(n) && n >= 1 && n <= 32767)) {
              throw officeError(StandinErrorCodes.invalidArgument, `PageLayoutZoomOptions.${k} must be between 1 and 32767, or null.`, "PageLayout.zoom");
            }
          }
          s.zoom = zoom;
        },
      },
    },
  };
  constructor(ctx: StandinContext, path: string, sheet: () => SheetState) {
    super(ctx, path, sheet);
  }
  protected typeDef(): TypeDef<SheetState> {
    return PageLayout.def;
  }
}
installProps(PageLayout, PageLayout.def);
