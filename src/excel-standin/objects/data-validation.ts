/**
 * Excel.DataValidation (ExcelApi 1.8) on a range: rule, prompt, errorAlert, ignoreBlanks, type, clear.
 * As in Excel, setting a rule replaces the validations of the cells it covers; the prompt and alert
 * belong to the validation of the range. Excel's limits are enforced: one kind of rule at a time, a
 * title of at most 32 characters and a message of at most 255.
 */
import { intersects, type Rect } from "../a1";
import { installProps, StandinObject, type TypeDef } from "../client-object";
import type { StandinContext } from "../context";
import { officeError, StandinErrorCodes } from "../errors";
import type { DataValidationState } from "../state";
import { assertEditable, type RangeEntity } from "./range";

const KINDS: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};

const same = (a: Rect, b: Rect) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
const inside = (a: Rect, b: Rect) => a.row >= b.row && a.col >= b.col && a.row + a.rows <= b.row + b.rows && a.col + a.cols <= b.col + b.cols;

function invalid(message: string, member: string): Error {
  return officeError(StandinErrorCodes.invalidArgument, message, member);
}

function checkTexts(title: unknown, message: unknown, member: string): void {
  if (typeof title === "string" && title.length > 32) throw invalid("The title can have at most 32 characters.", member);
  if (typeof message === "string" && message.length > 255) throw invalid("The message can have at most 255 characters.", member);
}

/** The validation of exactly this range, created (any value) when there is none. */
function own(e: RangeEntity): DataValidationState {
  const found = e.sheet.validations.find((v) => same(v.rect, e.rect));
  if (found) return found;
  const created: DataValidationState = { rect: { ...e.rect }, rule: {}, ignoreBlanks: true };
  setRule(e, created, {});
  return created;
}

function setRule(e: RangeEntity, v: DataValidationState, rule: Record<string, unknown>): void {
  e.sheet.validations = [...e.sheet.validations.filter((x) => x === v || !inside(x.rect, e.rect)), ...(e.sheet.validations.includes(v) ? [] : [v])];
  v.rule = rule;
}

export class DataValidation extends StandinObject<RangeEntity> {
  static readonly def: TypeDef<RangeEntity> = {
    name: "DataValidation",
    props: {
      type: {
        get: (e) => {
          const found = e.sheet.validations.filter((v) => intersects(v.rect, e.rect));
          if (found.length === 0) return "None";
          if (found.length > 1 || !same(found[0].rect, e.rect)) return "Inconsistent";
          const kind = Object.keys(found[0].rule)[0];
          return kind === undefined ? "None" : KINDS[kind];
        },
      },
      rule: {
        get: (e) => structuredClone(e.sheet.validations.find((v) => same(v.rect, e.rect))?.rule ?? {}),
        set: (e, value) => {
          assertEditable(e.sheet);
          const rule = JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
          const kinds = Object.keys(rule);
          if (kinds.length !== 1 || KINDS[kinds[0]] === undefined) throw invalid("A data validation rule has exactly one kind of rule.", "DataValidation.rule");
          const body = rule[kinds[0]] as Record<string, unknown>;
          if (kinds[0] === "list" && typeof body.source !== "string") throw invalid("A list rule needs a source.", "DataValidation.rule");
          if (kinds[0] === "custom" && typeof body.formula !== "string") throw invalid("A custom rule needs a formula.", "DataValidation.rule");
          if (!["list", "custom"].includes(kinds[0]) && (body.formula1 === undefined || typeof body.operator !== "string")) {
            throw invalid("A rule needs formula1 and an operator.", "DataValidation.rule");
          }
          if (body.operator === "Between" && body.formula2 === undefined) throw invalid("A Between rule needs formula2.", "DataValidation.rule");
          setRule(e, own(e), rule);
        },
      },
      prompt: {
        get: (e) => ({ title: "", message: "", showPrompt: false, ...e.sheet.validations.find((v) => same(v.rect, e.rect))?.prompt }),
        set: (e, value) => {
          assertEditable(e.sheet);
          const p = (value ?? {}) as { title?: string; message?: string; showPrompt?: boolean };
          checkTexts(p.title, p.message, "DataValidation.prompt");
          own(e).prompt = { title: p.title ?? "", message: p.message ?? "", showPrompt: p.showPrompt ?? true };
        },
      },
      errorAlert: {
        get: (e) => ({ title: "", message: "", style: "Stop", showAlert: true, ...e.sheet.validations.find((v) => same(v.rect, e.rect))?.errorAlert }),
        set: (e, value) => {
          assertEditable(e.sheet);
          const a = (value ?? {}) as { title?: string; message?: string; style?: string; showAlert?: boolean };
          checkTexts(a.title, a.message, "DataValidation.errorAlert");
          if (a.style !== undefined && !["Stop", "Warning", "Information"].includes(a.style)) throw invalid(`Unknown alert style ${a.style}.`, "DataValidation.errorAlert");
          own(e).errorAlert = { title: a.title ?? "", message: a.message ?? "", style: a.style ?? "Stop", showAlert: a.showAlert ?? true };
        },
      },
      ignoreBlanks: {
        get: (e) => e.sheet.validations.find((v) => same(v.rect, e.rect))?.ignoreBlanks ?? true,
        set: (e, value) => {
          assertEditable(e.sheet);
          own(e).ignoreBlanks = Boolean(value);
        },
      },
      valid: { get: () => true },
    },
  };

  constructor(ctx: StandinContext, path: string, range: () => RangeEntity) {
    super(ctx, path, range);
  }

  protected typeDef(): TypeDef<RangeEntity> {
    return DataValidation.def;
  }

  clear(): void {
    this.call("clear", [], () => {
      const e = this.entity();
      assertEditable(e.sheet);
      e.sheet.validations = e.sheet.validations.filter((v) => !intersects(v.rect, e.rect));
    });
  }
}
installProps(DataValidation, DataValidation.def);
