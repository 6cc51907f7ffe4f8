/** Which rows under a header are records: totals, "insert rows above" lines and blank separators are not. */
import type { CellValue } from "../../workbook/grid";
import type { GridView } from "./a1";
import { normalizeHeader } from "./normalize";

const TOTAL = /^\s*(?:grand\s+|sub[\s-]?)?totals?\b|^\s*sum\s*(?:of\b|:|$)|^\s*(?:overall|portfolio|programme|program)\s+totals?\b/i;
/** Notes under a table: "Note: budgets in RM '000", "* excludes contingency", "Source: finance system". */
const NOTE = /^\s*(?:\*|notes?\b|source\b|legend\b|key\s*:|comments?\s*:|prepared\s+by\b|last\s+updated\b|nb\b)/i;
const NOT_DATA = /\b(?:insert|add)\s+(?:new\s+)?(?:rows?|lines?|projects?)\s+above\b|\bend\s+of\s+(?:list|table|data|register)\b|\bdo\s+not\s+(?:delete|remove|edit)\b/i;

/** True for a note marker: "Note:", "* excludes…", "Source: …". */
export function isNoteText(text: string): boolean {
  return NOTE.test(text);
}

/** True for a total, subtotal or instruction row, judged by the texts of the given columns. */
export function isNonDataText(text: string): boolean {
  // Cheap gates first: this runs on the label cells of every row.
  const first = text.charCodeAt(0) | 0x20;
  // t(otal) s(ub, sum) g(rand) o(verall) p(ortfolio, programme), or leading space
  if ((first === 0x20 || first === 0x29 || totalStart(first, text.charCodeAt(1) | 0x20)) && TOTAL.test(text)) return true;
  // "Digital subtotal", "Programme A - Total": only texts ending in l, s or ":" can.
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if ((last === 0x6c || last === 0x73 || last === 0x3a || last === 0x20) && TRAILING_TOTAL.test(text)) return true;
  return text.length >= 10 && NOT_DATA.test(text);
}

/** Whether the first two letters (lower-cased) can begin TOTAL's words: to(tal), gr(and), su(b, m), ov(erall), po(rtfolio), pr(ogramme). */
function totalStart(first: number, second: number): boolean {
  switch (first) {
    case 0x74: // t
      return second === 0x6f;
    case 0x67: // g
      return second === 0x72;
    case 0x73: // s
      return second === 0x75;
    case 0x6f: // o
      return second === 0x76;
    case 0x70: // p
      return second === 0x6f || second === 0x72;
    default:
      return false;
  }
}

const TRAILING_TOTAL = /(?:^|[\s\-–:])(?:sub[\s-]?)?totals?\s*:?\s*$/i;


/**
 * Rows from below the header to the bottom of the region that hold a record: at least one of `cols` is
 * non-blank, no label column reads like a total or an instruction, and the row is not the header repeated.
 */
export function dataRows(
  view: GridView,
  headerRow: number,
  bottom: number,
  cols: number[],
  labelCols: number[],
  headerTexts: Map<number, string>,
  isHeaderLike?: (row: number) => boolean,
  keyCol?: number,
  isKnownLabel?: (text: string) => boolean,
): number[] {
  const rows: number[] = [];
  const last = Math.min(bottom, view.bottom);
  // The header texts as two arrays: a Map iterated per row allocates an iterator and an entry per row.
  const headerCols: number[] = [];
  const headerWords: string[] = [];
  if (headerTexts.size >= 2) {
    for (const [c, t] of headerTexts) {
      headerCols.push(c);
      headerWords.push(t);
    }
  }
  let afterGap = false;
  for (let r = headerRow + 1; r <= last; r++) {
    // One scan tells a blank row (no cell filled) and a lone cell (one filled: perhaps a note); a record
    // stops it at its second filled cell.
    let filled = 0;
    let lone: CellValue = null;
    for (let i = 0; i < cols.length; i++) {
      const v = view.value(r, cols[i]);
      if (v === null || (typeof v === "string" && v.trim() === "")) continue;
      if (filled++ === 1) break;
      lone = v;
    }
    if (filled === 0) {
      afterGap = rows.length > 0;
      continue;
    }
    // Below a blank row, another table's header (a summary under the register) ends this one. Checked only
    // after a gap, so long sheets pay nothing for it.
    if (afterGap && isHeaderLike?.(r)) break;
    if (hasNonDataLabel(view, r, labelCols) && !hasOwnKey(view, r, keyCol)) continue;
    if (filled === 1 && isLoneNote(lone, isKnownLabel)) continue;
    if (headerCols.length > 0 && repeatsHeader(view, r, headerCols, headerWords)) continue;
    // Titles and notes between the gap and the next header keep the gap open.
    afterGap = false;
    rows.push(r);
  }
  return rows;
}

/** A record's key (its project ID) that is not itself a total label: "P1 | Total cost of ownership study" is a project. */
function hasOwnKey(view: GridView, row: number, keyCol: number | undefined): boolean {
  if (keyCol === undefined) return false;
  const v = view.value(row, keyCol);
  if (v === null || (typeof v === "string" && (v.trim() === "" || isNonDataLabel(v)))) return false;
  return true;
}

/** A row whose only filled cell (`lone`) is a sentence or a note marker is a note, not a record. */
function isLoneNote(lone: CellValue, isKnownLabel?: (text: string) => boolean): boolean {
  // A lone cell of three words or more is a title or a sentence ("Summary by programme"); IDs have no spaces.
  if (typeof lone !== "string" || isKnownLabel?.(lone)) return false;
  return NOTE.test(lone) || /\S\s+\S+\s+\S/.test(lone.trim());
}

function isNonDataLabel(v: unknown): boolean {
  return typeof v === "string" && v.length < 200 && isNonDataText(v);
}

/** A printed list repeats its header on each page; those rows are not records. */
function repeatsHeader(view: GridView, row: number, cols: number[], texts: string[]): boolean {
  for (let i = 0; i < cols.length; i++) {
    const t = texts[i];
    const v = view.value(row, cols[i]);
    // Cheap length test first: this runs on every row of large sheets.
    if (typeof v !== "string" || v.length < t.length || v.length > t.length * 3 + 8) return false;
    if (firstAlnumLower(v) !== (t.length > 0 ? t.charCodeAt(0) : -1)) return false;
    if (normalizeHeader(v) !== t) return false;
  }
  return true;
}

/** Whether a label cell of the row reads as a total or an instruction (a loop: no closure per row). */
function hasNonDataLabel(view: GridView, row: number, labelCols: number[]): boolean {
  for (let i = 0; i < labelCols.length; i++) if (isNonDataLabel(view.value(row, labelCols[i]))) return true;
  return false;
}

/** Char code of the first ASCII letter or digit, lower-cased; -1 when none (no match array per row). */
function firstAlnumLower(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) return c;
    if (c >= 65 && c <= 90) return c + 32;
  }
  return -1;
}
