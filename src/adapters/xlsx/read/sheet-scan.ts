/**
 * One pass over a worksheet part's bytes: cell values (shared and inline strings, numbers, booleans,
 * errors, formula results, `t="d"` dates), each number's format, and the merged ranges. Elements are
 * matched by local name under the prefix the root element uses (so `<x:c>` as the Open XML SDK writes it
 * reads like `<c>`); rows and cells without `r` follow the one before. Text is decoded only for cells
 * that hold text; numbers are parsed from the bytes. Pure: runs wherever the core runs.
 *
 * Why not a well-kept tokenizer: on the 10k-project benchmark workbook (37 MB of sheet XML) this scan,
 * building every value, took 288 ms of CPU; tokenizing alone (no values) took 499 ms with saxes 5 and
 * 454 ms with htmlparser2 10 in xmlMode, both on text already decoded (2026-12-03, median of 3).
 */
import type { CellValue } from "../../../workbook/grid";
import { FormatRows } from "./format-rows";
import { decodeEntities, decodeEscapes } from "./text";

export interface SheetStyles {
  /** Cell style index (`s`) -> number format code, when it has one. */
  formats: (string | undefined)[];
  /** Cell style index -> whether that format shows a date (numbers then go through a millisecond Date). */
  dates: boolean[];
}

export interface ScanContext {
  shared: string[];
  styles: SheetStyles;
  date1904: boolean;
  /** The part's name, for messages. */
  part: string;
  /**
   * The workbook asks to be recalculated when opened (`<calcPr fullCalcOnLoad="1">`, as openpyxl and
   * XlsxWriter write it): the results stored with its formulas (XlsxWriter stores 0) are not trusted.
   */
  recalculateOnLoad?: boolean;
}

