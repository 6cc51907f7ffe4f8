/**
 * One generated worksheet part from a SheetSpec: cells as inline strings (sharedStrings.xml is never
 * touched), number formats through the report's cell styles, frozen panes, conditional formats,
 * internal hyperlinks, landscape fit-to-width printing, and references to its drawing and tables.
 * Elements follow the CT_Worksheet sequence of ECMA-376, which Excel enforces.
 */
import { dayFromIso, serialFromDay } from "../../../core/model/dates";
import type { ConditionalRule, DataValidationSpec, SheetSpec, SpecCell } from "../../../workbook/sheet-spec";
import { variantKey, type StyleIndexes } from "./styles";
import { cellRef, columnLetters, escapeXml, sheetPrefix, xmlNumber } from "./xml";

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;

export interface WorksheetContext {
  styles: StyleIndexes;
  date1904: boolean;
  /** Relationship ids in the sheet's rels, when the sheet has a drawing or tables. */
  drawingRelId?: string;
  tableRelIds: string[];
  tabSelected?: boolean;
}

function cellXml(ref: string, cell: SpecCell, ctx: WorksheetContext): string {
  const variant = variantKey(cell);
  const index = variant !== undefined ? ctx.styles.variants.get(variant) : cell.style ? ctx.styles.cell[cell.style] : undefined;
  const s = index !== undefined ? ` s="${index}"` : "";
  const v = cell.value;
  if (v === null || v === "" || (typeof v === "number" && !Number.isFinite(v))) return s ? `<c r="${ref}"${s}/>` : "";
  if (cell.type === "date" && typeof v === "string") {
    const day = dayFromIso(v);
    if (!Number.isNaN(day)) return `<c r="${ref}"${s}><v>${serialFromDay(day, ctx.date1904)}</v></c>`;
  }
  if (typeof v === "number" && cell.type !== "text") return `<c r="${ref}"${s}><v>${xmlNumber(v)}</v></c>`;
  if (typeof v === "boolean" && cell.type !== "text") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  // Everything else is text, written as an inline string: never a formula, whatever it starts with.
  const text = String(v).slice(0, MAX_CELL_TEXT);
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

function sheetViewXml(spec: SheetSpec, ctx: WorksheetContext): string {
  const grid = spec.gridlines === false ? ' showGridLines="0"' : "";
  const selected = ctx.tabSelected ? ' tabSelected="1"' : "";
  const rows = spec.freeze?.rows ?? 0;
  const cols = spec.freeze?.cols ?? 0;
  if (rows === 0 && cols === 0) return `<sheetViews><sheetView${grid}${selected} workbookViewId="0"/></sheetViews>`;
  const topLeft = cellRef(rows + 1, cols + 1);
  const pane = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
  const split = `${cols ? ` xSplit="${cols}"` : ""}${rows ? ` ySplit="${rows}"` : ""}`;
  return (
    `<sheetViews><sheetView${grid}${selected} workbookViewId="0"><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

const OPERATOR_FORMULAS = (values: number[]) => values.map((n) => `<formula>${xmlNumber(n)}</formula>`).join("");

function ruleXml(rule: ConditionalRule, priority: number, ctx: WorksheetContext): string {
  const dxf = ctx.styles.dxf[rule.style];
  if (rule.type === "textEquals") {
    const literal = `"${rule.text.replace(/"/g, '""')}"`;
    return `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority}" stopIfTrue="1" operator="equal"><formula>${escapeXml(literal)}</formula></cfRule>`;
  }
  return `<cfRule type="cellIs" dxfId="${dxf}" priority="${priority}" stopIfTrue="1" operator="${rule.operator}">${OPERATOR_FORMULAS(rule.values)}</cfRule>`;
}

/** Excel's limits: a title holds 32 characters, a message 255, a literal list 255 (with its commas). */
const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max - 1) + "…" : text);
/** An attribute value keeping its line breaks (a parser turns a raw line break into a space). */
const attr = (text: string, max: number) => escapeXml(clip(text, max)).replace(/\r?\n/g, "&#10;");

