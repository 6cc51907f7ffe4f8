import fc from "fast-check";
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

describe("isNonDataText: the cheap gates before the regexes", () => {
  // The regexes behind the first- and second-character gates, as they were before the second-character gate.
  const TOTAL = /^\s*(?:grand\s+|sub[\s-]?)?totals?\b|^\s*sum\s*(?:of\b|:|$)|^\s*(?:overall|portfolio|programme|program)\s+totals?\b/i;
  const TRAILING = /(?:^|[\s\-–:])(?:sub[\s-]?)?totals?\s*:?\s*$/i;
  const NOT_DATA = /\b(?:insert|add)\s+(?:new\s+)?(?:rows?|lines?|projects?)\s+above\b|\bend\s+of\s+(?:list|table|data|register)\b|\bdo\s+not\s+(?:delete|remove|edit)\b/i;
  const reference = (t: string) => {
    const first = t.charCodeAt(0) | 0x20;
    const last = t.charCodeAt(t.length - 1) | 0x20;
    return ([0x74, 0x73, 0x67, 0x6f, 0x70, 0x20, 0x29].includes(first) && TOTAL.test(t)) || ([0x6c, 0x73, 0x3a, 0x20].includes(last) && TRAILING.test(t)) || (t.length >= 10 && NOT_DATA.test(t));
  };
  const pieces = ["total", "Total", "TOTALS", "sub", "Sub-", "sum", "Sum of", "grand ", "Grand", "overall ", "Portfolio ", "programme ", "Program ", " ", "\t", ":", "s", "P000001", "Project 12", "end of list", "insert rows above", "x", "é", "-"];
  it("agrees with the regexes alone", () => {
    const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((ps) => ps.join(""));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 10 })), (t) => isNonDataText(t) === reference(t)), { numRuns: 5000 });
  });
});
