import { describe, expect, it } from "vitest";
import { Hasher, sourceFingerprint } from "../../../src/core/report/fingerprint";
import type { SheetGrid, WorkbookSource } from "../../../src/workbook/grid";
import { GENERATED_MARKER } from "../../../src/workbook/sheet-spec";

const grid = (name: string, values: SheetGrid["values"], top = 1): SheetGrid => ({ name, top, left: 1, values });
const source = (sheets: SheetGrid[], label = "a.xlsx"): WorkbookSource => ({ label, date1904: false, sheets, tables: [] });
const projects = grid("Projects", [["ID", "Budget"], ["P-1", 100]]);

describe("sourceFingerprint", () => {
  it("is 16 hex digits and the same on every run", () => {
    const fp = sourceFingerprint(source([projects]));
    expect(fp).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceFingerprint(source([grid("Projects", [["ID", "Budget"], ["P-1", 100]])]))).toBe(fp);
  });

  it("changes when a value changes, even from a number to the same text", () => {
    const fp = sourceFingerprint(source([projects]));
    expect(sourceFingerprint(source([grid("Projects", [["ID", "Budget"], ["P-1", 101]])]))).not.toBe(fp);
    expect(sourceFingerprint(source([grid("Projects", [["ID", "Budget"], ["P-1", "100"]])]))).not.toBe(fp);
  });

  it("ignores the label, the sheet order and trailing empty cells", () => {
    const other = grid("Notes", [["hello"]]);
    const fp = sourceFingerprint(source([projects, other]));
    expect(sourceFingerprint(source([other, projects], "renamed.xlsx"))).toBe(fp);
    expect(sourceFingerprint(source([grid("Projects", [["ID", "Budget", null], ["P-1", 100, ""]]), other]))).toBe(fp);
  });

  it("ignores generated sheets and the embedded ruleset", () => {
    const fp = sourceFingerprint(source([projects]));
    const generated = grid("Portfolio Summary", [["Portfolio Summary"], [null], [null], [null], [`${GENERATED_MARKER} ...`], [], [], [42]]);
    const ruleset = grid("_PMORulebook", [["PMO Rulebook ruleset"], ['{"name":"x"}']]);
    expect(sourceFingerprint(source([projects, generated, ruleset]))).toBe(fp);
  });

  it("keeps a user's sheet that mentions the marker below its header", () => {
    const fp = sourceFingerprint(source([projects]));
    const user = grid("Log", [[1], [2], [3], [4], [5], [6], [`${GENERATED_MARKER} was run`]]);
    expect(sourceFingerprint(source([projects, user]))).not.toBe(fp);
  });
});

describe("sourceFingerprint, hashed cell by cell without a string per cell", () => {
  /** The fingerprint as first written: one string per cell (the stamps and run history hold its values). */
  function byStrings(src: WorkbookSource): string {
    const h = new Hasher();
    h.add(src.date1904 ? "1904" : "1900");
    for (const sheet of [...src.sheets].sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))) {
      h.add(`sheet:${sheet.name}`);
      sheet.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || v === "") return;
          const key = typeof v === "number" ? `n${v}` : typeof v === "boolean" ? (v ? "b1" : "b0") : `s${v}`;
          const format = sheet.formats?.[r]?.[c];
          h.add(`${sheet.top + r},${sheet.left + c},${key}${format ? `|${format}` : ""}`);
        }),
      );
    }
    return h.hex();
  }

  it("gives the values it always gave: integers, negatives, fractions, huge numbers, booleans, texts and formats", () => {
    const values: SheetGrid["values"] = [
      [0, -0, 7, -42, 9_007_199_254_740_991, -9_007_199_254_740_991, 1e21, 1.5, -0.1, 46_000.25, 1e-7],
      [true, false, "P-1", "ünïcödé", "a,b|c", ""],
    ];
    const src = source([{ name: "Data", top: 3, left: 2, values, formats: [[null, null, "0%", "yyyy-mm-dd"]] }]);
    expect(sourceFingerprint(src)).toBe(byStrings(src));
  });
});
