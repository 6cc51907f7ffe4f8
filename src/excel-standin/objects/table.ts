/** Excel.TableCollection (workbook- or sheet-scoped) and Excel.Table. */
import { intersects, parseRect, splitSheetAddress } from "../a1";
import { installProps, StandinObject, type TypeDef } from "../client-object";
import { StandinCollection } from "../collection";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import { findSheet, sheetById, type SheetState, type TableState, type WorkbookState } from "../state";
import { assertEditable, Range } from "./range";
import { Worksheet } from "./worksheet";

const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function sheetOf(state: WorkbookState, t: TableState): SheetState {
  const s = sheetById(state, t.sheetId);
  if (!s) throw officeError(StandinErrorCodes.itemNotFound, `The sheet of table '${t.name}' no longer exists.`);
  return s;
}

export class Table extends StandinObject<TableState> {
  static readonly def: TypeDef<TableState> = {
    name: "Table",
    navs: ["worksheet"],
    props: {
      id: { get: (t) => t.id },
      name: {
        get: (t) => t.name,
        set: (t, v, ctx) => {
          const name = String(v);
          const clash = ctx.host.state.tables.find((x) => x !== t && x.name.toLowerCase() === name.toLowerCase());
          if (!TABLE_NAME.test(name) || clash) throw officeError(StandinErrorCodes.invalidArgument, `The table name '${name}' is invalid or taken.`, "Table.name");
          t.name = name;
        },
      },
      style: { get: (t) => t.style, set: (t, v) => void (t.style = String(v)) },
      showHeaders: { get: (t) => t.hasHeaders },
      showTotals: { get: () => false },
    },
  };

  constructor(ctx: StandinContext, path: string, locate: () => TableState | null, nullable = false) {
    super(ctx, path, locate, nullable);
  }

  protected typeDef(): TypeDef<TableState> {
    return Table.def;
  }

  protected override isAlive(t: TableState): boolean {
    return this.context.host.state.tables.includes(t);
  }

  get worksheet(): Worksheet {
    return this.child("worksheet", () => new Worksheet(this.context, `${this.path}.worksheet`, () => sheetOf(this.context.host.state, this.entity())));
  }

  private part(method: string, pick: (t: TableState) => { row: number; rows: number }): Range {
    return new Range(this.context, `${this.path}.${method}()`, () => {
      const t = this.entity();
      const span = pick(t);
      if (span.rows < 1) throw officeError(StandinErrorCodes.itemNotFound, `The table '${t.name}' has no ${method.replace(/^get|Range$/g, "")}.`, `Table.${method}`);
      return { sheet: sheetOf(this.context.host.state, t), rect: { ...t.rect, row: span.row, rows: span.rows } };
    });
  }

  getRange(): Range {
    return this.part("getRange", (t) => ({ row: t.rect.row, rows: t.rect.rows }));
  }

  getHeaderRowRange(): Range {
    return this.part("getHeaderRowRange", (t) => ({ row: t.rect.row, rows: t.hasHeaders ? 1 : 0 }));
  }

  getDataBodyRange(): Range {
    return this.part("getDataBodyRange", (t) => (t.hasHeaders ? { row: t.rect.row + 1, rows: t.rect.rows - 1 } : { row: t.rect.row, rows: t.rect.rows }));
  }

  delete(): void {
    this.call("delete", [], () => {
      const t = this.entity();
      assertEditable(sheetOf(this.context.host.state, t));
      this.context.host.state.tables = this.context.host.state.tables.filter((x) => x !== t);
    });
  }
}
installProps(Table, Table.def);

/** `scope` is the sheet for worksheet.tables, or "workbook" for workbook.tables. */
export class TableCollection extends StandinCollection<TableState, Table> {
  private readonly scope: () => SheetState | "workbook";

  constructor(ctx: StandinContext, path: string, scope: () => SheetState | "workbook") {
    super(ctx, path, () => {
      const s = scope();
      return ctx.host.state.tables.filter((t) => s === "workbook" || t.sheetId === s.id);
    });
    this.scope = scope;
  }

  protected itemType(): string {
    return "Table";
  }

  protected makeItem(entity: TableState, path: string): Table {
    return new Table(this.context, path, () => entity);
  }

  private find(key: string): TableState | null {
    const k = key.toLowerCase();
    return this.entity().find((t) => t.name.toLowerCase() === k || t.id === key) ?? null;
  }

  getItem(key: string): Table {
    return new Table(this.context, `${this.path}.getItem(${key})`, () => {
      const t = this.find(key);
      if (!t) throw officeError(StandinErrorCodes.itemNotFound, `The table '${key}' doesn't exist.`, "TableCollection.getItem");
      return t;
    });
  }

  getItemOrNullObject(key: string): Table {
    return new Table(this.context, `${this.path}.getItemOrNullObject(${key})`, () => this.find(key), true);
  }

  add(address: Range | string, hasHeaders: boolean): Table {
    let created: TableState | undefined;
    const text = typeof address === "string" ? address : undefined;
    this.call("add", [text ?? "range", hasHeaders], () => {
      const state = this.context.host.state;
      const target = this.resolveTarget(address);
      assertEditable(target.sheet);
      if (state.tables.some((t) => t.sheetId === target.sheet.id && intersects(t.rect, target.rect))) {
        throw officeError(StandinErrorCodes.invalidArgument, "A table can't overlap another table.", "TableCollection.add");
      }
      const id = state.nextId++;
      created = { id: String(id), name: `Table${id}`, sheetId: target.sheet.id, rect: target.rect, hasHeaders, style: "TableStyleMedium2" };
      state.tables.push(created);
    });
    return new Table(this.context, `${this.path}.add(${text ?? "range"})`, () => created ?? null);
  }

  private resolveTarget(address: Range | string): { sheet: SheetState; rect: NonNullable<ReturnType<typeof parseRect>> } {
    if (address instanceof Range) return address.entity();
    const { sheet: named, local } = splitSheetAddress(String(address));
    const scope = this.scope();
    const sheet = scope === "workbook" ? (named !== undefined ? findSheet(this.context.host.state, named) : undefined) : scope;
    const rect = parseRect(local);
    if (!sheet || !rect) throw officeError(StandinErrorCodes.invalidArgument, `The address '${String(address)}' is not valid.`, "TableCollection.add");
    return { sheet, rect };
  }
}
