/**
 * A short fingerprint of the user's data, printed on every generated sheet so a reader can tell
 * whether two reports describe the same data. Generated sheets and the embedded-ruleset sheet are
 * left out (they change on every run), as is the file's label (a renamed copy is the same data).
 */
import type { CellValue, WorkbookSource } from "../../workbook/grid";
import { generatedSheetNames } from "../generated/sheets";

const DIGITS = new Uint8Array(20);

/** Two independent 32-bit FNV-1a streams give a 64-bit fingerprint without BigInt arithmetic (data and ruleset fingerprints). */
export class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  /** Hashes `s` and a separator. */
  add(s: string): void {
    this.text(s);
    this.end();
  }
  /** One UTF-16 code unit. */
  code(c: number): void {
    this.a = Math.imul(this.a ^ c, 0x01000193);
    this.b = Math.imul(this.b ^ c, 0x01000193 + 0x2f0);
  }
  /** The code units of `s`, no separator: a value is hashed in parts without joining them into a string. */
  text(s: string): void {
    for (let i = 0; i < s.length; i++) this.code(s.charCodeAt(i));
  }
  /** String(n) of a number, digit by digit when it is a safe integer (no string made). */
  number(n: number): void {
    if (!Number.isSafeInteger(n)) {
      this.text(String(n));
      return;
    }
    if (n < 0) {
      this.code(45);
      n = -n;
    }
    let k = 0;
    do {
      const d = n % 10;
      DIGITS[k++] = 48 + d;
      n = (n - d) / 10;
    } while (n > 0);
    while (k > 0) this.code(DIGITS[--k]);
  }
  /** A separator no cell value can produce keeps "ab","c" apart from "a","bc". */
  end(): void {
    this.a = Math.imul(this.a ^ 0xffff, 0x01000193);
    this.b = Math.imul(this.b ^ 0xfffe, 0x01000193 + 0x2f0);
  }
  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

/** One cell as `row,col,<type><value>[|format]` (what the fingerprint has always hashed), fed in parts. */
function addCell(h: Hasher, row: number, col: number, v: CellValue, format: string | null | undefined): void {
  h.number(row);
  h.code(44);
  h.number(col);
  h.code(44);
  if (typeof v === "number") {
    h.code(110); // n
    h.number(v);
  } else if (typeof v === "boolean") {
    h.code(98); // b
    h.code(v ? 49 : 48);
  } else {
    h.code(115); // s
    h.text(String(v));
  }
  if (format) {
    h.code(124); // |
    h.text(format);
  }
  h.end();
}

/**
 * Fingerprint of the data in a workbook: 16 hex digits, stable across runs and machines, independent
 * of sheet order and of where a sheet's used range happens to start.
 * @example sourceFingerprint(source) // "9f1c2a7e03b4d5c6"
 */
export function sourceFingerprint(source: WorkbookSource): string {
  const h = new Hasher();
  h.add(source.date1904 ? "1904" : "1900");
  const own = generatedSheetNames(source);
  const sheets = source.sheets.filter((s) => !own.has(s.name.toLowerCase()));
  const byName = sheets.slice().sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const sheet of byName) {
    h.add(`sheet:${sheet.name}`);
    const { values, formats, top, left } = sheet;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      const rowFormats = formats?.[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined || v === "") continue;
        addCell(h, top + r, left + c, v, rowFormats?.[c]);
      }
    }
  }
  const generated = new Set(source.sheets.filter((s) => !sheets.includes(s)).map((s) => s.name));
  const tables = source.tables.filter((t) => !generated.has(t.sheet)).map((t) => `${t.sheet}!${t.name}!${t.ref}!${t.hasHeader}`).sort();
  for (const t of tables) h.add(`table:${t}`);
  return h.hex();
}