export interface SheetCells {
  /** rows[r - 1][c - 1]: the value of the cell at row r, column c (holes are empty cells). */
  rows: CellValue[][];
  /** Same shape: the number format of a number cell, when not General. */
  formats: (string | null)[][];
  /** Merged ranges as written ("B2:D2"). */
  merges: string[];
  /** Rows written `hidden="1"` (1-based, in the order met; a row written twice may appear twice). */
  hiddenRows: number[];
  /**
   * Formula cells without a trusted result, as (row, column) pairs, 1-based, in the order met: no `<v>`
   * (openpyxl writes none), or any formula when the workbook asks to be recalculated on load.
   */
  uncalculated: number[];
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;
const EQ = 61;

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

// Local names, as byte codes, compared without building strings.
const enum Tag {
  Other,
  Worksheet,
  SheetData,
  Row,
  C,
  V,
  F,
  Is,
  T,
  R,
  RPh,
  MergeCell,
}

function tagOf(b: Uint8Array, s: number, e: number): Tag {
  const len = e - s;
  const c0 = b[s];
  if (len === 1) {
    if (c0 === 99) return Tag.C; // c
    if (c0 === 118) return Tag.V; // v
    if (c0 === 102) return Tag.F; // f
    if (c0 === 116) return Tag.T; // t
    if (c0 === 114) return Tag.R; // r
    return Tag.Other;
  }
  if (len === 2) return c0 === 105 && b[s + 1] === 115 ? Tag.Is : Tag.Other; // is
  if (len === 3) {
    if (c0 === 114 && b[s + 1] === 111 && b[s + 2] === 119) return Tag.Row; // row
    if (c0 === 114 && b[s + 1] === 80 && b[s + 2] === 104) return Tag.RPh; // rPh
    return Tag.Other;
  }
  if (len === 9 && equals(b, s, "sheetData")) return Tag.SheetData;
  if (len === 9 && equals(b, s, "worksheet")) return Tag.Worksheet;
  if (len === 9 && equals(b, s, "mergeCell")) return Tag.MergeCell;
  return Tag.Other;
}

function equals(b: Uint8Array, s: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (b[s + i] !== word.charCodeAt(i)) return false;
  return true;
}

const latin1 = (b: Uint8Array, s: number, e: number): string => {
  let out = "";
  for (let i = s; i < e; i++) out += String.fromCharCode(b[i]);
  return out;
};

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * parseFloat of the bytes, exactly: up to 15 significant digits and a decimal point, the integer and the
 * power of ten are both exact doubles, so one division is correctly rounded (what parseFloat gives).
 */
function parseNumber(b: Uint8Array, s: number, e: number): number {
  let i = s;
  let negative = false;
  if (b[i] === 45) {
    negative = true;
    i++;
  }
  let m = 0;
  let digits = 0;
  let frac = -1;
  for (; i < e; i++) {
    const ch = b[i];
    if (ch >= 48 && ch <= 57) {
      m = m * 10 + (ch - 48);
      digits++;
      if (frac >= 0) frac++;
    } else if (ch === 46 && frac < 0) frac = 0;
    else return parseFloat(latin1(b, s, e));
  }
  if (digits === 0 || digits > 15) return parseFloat(latin1(b, s, e));
  const v = frac > 0 ? m / POW10[frac] : m;
  return negative ? -v : v;
}

/** parseInt(text, 10) of the bytes. */
function parseInteger(b: Uint8Array, s: number, e: number): number {
  let m = 0;
  if (e - s > 0 && e - s <= 15) {
    let i = s;
    for (; i < e; i++) {
      const ch = b[i];
      if (ch < 48 || ch > 57) break;
      m = m * 10 + (ch - 48);
    }
    if (i === e) return m;
  }
  return parseInt(latin1(b, s, e), 10);
}

const MS_PER_DAY = 86_400_000;

/**
 * A serial shown with a date format, as the ExcelJS reader gave it (the contract the grids keep):
 * through a JavaScript Date, so rounded to the millisecond, and snapped to a whole day within 1e-8.
 */
export function dateSerial(v: number, date1904: boolean): CellValue {
  const offset = date1904 ? 1462 : 0;
  const ms = Math.round((v - 25_569 + offset) * MS_PER_DAY);
  if (!(Math.abs(ms) <= 8.64e15)) return null;
  const serial = ms / MS_PER_DAY + 25_569 - offset;
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-8 ? whole : serial;
}

const ISO = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?$/;

/** A `t="d"` cell's ISO 8601 text as a serial in the workbook's date system (a time alone is a fraction of a day). */
export function isoSerial(text: string, date1904: boolean): number | null {
  const t = TIME.exec(text);
  if (t) return (+t[1] * 3600 + +t[2] * 60 + +(t[3] ?? 0) + +(t[4] ?? 0)) / 86_400;
  const m = ISO.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), Math.round(+(m[7] ?? 0) * 1000));
  if (Number.isNaN(ms)) return null;
  const serial = ms / MS_PER_DAY + 25_569 - (date1904 ? 1462 : 0);
  const whole = Math.round(serial);
  return Math.abs(serial - whole) < 1e-9 ? whole : serial;
}

