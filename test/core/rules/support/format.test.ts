import { describe, expect, it } from "vitest";
import { fillMessage, formatAmount, formatIndex, formatPercent } from "../../../../src/core/rules/support/format";

describe("message formatting", () => {
  it.each([
    [0, "0"],
    [5, "5"],
    [999, "999"],
    [1000, "1,000"],
    [1234567.891, "1,234,567.89"],
    [-1234.5, "-1,234.5"],
    [-0.001, "0"],
    [0.1 + 0.2, "0.3"],
    [100000, "100,000"],
    [NaN, "NaN"],
    [Infinity, "Infinity"],
  ])("formats %s as %s", (value, text) => {
    expect(formatAmount(value)).toBe(text);
  });

  it("formats percentages and indices", () => {
    expect(formatPercent(0.125)).toBe("12.5%");
    expect(formatPercent(2, 0)).toBe("200%");
    expect(formatIndex(0.9)).toBe("0.90");
  });

  it("fills placeholders, formatting numbers and lists, and leaves unknown ones", () => {
    expect(fillMessage("{a} and {b} of {c}, {missing}", { a: 1500, b: ["x", "y"], c: "z" })).toBe("1,500 and x, y of z, {missing}");
    expect(fillMessage("no placeholders", {})).toBe("no placeholders");
    expect(fillMessage("{a}{a}", { a: undefined })).toBe("");
  });
});
