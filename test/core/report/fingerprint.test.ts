import { describe, expect, it } from "vitest";
import { sourceFingerprint } from "../../../src/core/report/fingerprint";
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