// Cell types, from the first letters of `t`.
const enum Type {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

function typeOf(b: Uint8Array, s: number, e: number): Type {
  const len = e - s;
  const c0 = b[s];
  if (c0 === 115) return len === 1 ? Type.Shared : Type.Str; // s, str
  if (c0 === 98) return Type.Bool; // b
  if (c0 === 101) return Type.Error; // e
  if (c0 === 105) return Type.Inline; // inlineStr
  if (c0 === 100 && len === 1) return Type.Date; // d
  return Type.Number;
}

/** Scans a worksheet part. Throws one sentence on a part that is not SpreadsheetML. */
export function scanSheet(b: Uint8Array, ctx: ScanContext): SheetCells {
  const scanner = new SheetScanner(ctx);
  scanner.feed(b, true);
  return scanner.finish();
}

/**
 * The scan, fed in pieces: a large part is inflated and scanned a few megabytes at a time, so the
 * whole inflated part is never in memory. Each piece is scanned up to its last `<` (every tag before
 * it is complete); the rest is kept for the next piece, and a value's text cut there is kept as text.
 */
export class SheetScanner {
  private readonly rows: CellValue[][] = [];
  private readonly formats: (string | null)[][] = [];
  private readonly merges: string[] = [];
  private readonly hiddenRows: number[] = [];
  private readonly uncalculated: number[] = [];
  private readonly formatRows = new FormatRows();
  /** The row (0-based) cells are being written into; the others are in their final, compact form. */
  private openRow = -1;
  private readonly decoder = new TextDecoder();
  // One table for every sheet read in this process: a fresh 65,536-slot table per sheet cost more than
  // reading a small sheet (200 submissions of four sheets: 0.45 s of 0.95 s), and equal texts of
  // different files then share one string.
  private readonly strings = sharedInterned();
  /** The root element's prefix (empty for none); undefined until the root is met. */
  private prefix: Uint8Array | undefined;
  private carry: Uint8Array | undefined;
  private row = 0;
  private col = 0;
  private inCell = false;
  private cellRow = 0;
  private cellCol = 0;
  private cellStyle = 0;
  private cellType = Type.Number;
  private hasFormula = false;
  private capture = false;
  private textMore: string | null = null;
  private inInline = false;
  private inPhonetic = 0;

  constructor(private readonly ctx: ScanContext) {}

  finish(): SheetCells {
    if (this.prefix === undefined) throw new Error(`its sheet part ${this.ctx.part} is empty`);
    this.seal(this.openRow);
    return { rows: this.rows, formats: this.formats, merges: this.merges, hiddenRows: this.hiddenRows, uncalculated: this.uncalculated };
  }

  /**
   * Cells now go into row `r` (0-based): the row written before is sealed. A row met again (cells out
   * of row order, rare) gets its own copy of its format row, which may be shared.
   */
  private open(r: number): void {
    this.seal(this.openRow);
    this.openRow = r;
    const f = this.formats[r];
    if (f !== undefined) this.formats[r] = f.slice();
  }

  /**
   * A finished row in its compact form (issue 15): values in an array of its exact length (a row grown
   * cell by cell keeps up to half again its length in spare slots), formats as the sheet's shared row
   * of the same pattern (FormatRows). At 100k projects the grids were 1.1 GB, mostly these spare slots
   * and the format rows.
   */
  private seal(r: number): void {
    if (r < 0) return;
    const vals = this.rows[r];
    if (vals !== undefined) this.rows[r] = vals.slice();
    const f = this.formats[r];
    if (f !== undefined) this.formats[r] = this.formatRows.share(f);
  }

  feed(piece: Uint8Array, final: boolean): void {
    let b = piece;
    if (this.carry !== undefined && this.carry.length > 0) {
      b = new Uint8Array(this.carry.length + piece.length);
      b.set(this.carry);
      b.set(piece, this.carry.length);
    }
    this.carry = undefined;
    let n = b.length;
    if (!final) {
      n = b.lastIndexOf(LT);
      if (n < 0) {
        this.carry = b.slice();
        return;
      }
    }
    const { ctx, rows, formats, merges, hiddenRows, decoder, strings } = this;
    const { styles } = ctx;
    let prefix = this.prefix;
    let row = this.row;
    let col = this.col;
    let inCell = this.inCell;
    let cellRow = this.cellRow;
    let cellCol = this.cellCol;
    let cellStyle = this.cellStyle;
    let cellType = this.cellType;
    let hasFormula = this.hasFormula;
    let capture = this.capture;
    // Text of <v> (or of the inline string's <t>s): one run as byte offsets, more as a string.
    let textStart = -1;
    let textEnd = -1;
    let textMore = this.textMore;
    let inInline = this.inInline;
    let inPhonetic = this.inPhonetic;
    /** Where the unscanned rest begins (carried to the next piece). */
    let stop = n;
  let p = 0;
  while (p < n) {
    // A loop, not indexOf: tags are a few bytes apart, and a builtin call per tag costs more than the bytes.
    let lt = p;
    while (lt < n && b[lt] !== LT) lt++;
    if (capture && lt > p) {
      // Text of the value: one run (the usual case) is kept as offsets, more are joined as a string.
      if (textStart < 0 && textMore === null) {
        textStart = p;
        textEnd = lt;
      } else {
        textMore = (textMore ?? (textStart >= 0 ? decoder.decode(b.subarray(textStart, textEnd)) : "")) + decoder.decode(b.subarray(p, lt));
        textStart = -1;
      }
    }
    if (lt >= n) break;
    let q = lt + 1;
    const c0 = b[q];
    if (c0 === BANG) {
      // Comment, CDATA or DOCTYPE.
      if (b[q + 1] === 91 /* [ */) {
        const end = indexOfSeq(b, "]]>", q);
        if (end < 0) {
          stop = lt;
          break;
        }
        if (capture && end > q + 8) {
          // CDATA is taken as written: escaped so that the entity pass leaves it alone.
          const literal = decoder.decode(b.subarray(q + 8, end)).replace(/&/g, "&amp;");
          textMore = (textMore ?? (textStart >= 0 ? decoder.decode(b.subarray(textStart, textEnd)) : "")) + literal;
          textStart = -1;
        }
        p = end + 3;
      } else if (b[q + 1] === 45) {
        const end = indexOfSeq(b, "-->", q);
        if (end < 0) {
          stop = lt;
          break;
        }
        p = end + 3;
      } else {
        throw new Error(`its sheet part ${ctx.part} declares a document type, which workbooks never do`);
      }
      continue;
    }
    if (c0 === QUESTION) {
      const end = indexOfSeq(b, "?>", q);
      if (end < 0) {
        stop = lt;
        break;
      }
      p = end + 2;
      continue;
    }
    const closing = c0 === SLASH;
    if (closing) q++;
    const nameStart = q;
    let colon = -1;
    for (; q < n; q++) {
      const ch = b[q];
      if (ch === GT || ch === SLASH || ch <= 32) break;
      if (ch === COLON) colon = q;
    }
    const localStart = colon < 0 ? nameStart : colon + 1;
    const thisPrefixLen = colon < 0 ? 0 : colon - nameStart;
    let tag: Tag;
    if (prefix === undefined) {
      // The root element: its prefix is the sheet's, and it must be bound to SpreadsheetML.
      tag = tagOf(b, localStart, q);
      prefix = b.slice(nameStart, nameStart + thisPrefixLen);
    } else if (thisPrefixLen !== prefix.length || (thisPrefixLen > 0 && !samePrefix(b, nameStart, prefix))) {
      tag = Tag.Other;
    } else {
      tag = tagOf(b, localStart, q);
    }

    // Attributes (quote-aware, so a '>' inside a value does not end the tag).
    let selfClosing = false;
    let rS = -1, rE = -1, sS = -1, sE = -1, tS = -1, tE = -1, refS = -1, refE = -1;
    let hidden = false;
    let rootNs: string | null = null;
    for (;;) {
      while (q < n && b[q] <= 32) q++;
      const ch = b[q];
      if (ch === GT) {
        q++;
        break;
      }
      if (ch === SLASH) {
        selfClosing = true;
        q++;
        continue;
      }
      if (q >= n) break;
      const aStart = q;
      while (q < n && b[q] !== EQ && b[q] > 32 && b[q] !== GT && b[q] !== SLASH) q++;
      const aEnd = q;
      while (q < n && b[q] <= 32) q++;
      if (b[q] !== EQ) continue; // an attribute without a value: not XML, skip the name
      q++;
      while (q < n && b[q] <= 32) q++;
      const quote = b[q];
      if (quote !== QUOTE && quote !== APOS) continue;
      const vStart = q + 1;
      let vEnd = vStart;
      while (vEnd < n && b[vEnd] !== quote) vEnd++;
      if (vEnd >= n) {
        q = n;
        break;
      }
      q = vEnd + 1;
      if (closing) continue;
      const aLen = aEnd - aStart;
      if (aLen === 1) {
        const a = b[aStart];
        if (a === 114) {
          rS = vStart; // r
          rE = vEnd;
        } else if (a === 115) {
          sS = vStart; // s
          sE = vEnd;
        } else if (a === 116) {
          tS = vStart; // t
          tE = vEnd;
        }
      } else if (aLen === 6 && tag === Tag.Row && equals(b, aStart, "hidden")) {
        // xsd:boolean: "1" or "true".
        hidden = vEnd - vStart > 0 && (b[vStart] === 49 || (b[vStart] === 116 && vEnd - vStart === 4));
      } else if (aLen === 3 && tag === Tag.MergeCell && equals(b, aStart, "ref")) {
        refS = vStart;
        refE = vEnd;
      } else if (tag === Tag.Worksheet && aLen >= 5 && equals(b, aStart, "xmlns")) {
        // xmlns (no prefix) or xmlns:p: keep the binding of the root's own prefix.
        const declared = aLen === 5 ? 0 : aLen - 6;
        if (declared === prefix.length && (declared === 0 || samePrefix(b, aStart + 6, prefix))) rootNs = decoder.decode(b.subarray(vStart, vEnd));
      }
    }
    p = q;

    if (tag === Tag.Worksheet && !closing) {
      if (rootNs === NS_STRICT) throw new Error(`it is saved as Strict Open XML, which this reader does not read; save it in Excel as an "Excel Workbook (.xlsx)"`);
      if (rootNs !== NS_MAIN) throw new Error(`its sheet part ${ctx.part} is not a SpreadsheetML worksheet`);
      continue;
    }
    switch (tag) {
      case Tag.Row:
        if (closing) break;
        row = rS >= 0 ? parseInteger(b, rS, rE) : row + 1;
        col = 0;
        // A row written twice (rows out of order): the later one is the row.
        if (rows[row - 1] !== undefined) {
          rows[row - 1] = undefined as unknown as CellValue[];
          formats[row - 1] = undefined as unknown as (string | null)[];
          const at = hiddenRows.lastIndexOf(row);
          if (at >= 0) hiddenRows.splice(at, 1);
        }
        if (hidden) hiddenRows.push(row);
        break;
      case Tag.C: {
        if (closing) {
          // A formula whose result the file does not store (or, in a workbook that asks to be recalculated
          // on load, stores untrusted) is not a value: it is listed, so the core can say so, and left empty.
          // Excel stores a result of "" as t="str" with an empty <v>: that is a result.
          if (inCell && hasFormula && (this.ctx.recalculateOnLoad === true || (textStart < 0 && textMore === null && cellType !== Type.Str))) {
            this.uncalculated.push(cellRow, cellCol);
          } else if (inCell && (textStart >= 0 || textMore !== null)) {
            const value = cellValue(b, textStart, textEnd, textMore, cellType, hasFormula, cellStyle, ctx, strings, decoder);
            // A formula's cached result is its value, 0 and FALSE included (as Range.values gives it in
            // Excel); a result of "" reads as empty, as Excel's "" for an empty cell does in the Office adapter.
            if (value !== null && !(hasFormula && value === "")) {
              const r = cellRow - 1;
              const c = cellCol - 1;
              if (r !== this.openRow) this.open(r);
              (rows[r] ??= [])[c] = value;
              if (typeof value === "number") {
                const f = styles.formats[cellStyle];
                if (f !== undefined && f !== "General") (formats[r] ??= [])[c] = f;
              }
            }
          }
          inCell = false;
          capture = false;
          inInline = false;
          break;
        }
        inCell = true;
        hasFormula = false;
        textStart = -1;
        textMore = null;
        inPhonetic = 0;
        cellStyle = sS >= 0 ? parseInteger(b, sS, sE) : 0;
        cellType = tS >= 0 ? typeOf(b, tS, tE) : Type.Number;
        if (rS >= 0) {
          let c = 0;
          let i = rS;
          for (; i < rE; i++) {
            const ch = b[i];
            if (ch >= 65 && ch <= 90) c = c * 26 + (ch - 64);
            else if (ch >= 97 && ch <= 122) c = c * 26 + (ch - 96);
            else break;
          }
          const r = i < rE ? parseInteger(b, i, rE) : row;
          cellCol = c > 0 ? c : col + 1;
          cellRow = Number.isFinite(r) && r > 0 ? r : row;
        } else {
          cellCol = col + 1;
          cellRow = row;
        }
        col = cellCol;
        if (selfClosing) inCell = false;
        break;
      }
      case Tag.V:
        if (!inCell) break;
        capture = !closing && !selfClosing;
        break;
      case Tag.F:
        if (inCell && !closing) hasFormula = true;
        break;
      case Tag.Is:
        if (inCell) inInline = !closing && !selfClosing;
        break;
      case Tag.RPh:
        if (inInline && !selfClosing) inPhonetic += closing ? -1 : 1;
        break;
      case Tag.T:
        if (inInline && inPhonetic === 0) capture = !closing && !selfClosing;
        break;
      case Tag.MergeCell:
        if (!closing && refS >= 0) merges.push(latin1(b, refS, refE).toUpperCase());
        break;
      default:
        break;
    }
  }
    if (p > stop) stop = p;
    // The next piece is another buffer: a value's text cut here is kept as text.
    if (textStart >= 0) textMore = (textMore ?? "") + decoder.decode(b.subarray(textStart, textEnd));
    if (!final) this.carry = b.slice(stop);
    this.prefix = prefix;
    this.row = row;
    this.col = col;
    this.inCell = inCell;
    this.cellRow = cellRow;
    this.cellCol = cellCol;
    this.cellStyle = cellStyle;
    this.cellType = cellType;
    this.hasFormula = hasFormula;
    this.capture = capture;
    this.textMore = textMore;
    this.inInline = inInline;
    this.inPhonetic = inPhonetic;
  }
}

/** The value of a finished cell from its text (one run as offsets, or joined text) and type. */
function cellValue(b: Uint8Array, textStart: number, textEnd: number, textMore: string | null, cellType: Type, hasFormula: boolean, cellStyle: number, ctx: ScanContext, strings: Interned, decoder: TextDecoder): CellValue {
  const single = textMore === null;
  switch (cellType) {
    case Type.Shared:
    case Type.Number:
    case Type.Date: {
      // A formula's result is read as a number whatever its type says (a shared-string index is not one).
      if (cellType === Type.Shared && !hasFormula) return ctx.shared[single ? parseInteger(b, textStart, textEnd) : parseInt(textMore, 10)] ?? null;
      if (cellType === Type.Date && !hasFormula) {
        const t = single ? strings.text(b, textStart, textEnd, decoder) : decodeEscapes(decodeEntities(textMore));
        return isoSerial(t.trim(), ctx.date1904) ?? t;
      }
      const v = single ? parseNumber(b, textStart, textEnd) : parseFloat(textMore);
      if (!Number.isFinite(v)) return null;
      return ctx.styles.dates[cellStyle] ? dateSerial(v, ctx.date1904) : v;
    }
    case Type.Bool:
      return (single ? parseInteger(b, textStart, textEnd) : parseInt(textMore, 10)) !== 0;
    default:
      // Str, Inline, Error: the text.
      return single ? strings.text(b, textStart, textEnd, decoder) : decodeEscapes(decodeEntities(textMore));
  }
}

const INTERN_MAX = 64;
const INTERN_SLOTS = 1 << 16;

let interned: Interned | undefined;
/** The process's table of short texts, made on first use; it holds at most INTERN_SLOTS strings of INTERN_MAX characters. */
function sharedInterned(): Interned {
  return (interned ??= new Interned());
}

/**
 * Texts of cells, one string per distinct short plain-ASCII text: found by hashing the bytes, so a
 * repeated text ("Approved", a project id) costs no decoding and no new string, and equal texts share
 * one string (less memory; later lookups of it hash once). Anything else is decoded as it comes.
 */
class Interned {
  private readonly slots: (string | undefined)[] = new Array<string | undefined>(INTERN_SLOTS).fill(undefined);

  text(b: Uint8Array, s: number, e: number, decoder: TextDecoder): string {
    const len = e - s;
    if (len > INTERN_MAX) return decodeEscapes(decodeEntities(decoder.decode(b.subarray(s, e))));
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) {
      const ch = b[i];
      // Non-ASCII, an entity or a possible _xHHHH_ escape: decoded the long way.
      if (ch >= 0x80 || ch === 38 || ch === 95) return decodeEscapes(decodeEntities(decoder.decode(b.subarray(s, e))));
      h = Math.imul(h ^ ch, 0x01000193);
    }
    const slot = (h >>> 0) & (INTERN_SLOTS - 1);
    const known = this.slots[slot];
    if (known !== undefined && known.length === len) {
      let same = true;
      for (let i = 0; i < len; i++) {
        if (known.charCodeAt(i) !== b[s + i]) {
          same = false;
          break;
        }
      }
      if (same) return known;
    }
    // One flat string (a concatenation would leave a rope that is slow to read later).
    const made = String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[]);
    this.slots[slot] = made;
    return made;
  }
}

function samePrefix(b: Uint8Array, at: number, prefix: Uint8Array): boolean {
  for (let i = 0; i < prefix.length; i++) if (b[at + i] !== prefix[i]) return false;
  return true;
}

function indexOfSeq(b: Uint8Array, seq: string, from: number): number {
  const first = seq.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    let ok = true;
    for (let k = 1; k < seq.length; k++) if (b[i + k] !== seq.charCodeAt(k)) { ok = false; break; }
    if (ok) return i;
  }
  return -1;
}
