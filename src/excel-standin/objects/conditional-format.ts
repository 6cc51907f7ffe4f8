/** Excel.ConditionalFormatCollection / ConditionalFormat with the CellValue and ContainsText kinds. */
import { intersects } from "../a1";
import { installProps, StandinObject, type TypeDef } from "../client-object";
import { StandinCollection } from "../collection";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import type { ConditionalFormatState } from "../state";
import { assertEditable, Range, type RangeEntity } from "./range";

interface CfEntity {
  cf: ConditionalFormatState;
  range: RangeEntity;
}

class CfFont extends StandinObject<CfEntity> {
  static readonly def: TypeDef<CfEntity> = {
    name: "ConditionalRangeFont",
    props: {
      bold: { get: (e) => e.cf.format.bold ?? false, set: (e, v) => void (e.cf.format.bold = Boolean(v)) },
      color: { get: (e) => e.cf.format.fontColor ?? null, set: (e, v) => void (e.cf.format.fontColor = String(v).toUpperCase()) },
    },
  };
  constructor(ctx: StandinContext, path: string, cf: () => CfEntity) {
    super(ctx, path, cf);
  }
  protected typeDef(): TypeDef<CfEntity> {
    return CfFont.def;
  }
}
installProps(CfFont, CfFont.def);

class CfFill extends StandinObject<CfEntity> {
  static readonly def: TypeDef<CfEntity> = {
    name: "ConditionalRangeFill",
    props: { color: { get: (e) => e.cf.format.fill ?? null, set: (e, v) => void (e.cf.format.fill = String(v).toUpperCase()) } },
  };
  constructor(ctx: StandinContext, path: string, cf: () => CfEntity) {
    super(ctx, path, cf);
  }
  protected typeDef(): TypeDef<CfEntity> {
    return CfFill.def;
  }
}
installProps(CfFill, CfFill.def);

class CfRangeFormat extends StandinObject<CfEntity> {
  static readonly def: TypeDef<CfEntity> = { name: "ConditionalRangeFormat", navs: ["font", "fill"], props: {} };
  constructor(ctx: StandinContext, path: string, cf: () => CfEntity) {
    super(ctx, path, cf);
  }
  protected typeDef(): TypeDef<CfEntity> {
    return CfRangeFormat.def;
  }
  get font(): CfFont {
    return this.child("font", () => new CfFont(this.context, `${this.path}.font`, () => this.entity()));
  }
  get fill(): CfFill {
    return this.child("fill", () => new CfFill(this.context, `${this.path}.fill`, () => this.entity()));
  }
}

/** CellValueConditionalFormat and TextConditionalFormat differ only in their rule's shape. */
class CfKind extends StandinObject<CfEntity> {
  static readonly def: TypeDef<CfEntity> = {
    name: "ConditionalFormatKind",
    navs: ["format"],
    props: {
      rule: {
        get: (e) => ({ ...e.cf.rule }),
        set: (e, v) => {
          assertEditable(e.range.sheet);
          const rule = v as ConditionalFormatState["rule"];
          if (!rule || typeof rule.operator !== "string") throw officeError(StandinErrorCodes.invalidArgument, "The conditional format rule is invalid.", "ConditionalFormat.rule");
          e.cf.rule = { ...rule };
        },
      },
    },
  };
  constructor(ctx: StandinContext, path: string, cf: () => CfEntity) {
    super(ctx, path, cf);
  }
  protected typeDef(): TypeDef<CfEntity> {
    return CfKind.def;
  }
  get format(): CfRangeFormat {
    return this.child("format", () => new CfRangeFormat(this.context, `${this.path}.format`, () => this.entity()));
  }
}
installProps(CfKind, CfKind.def);

export class ConditionalFormat extends StandinObject<CfEntity> {
  static readonly def: TypeDef<CfEntity> = {
    name: "ConditionalFormat",
    props: {
      id: { get: (e) => e.cf.id },
      type: { get: (e) => e.cf.type },
      stopIfTrue: { get: (e) => e.cf.stopIfTrue, set: (e, v) => void (e.cf.stopIfTrue = Boolean(v)) },
      priority: {
        get: (e) => e.range.sheet.conditionalFormats.indexOf(e.cf),
        set: (e, v) => {
          const list = e.range.sheet.conditionalFormats.filter((cf) => cf !== e.cf);
          list.splice(Math.max(0, Math.min(list.length, Number(v))), 0, e.cf);
          e.range.sheet.conditionalFormats = list;
        },
      },
    },
  };
  constructor(ctx: StandinContext, path: string, cf: () => CfEntity | null) {
    super(ctx, path, cf);
  }
  protected typeDef(): TypeDef<CfEntity> {
    return ConditionalFormat.def;
  }
  get cellValue(): CfKind {
    return this.child("cellValue", () => new CfKind(this.context, `${this.path}.cellValue`, () => this.ofType("CellValue")));
  }
  get textComparison(): CfKind {
    return this.child("textComparison", () => new CfKind(this.context, `${this.path}.textComparison`, () => this.ofType("ContainsText")));
  }
  getRange(): Range {
    return new Range(this.context, `${this.path}.getRange()`, () => {
      const e = this.entity();
      return { sheet: e.range.sheet, rect: e.cf.rect };
    });
  }
  private ofType(type: ConditionalFormatState["type"]): CfEntity {
    const e = this.entity();
    if (e.cf.type !== type) throw officeError(StandinErrorCodes.invalidOperation, `The conditional format is of type ${e.cf.type}, not ${type}.`);
    return e;
  }
}
installProps(ConditionalFormat, ConditionalFormat.def);

export class ConditionalFormatCollection extends StandinCollection<CfEntity, ConditionalFormat> {
  private readonly range: () => RangeEntity;
  constructor(ctx: StandinContext, path: string, range: () => RangeEntity) {
    super(ctx, path, () => {
      const r = range();
      return r.sheet.conditionalFormats.filter((cf) => intersects(cf.rect, r.rect)).map((cf) => ({ cf, range: r }));
    });
    this.range = range;
  }
  protected itemType(): string {
    return "ConditionalFormat";
  }
  protected makeItem(entity: CfEntity, path: string): ConditionalFormat {
    return new ConditionalFormat(this.context, path, () => entity);
  }

  add(type: string): ConditionalFormat {
    let created: CfEntity | undefined;
    this.call("add", [type], () => {
      const r = this.range();
      assertEditable(r.sheet);
      if (type !== "CellValue" && type !== "ContainsText" && type !== "Custom") {
        throw officeError(StandinErrorCodes.invalidArgument, `Conditional format type ${type} is not supported by the stand-in.`, "ConditionalFormatCollection.add");
      }
      const cf: ConditionalFormatState = { id: `{CF${this.context.host.state.nextId++}}`, type, rect: { ...r.rect }, rule: { operator: "" }, format: {}, stopIfTrue: false };
      // Excel gives a new conditional format the highest priority (first in the list).
      r.sheet.conditionalFormats.unshift(cf);
      created = { cf, range: r };
    });
    return new ConditionalFormat(this.context, `${this.path}.add(${type})`, () => created ?? null);
  }

  clearAll(): void {
    this.call("clearAll", [], () => {
      const r = this.range();
      assertEditable(r.sheet);
      r.sheet.conditionalFormats = r.sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, r.rect));
    });
  }
}
