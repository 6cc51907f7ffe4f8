/** Excel.Workbook and Excel.WorksheetCollection. */
import { installProps, StandinObject, type TypeDef } from "../client-object";
import { StandinCollection } from "../collection";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import { findSheet, newSheetState, sheetById, type SheetState, type WorkbookState } from "../state";
import { Application, Functions } from "./application";
import { NamedItemCollection } from "./names";
import { Range } from "./range";
import { TableCollection } from "./table";
import { assertStructureEditable, checkSheetName, Worksheet } from "./worksheet";

export class WorksheetCollection extends StandinCollection<SheetState, Worksheet> {
  constructor(ctx: StandinContext, path: string) {
    super(ctx, path, () => [...ctx.host.state.sheets]);
  }
  protected itemType(): string {
    return "Worksheet";
  }
  protected makeItem(entity: SheetState, path: string): Worksheet {
    return new Worksheet(this.context, path, () => entity);
  }
  getItem(key: string): Worksheet {
    return new Worksheet(this.context, `${this.path}.getItem(${JSON.stringify(key)})`, () => {
      const s = findSheet(this.context.host.state, key) ?? sheetById(this.context.host.state, key);
      if (!s) throw officeError(StandinErrorCodes.itemNotFound, `The requested resource doesn't exist (worksheet '${key}').`, "WorksheetCollection.getItem");
      return s;
    });
  }
  getItemOrNullObject(key: string): Worksheet {
    const state = () => this.context.host.state;
    return new Worksheet(this.context, `${this.path}.getItemOrNullObject(${JSON.stringify(key)})`, () => {
      this.gate("getItemOrNullObject");
      return findSheet(state(), key) ?? sheetById(state(), key) ?? null;
    }, true);
  }
  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, `${this.path}.getActiveWorksheet()`, () => {
      const state = this.context.host.state;
      const s = sheetById(state, state.activeSheetId) ?? state.sheets.find((x) => x.visibility === "Visible");
      if (!s) throw officeError(StandinErrorCodes.itemNotFound, "There is no active worksheet.");
      return s;
    });
  }
  /** Adds a sheet at the end; Excel names it SheetN when no name is given. */
  add(name?: string): Worksheet {
    let created: SheetState | undefined;
    this.call("add", [name ?? null], () => {
      const state = this.context.host.state;
      assertStructureEditable(state);
      let chosen = name;
      for (let n = state.sheets.length + 1; chosen === undefined; n++) if (!findSheet(state, `Sheet${n}`)) chosen = `Sheet${n}`;
      checkSheetName(state, chosen);
      created = newSheetState(state, chosen);
      state.sheets.push(created);
    });
    return new Worksheet(this.context, `${this.path}.add(${name ?? ""})`, () => created ?? null);
  }
}

class WorkbookProtection extends StandinObject<WorkbookState> {
  static readonly def: TypeDef<WorkbookState> = { name: "WorkbookProtection", props: { protected: { get: (s) => s.structureProtected } } };
  constructor(ctx: StandinContext, path: string) {
    super(ctx, path, () => ctx.host.state);
  }
  protected typeDef(): TypeDef<WorkbookState> {
    return WorkbookProtection.def;
  }
  protect(): void {
    this.call("protect", [], () => void (this.entity().structureProtected = true));
  }
  unprotect(): void {
    this.call("unprotect", [], () => void (this.entity().structureProtected = false));
  }
}
installProps(WorkbookProtection, WorkbookProtection.def);

export class Workbook extends StandinObject<WorkbookState> {
  static readonly def: TypeDef<WorkbookState> = {
    name: "Workbook",
    navs: ["worksheets", "tables", "names", "application", "protection"],
    props: { name: { get: (s) => s.label }, readOnly: { get: () => false } },
  };
  constructor(ctx: StandinContext) {
    super(ctx, "workbook", () => ctx.host.state);
  }
  protected typeDef(): TypeDef<WorkbookState> {
    return Workbook.def;
  }
  get worksheets(): WorksheetCollection {
    return this.child("worksheets", () => new WorksheetCollection(this.context, "workbook.worksheets"));
  }
  get tables(): TableCollection {
    return this.child("tables", () => new TableCollection(this.context, "workbook.tables", () => "workbook"));
  }
  get names(): NamedItemCollection {
    return this.child("names", () => new NamedItemCollection(this.context, "workbook.names"));
  }
  get application(): Application {
    return this.child("application", () => new Application(this.context, "workbook.application"));
  }
  get functions(): Functions {
    return this.child("functions", () => new Functions(this.context, "workbook.functions"));
  }
  get protection(): WorkbookProtection {
    return this.child("protection", () => new WorkbookProtection(this.context, "workbook.protection"));
  }
  getSelectedRange(): Range {
    return new Range(this.context, "workbook.getSelectedRange()", () => {
      const state = this.context.host.state;
      const sheet = sheetById(state, state.selection?.sheetId ?? state.activeSheetId) ?? state.sheets.find((s) => s.visibility === "Visible");
      if (!sheet) throw officeError(StandinErrorCodes.itemNotFound, "Nothing is selected.");
      const rect = state.selection?.sheetId === sheet.id ? state.selection.rect : { row: 0, col: 0, rows: 1, cols: 1 };
      return { sheet, rect };
    });
  }
  getActiveCell(): Range {
    return this.getSelectedRange().getCell(0, 0);
  }
}
installProps(Workbook, Workbook.def);
