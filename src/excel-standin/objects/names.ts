/** Excel.NamedItemCollection and NamedItem: defined names that follow their sheet through renames. */
import { columnLetters, parseRect, quoteSheet, splitSheetAddress, type Rect } from "../a1";
import { installProps, StandinObject, type TypeDef } from "../client-object";
import { StandinCollection } from "../collection";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import { findSheet, sheetById, type NameState, type WorkbookState } from "../state";
import { Range } from "./range";

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;

function absolute(rect: Rect): string {
  const cell = (r: number, c: number) => `$${columnLetters(c)}$${r + 1}`;
  const first = cell(rect.row, rect.col);
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${cell(rect.row + rect.rows - 1, rect.col + rect.cols - 1)}`;
}

/** "='My Sheet'!$A$1", or "=#REF!" once the sheet is gone. */
export function nameFormula(state: WorkbookState, n: NameState): string {
  if (!n.target) return n.constant ?? "=#N/A";
  const sheet = sheetById(state, n.target.sheetId);
  return sheet ? `=${quoteSheet(sheet.name)}!${absolute(n.target.rect)}` : "=#REF!";
}

/** Parses what names.add and NamedItem.formula accept: a reference ("=Sheet1!$A$1") or a constant. */
function parseReference(state: WorkbookState, text: string): Pick<NameState, "target" | "constant"> {
  const body = text.startsWith("=") ? text.slice(1) : text;
  const { sheet: sheetName, local } = splitSheetAddress(body);
  const rect = parseRect(local.replace(/\$/g, ""));
  if (sheetName !== undefined && rect) {
    const sheet = findSheet(state, sheetName);
    if (!sheet) throw officeError(StandinErrorCodes.invalidArgument, `The reference '${text}' points to a sheet that doesn't exist.`, "NamedItemCollection.add");
    return { target: { sheetId: sheet.id, rect } };
  }
  if (/^".*"$|^[-+]?\d+(\.\d+)?$|^(TRUE|FALSE)$/i.test(body)) return { constant: `=${body}` };
  // A table column ("Projects[ID]"), kept as written: Excel resolves it as the table grows.
  if (/^[A-Za-z_\\][A-Za-z0-9_.]*\[[^\]]+\]$/.test(body)) return { constant: `=${body}` };
  throw officeError(StandinErrorCodes.invalidArgument, `The reference '${text}' is not supported by the stand-in.`, "NamedItemCollection.add");
}

export class NamedItem extends StandinObject<NameState> {
  static readonly def: TypeDef<NameState> = {
    name: "NamedItem",
    props: {
      name: { get: (n) => n.name },
      type: { get: (n, ctx) => (n.target ? (nameFormula(ctx.host.state, n) === "=#REF!" ? "Error" : "Range") : "String") },
      value: { get: (n, ctx) => nameFormula(ctx.host.state, n).slice(1).replace(/^"(.*)"$/, "$1") },
      formula: {
        get: (n, ctx) => nameFormula(ctx.host.state, n),
        set: (n, v, ctx) => {
          const parsed = parseReference(ctx.host.state, String(v));
          n.target = parsed.target;
          n.constant = parsed.constant;
        },
      },
      visible: {
        get: (n) => n.visible,
        set: (n, v, ctx) => {
          // office-js #3878 / #3949: hiding an existing name is ignored; hiding one just added works, unless the host ignores it too.
          if (!v && (ctx.host.quirks.nameHidingIgnored || n.addedAtSync !== ctx.host.stats.syncs)) return;
          n.visible = Boolean(v);
        },
      },
      comment: { get: (n) => n.comment, set: (n, v) => void (n.comment = String(v)) },
      scope: { get: () => "Workbook" },
    },
  };
  constructor(ctx: StandinContext, path: string, locate: () => NameState | null, nullable = false) {
    super(ctx, path, locate, nullable);
  }
  protected typeDef(): TypeDef<NameState> {
    return NamedItem.def;
  }
  protected override isAlive(n: NameState): boolean {
    return this.context.host.state.names.includes(n);
  }
  delete(): void {
    this.call("delete", [], () => {
      const n = this.entity();
      this.context.host.state.names = this.context.host.state.names.filter((x) => x !== n);
    });
  }
  private rangeOf(nullable: boolean): Range {
    return new Range(
      this.context,
      `${this.path}.getRange${nullable ? "OrNullObject" : ""}()`,
      () => {
        const n = this.entity();
        const sheet = n.target ? sheetById(this.context.host.state, n.target.sheetId) : undefined;
        if (sheet && n.target) return { sheet, rect: n.target.rect };
        if (nullable) return null;
        throw officeError(StandinErrorCodes.invalidReference, `The name '${n.name}' does not refer to a range.`, "NamedItem.getRange");
      },
      nullable,
    );
  }
  getRange(): Range {
    return this.rangeOf(false);
  }
  getRangeOrNullObject(): Range {
    return this.rangeOf(true);
  }
}
installProps(NamedItem, NamedItem.def);

export class NamedItemCollection extends StandinCollection<NameState, NamedItem> {
  constructor(ctx: StandinContext, path: string) {
    super(ctx, path, () => ctx.host.state.names);
  }
  protected itemType(): string {
    return "NamedItem";
  }
  protected makeItem(entity: NameState, path: string): NamedItem {
    return new NamedItem(this.context, path, () => entity);
  }
  private find(name: string): NameState | null {
    const k = name.toLowerCase();
    return this.context.host.state.names.find((n) => n.name.toLowerCase() === k) ?? null;
  }
  getItem(name: string): NamedItem {
    return new NamedItem(this.context, `${this.path}.getItem(${name})`, () => {
      const n = this.find(name);
      if (!n) throw officeError(StandinErrorCodes.itemNotFound, `The name '${name}' doesn't exist.`, "NamedItemCollection.getItem");
      return n;
    });
  }
  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, `${this.path}.getItemOrNullObject(${name})`, () => {
      this.gate("getItemOrNullObject");
      return this.find(name);
    }, true);
  }
  add(name: string, reference: Range | string, comment = ""): NamedItem {
    let created: NameState | undefined;
    const text = typeof reference === "string" ? reference : undefined;
    this.call("add", [name, text ?? "range", comment], () => {
      const state = this.context.host.state;
      if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw officeError(StandinErrorCodes.invalidArgument, `'${name}' is not a valid name.`, "NamedItemCollection.add");
      if (this.find(name)) throw officeError(StandinErrorCodes.itemAlreadyExists, `The name '${name}' already exists.`, "NamedItemCollection.add");
      const target = reference instanceof Range ? { target: { sheetId: reference.entity().sheet.id, rect: { ...reference.entity().rect } } } : parseReference(state, String(reference));
      created = { name, ...target, visible: true, comment, addedAtSync: state === this.context.host.state ? this.context.host.stats.syncs : undefined };
      state.names.push(created);
    });
    return new NamedItem(this.context, `${this.path}.add(${name})`, () => created ?? null);
  }
}
