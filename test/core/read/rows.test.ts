import { describe, expect, it } from "vitest";
import { isNonDataText } from "../../../src/core/read/rows";

describe("isNonDataText: totals", () => {
  it.each(["Total", "TOTALS", "  Grand total", "Sub-total", "Sum of budget", "sum:", "Portfolio Total", "Programme A - Total", "Digital subtotal"])("treats %j as not a record", (text) => {
    expect(isNonDataText(text)).toBe(true);
  });

  it.each(["Project Alpha", "Person 7", "Summary of risks", "Portfolio website"])("keeps %j as a record", (text) => {
    expect(isNonDataText(text)).toBe(false);
  });
});

describe("isNonDataText: instruction lines", () => {
  it.each([
    "Insert new rows above",
    "ADD PROJECTS ABOVE this line",
    "add   line above",
    "--- End of List ---",
    "end\tof register",
    "Do NOT delete this row",
    "please do not edit",
  ])("treats %j as not a record", (text) => {
    expect(isNonDataText(text)).toBe(true);
  });

  it.each(["Person 1042", "Project Alpha", "Vendor onboarding", "Office fit-out", "Notebook refresh", "Frontend rebuild", "Add rows below"])(
    "keeps %j as a record",
    (text) => {
      expect(isNonDataText(text)).toBe(false);
    },
  );
});
