/**
 * A short fingerprint of the user's data, printed on every generated sheet so a reader can tell
 * whether two reports describe the same data. Generated sheets and the embedded-ruleset sheet are
 * left out (they change on every run), as is the file's label (a renamed copy is the same data).
 */
import type { CellValue, WorkbookSource } from "../../workbook/grid";
import { generatedSheetNames } from "../generated/sheets";

/** Two independent 32-bit FNV-1a streams give a 64-bit fingerprint without BigInt arithmetic (data and ruleset fingerprints). */
export class Hasher {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  add(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 0x01000193);
      this.b = Math.imul(this.b ^ c, 0x01000193 + 0x2f0);
    }
    // A separator no cell value can produce keeps "ab","c" apart from "a","bc".
    this.a = Math.imul(this.a ^ 0xffff, 0x01000193);
    this.b = Math.imul(this.b ^ 0xfffe, 0x01000193 + 0x2f0);
  }
  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

function valueKey(v: CellValue): string {
  if (typeof v === "number") return `n${v}`;
  if (typeof v === "boolean") return v ? "b1" : "b0";
  return `s${v}`;
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
  const byName = [...sheets].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const sheet of byName) {
    h.add(`sheet:${sheet.name}`);
    sheet.values.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === null || v === "") return;
        const format = sheet.formats?.[r]?.[c];
        h.add(`${sheet.top + r},${sheet.left + c},${valueKey(v)}${format ? `|${format}` : ""}`);
      });
    });
  }
  const generated = new Set(source.sheets.filter((s) => !sheets.includes(s)).map((s) => s.name));
  const tables = source.tables.filter((t) => !generated.has(t.sheet)).map((t) => `${t.sheet}!${t.name}!${t.ref}!${t.hasHeader}`).sort();
  for (const t of tables) h.add(`table:${t}`);
  return h.hex();
}
