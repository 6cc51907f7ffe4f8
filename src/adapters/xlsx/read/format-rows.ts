/**
 * One array for every row of a sheet whose cells carry the same number formats in the same columns
 * (issue 15): a register's rows mostly do (a date here, an amount there), so a million-row sheet keeps a
 * handful of format rows instead of a million. Rows are shared, so nothing may change one in place:
 * the scanner copies a row before writing into it again (see SheetScanner), and buildGrid copies one
 * before clearing a merged cell's format.
 */

/** Past this many distinct patterns a sheet is not a register; its rows are kept as they come. */
const MAX_PATTERNS = 4096;

export class FormatRows {
  private readonly byPattern = new Map<string, (string | null)[]>();
  /** A small number per distinct format text, for patterns that are short to build and compare. */
  private readonly ids = new Map<string, number>();

  /** The shared row with the formats of `row` (holes and trailing empties as in a row of the same pattern). */
  share(row: (string | null)[]): (string | null)[] {
    let pattern = "";
    let end = 0;
    for (let c = 0; c < row.length; c++) {
      const f = row[c];
      if (f === undefined || f === null) continue;
      let id = this.ids.get(f);
      if (id === undefined) this.ids.set(f, (id = this.ids.size));
      pattern += `${c}:${id},`;
      end = c + 1;
    }
    const known = this.byPattern.get(pattern);
    if (known !== undefined) return known;
    // Exact length, holes filled: a grown array keeps up to half again its length in spare slots.
    const exact: (string | null)[] = new Array(end);
    for (let c = 0; c < end; c++) exact[c] = row[c] ?? null;
    if (this.byPattern.size < MAX_PATTERNS) this.byPattern.set(pattern, exact);
    return exact;
  }
}
