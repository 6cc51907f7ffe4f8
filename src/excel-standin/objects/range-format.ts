/** Excel.RangeFormat, RangeFont and RangeFill: column widths and per-cell styles of a range. */
import { installProps, StandinObject, type TypeDef } from "../client-object";
import type { StandinContext } from "../context";
import { cellKey, getValue, type CellStyle } from "../state";
import { assertEditable, type RangeEntity } from "./range";

/** Excel's default column width: 8.43 characters of Calibri 11, 64 px, 48 pt. */
export const DEFAULT_COLUMN_WIDTH_POINTS = 48;

function styleOf(e: RangeEntity): CellStyle {
  return e.sheet.styles.get(cellKey(e.rect.row, e.rect.col)) ?? {};
}

/** Sets one style attribute on every cell of the range. */
function styleSetter<K extends keyof CellStyle>(key: K, convert: (v: unknown) => CellStyle[K] = (v) => v as CellStyle[K]) {
  return (e: RangeEntity, value: unknown) => {
    assertEditable(e.sheet);
    const v = convert(value);
    for (let i = 0; i < e.rect.rows; i++) {
      for (let j = 0; j < e.rect.cols; j++) {
        const k = cellKey(e.rect.row + i, e.rect.col + j);
        const next = { ...e.sheet.styles.get(k), [key]: v };
        e.sheet.styles.set(k, next);
      }
    }
  };
}

abstract class RangePart extends StandinObject<RangeEntity> {
  constructor(context: StandinContext, path: string, range: () => RangeEntity) {
    super(context, path, range);
  }
}

export class RangeFont extends RangePart {
  static readonly def: TypeDef<RangeEntity> = {
    name: "RangeFont",
    props: {
      bold: { get: (e) => styleOf(e).bold ?? false, set: styleSetter("bold", Boolean) },
      italic: { get: (e) => styleOf(e).italic ?? false, set: styleSetter("italic", Boolean) },
      underline: { get: (e) => (styleOf(e).underline ? "Single" : "None"), set: styleSetter("underline", (v) => v !== "None") },
      color: { get: (e) => styleOf(e).fontColor ?? "#000000", set: styleSetter("fontColor", (v) => String(v).toUpperCase()) },
      size: { get: (e) => styleOf(e).fontSize ?? 11, set: styleSetter("fontSize", Number) },
      name: { get: () => "Calibri", set: () => undefined },
    },
  };
  protected typeDef(): TypeDef<RangeEntity> {
    return RangeFont.def;
  }
}
installProps(RangeFont, RangeFont.def);

export class RangeFill extends RangePart {
  static readonly def: TypeDef<RangeEntity> = {
    name: "RangeFill",
    props: { color: { get: (e) => styleOf(e).fill ?? "#FFFFFF", set: styleSetter("fill", (v) => String(v).toUpperCase()) } },
  };
  protected typeDef(): TypeDef<RangeEntity> {
    return RangeFill.def;
  }
  clear(): void {
    this.call("clear", [], () => styleSetter("fill", () => undefined)(this.entity(), undefined));
  }
}
installProps(RangeFill, RangeFill.def);

export class RangeFormat extends RangePart {
  static readonly def: TypeDef<RangeEntity> = {
    name: "RangeFormat",
    navs: ["font", "fill"],
    props: {
      columnWidth: {
        get: (e) => e.sheet.columnWidths.get(e.rect.col) ?? DEFAULT_COLUMN_WIDTH_POINTS,
        set: (e, v) => {
          assertEditable(e.sheet);
          for (let j = 0; j < e.rect.cols; j++) e.sheet.columnWidths.set(e.rect.col + j, Number(v));
        },
      },
      horizontalAlignment: { get: (e) => styleOf(e).horizontalAlignment ?? "General", set: styleSetter("horizontalAlignment", String) },
      wrapText: { get: (e) => styleOf(e).wrapText ?? false, set: styleSetter("wrapText", Boolean) },
    },
  };
  protected typeDef(): TypeDef<RangeEntity> {
    return RangeFormat.def;
  }

  get font(): RangeFont {
    return this.child("font", () => new RangeFont(this.context, `${this.path}.font`, () => this.entity()));
  }

  get fill(): RangeFill {
    return this.child("fill", () => new RangeFill(this.context, `${this.path}.fill`, () => this.entity()));
  }

  /** Widens columns to their longest text, about 7 px per character as Calibri 11 renders digits. */
  autofitColumns(): void {
    this.call("autofitColumns", [], () => {
      const e = this.entity();
      for (let j = 0; j < e.rect.cols; j++) {
        let longest = 0;
        for (let i = 0; i < e.rect.rows; i++) longest = Math.max(longest, String(getValue(e.sheet, e.rect.row + i, e.rect.col + j)).length);
        e.sheet.columnWidths.set(e.rect.col + j, longest === 0 ? DEFAULT_COLUMN_WIDTH_POINTS : ((longest * 7 + 5) * 3) / 4);
      }
    });
  }

  autofitRows(): void {
    this.call("autofitRows", [], () => void this.entity());
  }
}
installProps(RangeFormat, RangeFormat.def);
