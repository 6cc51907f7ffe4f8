/** Collects cells in any order and produces a SheetGrid anchored at the used range's top-left cell. */
import type { CellValue, SheetGrid } from "../../workbook/grid";

export class GridBuilder {
  private rows = new Map<number, { values: CellValue[]; formats: (string | null)[] | null }>();
  private minCol = Infinity;

  set(row: number, col: number, value: CellValue, format: string | null): void {
    if (value === null && !format) return;
    let r = this.rows.get(row);
    if (!r) {
      r = { values: [], formats: null };
      this.rows.set(row, r);
    }
    r.values[col - 1] = value;
    if (format && format !== "General") {
      r.formats ??= [];
      r.formats[col - 1] = format;
    }
    if (value !== null && col < this.minCol) this.minCol = col;
  }

  build(name: string, visibility: SheetGrid["visibility"]): SheetGrid {
    let top = Infinity;
    let bottom = -Infinity;
    for (const [n, r] of this.rows) {
      if (!r.values.some((v) => v !== null && v !== undefined)) continue;
      if (n < top) top = n;
      if (n > bottom) bottom = n;
    }
    if (!Number.isFinite(top)) return { name, top: 1, left: 1, values: [], formats: [], visibility };
    const left = Number.isFinite(this.minCol) ? this.minCol : 1;
    const values: CellValue[][] = [];
    const formats: (string | null)[][] = [];
    for (let r = top; r <= bottom; r++) {
      const src = this.rows.get(r);
      const vals: CellValue[] = [];
      const fmts: (string | null)[] = [];
      if (src) {
        for (let c = left - 1; c < src.values.length; c++) vals.push(src.values[c] ?? null);
        if (src.formats) for (let c = left - 1; c < src.values.length; c++) fmts.push(src.formats[c] ?? null);
      }
      values.push(vals);
      formats.push(fmts);
    }
    return { name, top, left, values, formats, visibility };
  }
}
