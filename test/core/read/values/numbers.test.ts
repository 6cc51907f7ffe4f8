import { describe, expect, it } from "vitest";
import { parseAmountText, parsePercentText, parsePlainNumber } from "../../../../src/core/read/values/numbers";

describe("parseAmountText", () => {
  it.each([
    ["1234", 1234],
    ["1,234.50", 1234.5],
    ["RM 1,234.50", 1234.5],
    ["$1,200,000", 1_200_000],
    ["USD 2500", 2500],
    ["2500 EUR", 2500],
    ["€ 10.500,50", 10500.5],
    ["1.234.567", 1_234_567],
    ["12,5", 12.5],
    ["(1,234)", -1234],
    ["-500", -500],
    ["500-", -500],
    ["($2k)", -2000],
    ["1.2M", 1_200_000],
    ["250k", 250_000],
    ["1.5bn", 1_500_000_000],
    ["£3 million", 3_000_000],
    ["1 234 567", 1_234_567],
    ["RM1.2M", 1_200_000],
    ["1200USD", 1200],
    ["1\u202f234\u202f567 €", 1_234_567],
    ["\u2212500", -500],
  ] as const)("reads %s", (text, expected) => {
    expect(parseAmountText(text)).toBeCloseTo(expected, 6);
  });

  it.each(["abc", "1,23,4", "12-3", "$", "1.2.3,4.5", "k"])("returns NaN for %j", (text) => {
    expect(parseAmountText(text)).toBeNaN();
  });
});

describe("parsePercentText", () => {
  it("reads percent signs as fractions and bare numbers as written", () => {
    expect(parsePercentText("50%")).toEqual({ value: 0.5, percentSign: true });
    expect(parsePercentText("0.5")).toEqual({ value: 0.5, percentSign: false });
    expect(parsePercentText("50")).toEqual({ value: 50, percentSign: false });
    expect(parsePercentText("45 percent")).toEqual({ value: 0.45, percentSign: true });
    expect(parsePercentText("half").value).toBeNaN();
  });
});

describe("parsePlainNumber", () => {
  it("reads numbers with either decimal mark", () => {
    expect(parsePlainNumber(" 40 ")).toBe(40);
    expect(parsePlainNumber("1,5")).toBe(1.5);
    expect(parsePlainNumber("-2.25")).toBe(-2.25);
    expect(parsePlainNumber("4O")).toBeNaN();
  });
});

describe("amount scales", () => {
  it("reads the multiplier from the header's unit", async () => {
    const { amountScale } = await import("../../../../src/core/read/cells");
    expect(amountScale("Budget (k$)")).toBe(1000);
    expect(amountScale("Budget (RM '000)")).toBe(1000);
    expect(amountScale("Cost [£m]")).toBe(1e6);
    expect(amountScale("Spend in thousands")).toBe(1000);
    expect(amountScale("Budget (RM)")).toBe(1);
    expect(amountScale("Budget (MYR)")).toBe(1);
  });

  it("knows text that carries its own scale", async () => {
    const { hasScaleSuffix } = await import("../../../../src/core/read/values/numbers");
    expect(hasScaleSuffix("1.2M")).toBe(true);
    expect(hasScaleSuffix("RM 250k")).toBe(true);
    expect(hasScaleSuffix("250 USD")).toBe(false);
    expect(hasScaleSuffix("1,200")).toBe(false);
  });
});
