import { describe, expect, it } from "vitest";
import { dayFromIso } from "../../../../src/core/model/dates";
import { dayFromCellNumber, dayFromDateColumnNumber, dayFromText, detectDateOrder } from "../../../../src/core/read/values/dates";
import { isDateFormat, isPercentFormat } from "../../../../src/core/read/values/date-format";

const d = dayFromIso;

describe("dayFromText", () => {
  it.each([
    ["2026-03-15", "dmy", d("2026-03-15")],
    ["2026/3/5", "dmy", d("2026-03-05")],
    ["2026-03-15T00:00:00Z", "dmy", d("2026-03-15")],
    ["15/03/2026", "dmy", d("2026-03-15")],
    ["15.03.2026", "dmy", d("2026-03-15")],
    ["3/15/2026", "mdy", d("2026-03-15")],
    ["04/03/2026", "dmy", d("2026-03-04")],
    ["04/03/2026", "mdy", d("2026-04-03")],
    ["15/03/2026", "mdy", d("2026-03-15")],
    ["1/2/26", "dmy", d("2026-02-01")],
    ["15-Mar-2026", "dmy", d("2026-03-15")],
    ["15 March 2026", "dmy", d("2026-03-15")],
    ["15-Mar-26", "dmy", d("2026-03-15")],
    ["March 15, 2026", "dmy", d("2026-03-15")],
    ["Mar 15 2026", "dmy", d("2026-03-15")],
    ["March 2, 2026 8:00 AM", "dmy", d("2026-03-02")],
    ["2 March 2026 17:30", "dmy", d("2026-03-02")],
    ["Mon 3/16/26", "mdy", d("2026-03-16")],
    ["Mar 2026", "dmy", d("2026-03-01")],
    ["2026-03", "dmy", d("2026-03-01")],
    ["03/2026", "dmy", d("2026-03-01")],
    ["Q3 2026", "dmy", d("2026-07-01")],
    ["2026 Q1", "dmy", d("2026-01-01")],
    ["2027", "dmy", d("2027-01-01")],
    ["H2 2026", "dmy", d("2026-07-01")],
    ["2027 H1", "dmy", d("2027-01-01")],
    ["H1-27", "dmy", d("2027-01-01")],
    ["2026-W49", "dmy", d("2026-11-30")],
    ["W1 2027", "dmy", d("2027-01-04")],
    ["Wk 53 2026", "dmy", d("2026-12-28")],
  ] as const)("reads %s (%s)", (text, order, expected) => {
    expect(dayFromText(text, order)).toBe(expected);
  });

  it("gives the last day of a month-only date in a finish column", () => {
    expect(dayFromText("Feb 2026", "dmy", true)).toBe(d("2026-02-28"));
    expect(dayFromText("2024-02", "dmy", true)).toBe(d("2024-02-29"));
    expect(dayFromText("Q3 2026", "dmy", true)).toBe(d("2026-09-30"));
    expect(dayFromText("2026", "dmy", true)).toBe(d("2026-12-31"));
    expect(dayFromText("H2 2026", "dmy", true)).toBe(d("2026-12-31"));
    expect(dayFromText("2026 H1", "dmy", true)).toBe(d("2026-06-30"));
    expect(dayFromText("2026-W49", "dmy", true)).toBe(d("2026-12-06"));
  });

  it.each(["", "soon", "31/02/2026", "2026-13-01", "Q3", "32 Jan 2026", "12345", "FY27 Q1", "H3 2026", "2026-W54", "2027-W53", "W0 2026"])("returns NaN for %j", (text) => {
    expect(dayFromText(text, "dmy")).toBeNaN();
  });
});

describe("detectDateOrder", () => {
  it("is day-first when a first part exceeds 12", () => expect(detectDateOrder(["01/02/2026", "15/02/2026"])).toBe("dmy"));
  it("is month-first when a second part exceeds 12", () => expect(detectDateOrder(["01/02/2026", "2/15/2026"])).toBe("mdy"));
  it("is day-first when nothing decides", () => expect(detectDateOrder(["01/02/2026", "Q3"])).toBe("dmy"));
});

describe("dayFromCellNumber", () => {
  it("reads serials in both date systems", () => {
    expect(dayFromCellNumber(46096, false)).toBe(d("2026-03-15"));
    expect(dayFromCellNumber(46096 - 1462, true)).toBe(d("2026-03-15"));
    expect(dayFromCellNumber(46096.75, false)).toBe(d("2026-03-15"));
  });
  it("rejects numbers outside Excel's date range", () => {
    expect(dayFromCellNumber(-5, false)).toBeNaN();
    expect(dayFromCellNumber(3e6, false)).toBeNaN();
    expect(dayFromCellNumber(Number.NaN, false)).toBeNaN();
  });
});

describe("dayFromDateColumnNumber", () => {
  it("reads a typed year as a year, not as a day in 1905", () => {
    expect(dayFromDateColumnNumber(2026, false, false, false)).toBe(d("2026-01-01"));
    expect(dayFromDateColumnNumber(2026, false, false, true)).toBe(d("2026-12-31"));
    expect(dayFromDateColumnNumber(2026, false, true, false)).toBe(dayFromCellNumber(2026, false));
    expect(dayFromDateColumnNumber(46096, false, false, false)).toBe(d("2026-03-15"));
  });
});

describe("number formats", () => {
  it.each(["yyyy-mm-dd", "dd/mm/yyyy", "mmm-yy", "[$-409]d-mmm-yy;@", "m/d/yy h:mm", "d", "YYYY-MM-DD"])("%s is a date format", (f) => expect(isDateFormat(f)).toBe(true));
  it.each(["General", "0.00", "#,##0", "0%", "[h]:mm", "h:mm:ss", '"Due "0', "@", null])("%s is not a date format", (f) => expect(isDateFormat(f)).toBe(false));
  it("tells percent formats", () => {
    expect(isPercentFormat("0.0%")).toBe(true);
    expect(isPercentFormat('0 "%"')).toBe(false);
  });
});
