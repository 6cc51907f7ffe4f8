import { describe, expect, it } from "vitest";
import { hostLimitations, labelFromUrl } from "../../src/taskpane/services/office-services";

const host = (version: string) => ({
  isSetSupported: (name: string, min = "1.1") => name === "ExcelApi" && min.split(".").map(Number)[1] <= version.split(".").map(Number)[1],
});

describe("hostLimitations", () => {
  it("says nothing on a current Excel", () => {
    expect(hostLimitations(host("1.17"))).toEqual([]);
  });

  it("explains that an Excel without ExcelApi 1.7 can check but not write", () => {
    const [note] = hostLimitations(host("1.5"));
    expect(note).toMatch(/can be checked but cannot receive summary sheets/);
  });

  it("explains that an Excel without ExcelApi 1.4 cannot be used", () => {
    expect(hostLimitations(host("1.3"))[0]).toMatch(/too old/);
  });
});

describe("labelFromUrl", () => {
  it("takes the decoded file name of a web or local document", () => {
    expect(labelFromUrl("https://contoso.sharepoint.com/sites/pmo/Shared%20Documents/Q3%20portfolio.xlsx?web=1")).toBe("Q3 portfolio.xlsx");
    expect(labelFromUrl("C:\\Users\\ann\\Portfolio.xlsx")).toBe("Portfolio.xlsx");
  });

  it("falls back to Workbook for a new, unsaved document", () => {
    expect(labelFromUrl("")).toBe("Workbook");
    expect(labelFromUrl(null)).toBe("Workbook");
  });
});