/** The formula of a validation bound: a number, or an ISO date as a serial of the workbook's date system. */
function boundXml(tag: "formula1" | "formula2", value: number | string, ctx: WorksheetContext): string {
  const n = typeof value === "number" ? value : serialFromDay(dayFromIso(value), ctx.date1904);
  if (!Number.isFinite(n)) throw new Error(`A data validation bound is not a number or date: ${value}`);
  return `<${tag}>${xmlNumber(n)}</${tag}>`;
}

/** One `<dataValidation>` (CT_DataValidation: formula1, formula2; messages as attributes). */
export function validationXml(v: DataValidationSpec, ctx: WorksheetContext): string {
  const attrs: string[] = [];
  let formulas = "";
  const rule = v.rule;
  if (rule.type === "list") {
    const literal = rule.values.map((w) => w.replace(/"/g, '""')).join(",");
    if (rule.values.some((w) => w.includes(",")) || literal.length > 255) throw new Error("A drop-down's words hold a comma or are longer than 255 characters together: use a listRef.");
    attrs.push(`type="list"`);
    formulas = `<formula1>${escapeXml(`"${literal}"`)}</formula1>`;
  } else if (rule.type === "listRef") {
    attrs.push(`type="list"`);
    formulas = `<formula1>${escapeXml(rule.ref)}</formula1>`;
  } else if (rule.type === "custom") {
    attrs.push(`type="custom"`);
    formulas = `<formula1>${escapeXml(rule.formula.replace(/^=/, ""))}</formula1>`;
  } else if (rule.type === "any") {
    // type="none" is the schema default: any value, with the input message.
  } else {
    attrs.push(`type="${rule.type}"`);
    const { min, max } = rule;
    if (min !== undefined && max !== undefined) {
      attrs.push(`operator="between"`);
      formulas = boundXml("formula1", min, ctx) + boundXml("formula2", max, ctx);
    } else if (min !== undefined) {
      attrs.push(`operator="greaterThanOrEqual"`);
      formulas = boundXml("formula1", min, ctx);
    } else if (max !== undefined) {
      attrs.push(`operator="lessThanOrEqual"`);
      formulas = boundXml("formula1", max, ctx);
    } else {
      throw new Error(`A ${rule.type} validation needs a bound (${v.ref}).`);
    }
  }
  if (v.error) attrs.push(`errorStyle="${v.error.style}"`);
  attrs.push(`allowBlank="1"`);
  if (v.prompt) attrs.push(`showInputMessage="1"`);
  if (v.error) attrs.push(`showErrorMessage="1"`);
  if (v.error) attrs.push(`errorTitle="${attr(v.error.title, 32)}" error="${attr(v.error.text, 255)}"`);
  if (v.prompt) attrs.push(`promptTitle="${attr(v.prompt.title, 32)}" prompt="${attr(v.prompt.text, 255)}"`);
  return `<dataValidation ${attrs.join(" ")} sqref="${v.ref}">${formulas}</dataValidation>`;
}

/** The worksheet XML as one string (small sheets and tests; the package writer streams it: writeWorksheet). */
export function worksheetXml(spec: SheetSpec, ctx: WorksheetContext): string {
  const out: string[] = [];
  writeWorksheet(spec, ctx, (text) => out.push(text));
  return out.join("");
}

/** Column letters of the first columns, computed once: a cell reference is made for every cell. */
const LETTERS: string[] = Array.from({ length: 256 }, (_v, i) => columnLetters(i + 1));
const letters = (col: number) => (col <= LETTERS.length ? LETTERS[col - 1] : columnLetters(col));

/**
 * The worksheet XML, handed to `out` in order a row at a time, so a 100k-row sheet is never one
 * string (the package writer deflates it as it comes: Parts.stream).
 */
export function writeWorksheet(spec: SheetSpec, ctx: WorksheetContext, out: (text: string) => void): void {
  out(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`);
  out(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`);
  const fit = spec.print?.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : "";
  const tab = spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.replace(/^#/, "").toUpperCase()}"/>` : "";
  if (fit || tab) out(`<sheetPr>${tab}${fit}</sheetPr>`);
  const width = spec.rows.reduce((w, r) => Math.max(w, r.length), Math.max(1, spec.columns.length));
  out(`<dimension ref="A1:${cellRef(Math.max(1, spec.rows.length), width)}"/>`);
  out(sheetViewXml(spec, ctx));
  out(`<sheetFormatPr defaultRowHeight="15"/>`);
  if (spec.columns.length) {
    let cols = "<cols>";
    spec.columns.forEach((c, i) => {
      const style = c.style ? ` style="${ctx.styles.cell[c.style]}"` : "";
      cols += `<col min="${i + 1}" max="${i + 1}" width="${xmlNumber(c.width)}"${style} customWidth="1"/>`;
    });
    out(cols + "</cols>");
  }
  out("<sheetData>");
  const links: string[] = [];
  const rows = spec.rows;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const rowNumber = r + 1;
    let body = "";
    let tall = false;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      const ref = letters(c + 1) + rowNumber;
      body += cellXml(ref, cell, ctx);
      if (cell.style === "title") tall = true;
      if (cell.link) {
        const display = cell.value === null ? "" : ` display="${escapeXml(String(cell.value).slice(0, 255))}"`;
        links.push(`<hyperlink ref="${ref}" location="${escapeXml(sheetPrefix(cell.link.sheet) + cell.link.cell)}"${display}/>`);
      }
    }
    if (body) out(`<row r="${rowNumber}"${tall ? ' ht="24" customHeight="1"' : ""}>${body}</row>`);
  }
  out("</sheetData>");
  if (spec.merges?.length) out(`<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`);
  let priority = 1;
  for (const cf of spec.conditionalFormats ?? []) {
    out(`<conditionalFormatting sqref="${cf.ref}">`);
    for (const rule of cf.rules) out(ruleXml(rule, priority++, ctx));
    out("</conditionalFormatting>");
  }
  if (spec.validations?.length) out(`<dataValidations count="${spec.validations.length}">${spec.validations.map((v) => validationXml(v, ctx)).join("")}</dataValidations>`);
  if (links.length) {
    out("<hyperlinks>");
    for (const link of links) out(link);
    out("</hyperlinks>");
  }
  out(`<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>`);
  if (spec.print) out(`<pageSetup orientation="${spec.print.landscape ? "landscape" : "portrait"}"${spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`);
  const breaks = [...new Set(spec.print?.rowBreaks ?? [])].filter((r) => Number.isInteger(r) && r > 0).sort((a, b) => a - b);
  if (breaks.length) out(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>`);
  const colBreaks = [...new Set(spec.print?.colBreaks ?? [])].filter((c) => Number.isInteger(c) && c > 0).sort((a, b) => a - b);
  if (colBreaks.length) out(`<colBreaks count="${colBreaks.length}" manualBreakCount="${colBreaks.length}">${colBreaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join("")}</colBreaks>`);
  // Ids like "1001" are written as text on purpose; spare readers Excel's "number stored as text" flags.
  out(`<ignoredErrors><ignoredError sqref="A1:${cellRef(Math.max(1, spec.rows.length), width)}" numberStoredAsText="1"/></ignoredErrors>`);
  if (ctx.drawingRelId) out(`<drawing r:id="${ctx.drawingRelId}"/>`);
  if (ctx.tableRelIds.length) out(`<tableParts count="${ctx.tableRelIds.length}">${ctx.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`);
  out("</worksheet>");
}

/** Text of a spec cell as a chart category or table header sees it. */
export function cellText(cell: SpecCell | null | undefined): string {
  if (!cell || cell.value === null) return "";
  return String(cell.value);
}


