import { describe, expect, it } from "vitest";
import { formatLocation, sheetRef } from "../../src/cli/locations";

describe("sheetRef", () => {
  it.each([
    ["Projects", "Projects"],
    ["Gate Log", "'Gate Log'"],
    ["Q1-2026", "'Q1-2026'"],
    ["2026", "'2026'"],
    ["Bob's plan", "'Bob''s plan'"],
    ["A1", "'A1'"],
    ["R1C1", "'R1C1'"],
    ["Ressources_équipe", "Ressources_équipe"],
    ["Plan.v2", "Plan.v2"],
  ])("writes %s as %s", (sheet, expected) => {
    expect(sheetRef(sheet)).toBe(expected);
  });
});

describe("formatLocation", () => {
  it("joins sheet and cell like Excel", () => {
    expect(formatLocation({ sheet: "Gate Log", cell: "B4", row: 4 })).toBe("'Gate Log'!B4");
  });

  it("says when the cell's row is hidden", () => {
    expect(formatLocation({ sheet: "Gate Log", cell: "B4", row: 4, hidden: true })).toBe("'Gate Log'!B4 (hidden row)");
    expect(formatLocation({ file: "a.xlsx", sheet: "Projects", cell: "A5", row: 5, hidden: true })).toBe("'[a.xlsx]Projects'!A5 (hidden row)");
  });

  it("says (workbook) for a finding without a cell", () => {
    expect(formatLocation(undefined)).toBe("(workbook)");
  });
});
