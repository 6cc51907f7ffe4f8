import { describe, expect, it } from "vitest";
import { luminance, themeFromBackground } from "../../src/taskpane/services/theme";
import { decodeResult, encodeResult, headline } from "../../src/commands/result-message";

describe("Office theme", () => {
  it("computes relative luminance of hex colours", () => {
    expect(luminance("#000000")).toBe(0);
    expect(luminance("FFFFFF")).toBeCloseTo(1);
    expect(luminance("not a colour")).toBeNaN();
  });

  it("is dark on a dark body background and light otherwise", () => {
    expect(themeFromBackground("#262626")).toBe("dark");
    expect(themeFromBackground("#FFFFFF")).toBe("light");
    expect(themeFromBackground("#E6E6E6")).toBe("light");
    expect(themeFromBackground(undefined)).toBe("light");
  });
});

describe("ribbon result message", () => {
  it("round-trips counts, workbook and failure through the dialog URL", () => {
    const m = { workbook: "Q3 portfolio & risks.xlsx", error: 3, warning: 4, info: 0, projects: 40, theme: "dark" as const };
    expect(decodeResult(encodeResult(m))).toEqual(m);
    expect(decodeResult(encodeResult({ ...m, failure: "Sheet is protected" })).failure).toBe("Sheet is protected");
  });

  it("turns malformed numbers into zero", () => {
    expect(decodeResult("e=abc&w=-2&i=1.7")).toMatchObject({ error: 0, warning: 0, info: 1, workbook: "this workbook" });
  });

  it("headlines errors to fix or readiness", () => {
    expect(headline({ workbook: "x", error: 1, warning: 0, info: 0, projects: 1 })).toBe("1 error to fix");
    expect(headline({ workbook: "x", error: 0, warning: 5, info: 0, projects: 1 })).toBe("No errors: ready to submit");
  });
});
