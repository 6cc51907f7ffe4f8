/**
 * Small string helpers for writing the writer's own SpreadsheetML parts by hand, built as arrays of
 * strings joined once so memory stays proportional to the output, not to a DOM of it. Parts of the
 * user's are read and edited as a DOM (xml-dom.ts), never with patterns.
 */

// XML 1.0 forbids most control characters even when escaped; Excel refuses a part that holds one.
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Escapes text for element content and attribute values. @example escapeXml('a<"b">') // 'a&lt;&quot;b&quot;&gt;' */
export function escapeXml(text: string): string {
  // Most cell texts need nothing; skipping the replace chain matters for 100k-row sheets.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Column letters of a 1-based column number. @example columnLetters(28) // "AB" */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 address of a 1-based row and column. @example cellRef(3, 2) // "B3" */
export function cellRef(row: number, col: number): string {
  return columnLetters(col) + row;
}

/** Parses "B3" into a 1-based row and column; null when it is not an A1 address. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** Parses "A1:C9" (or a single cell) into its corners. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b = a] = ref.split(":");
  const p = parseCell(a);
  const q = parseCell(b);
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

/** A range with absolute references, as charts and defined names write them. @example absoluteRange("A1:B2") // "$A$1:$B$2" */
export function absoluteRange(ref: string): string {
  const r = parseRange(ref);
  if (!r) return ref;
  const a = `$${columnLetters(r.left)}$${r.top}`;
  const b = `$${columnLetters(r.right)}$${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/**
 * Sheet name as a formula prefix: always quoted, apostrophes doubled (quoting a name that does not
 * need it is valid, and it keeps names like "R1C1" or "2026" from being read as references).
 * @example sheetPrefix("Bob's") // "'Bob''s'!"
 */
export function sheetPrefix(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Formats a number the way SpreadsheetML stores it (no exponent surprises for ordinary values). */
export function xmlNumber(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}
