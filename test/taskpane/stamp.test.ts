import { describe, expect, it } from "vitest";
import { hasReportSheets, readStamp, stampFromOutcome, stampMatches, stampSheetSpec, submissionResult, STAMP_TITLE } from "../../src/taskpane/logic/stamp";
import { GENERATED_MARKER } from "../../src/workbook/sheet-spec";
import type { WorkbookSource } from "../../src/workbook/grid";
import { finding, outcome } from "../store/factories";

/** Turns a sheet spec into the grid a reader would hand back after it was written. */
function sourceWithSpec(spec: ReturnType<typeof stampSheetSpec>, name = spec.name): WorkbookSource {
  return {
    label: "Book.xlsx",
    date1904: false,
    tables: [],
    sheets: [
      { name: "Projects", top: 1, left: 1, values: [["ID"], ["P-1"]] },
      { name, top: 1, left: 1, values: spec.rows.map((r) => r.map((c) => (c ? c.value : null))) },
    ],
  };
}

describe("submission stamp", () => {
  it("passes with warnings but fails with any error", () => {
    expect(submissionResult(outcome([finding({ severity: "warning" })]))).toBe("PASS");
    expect(submissionResult(outcome([finding({ severity: "error" })]))).toBe("FAIL");
  });

  it("records ruleset, as-of date, fingerprint and result", () => {
    const stamp = stampFromOutcome(outcome([finding()], "fp-9"), "Book.xlsx", new Date("2026-11-25T10:00:00Z"));
    expect(stamp).toMatchObject({ result: "FAIL", rulesetName: "Acme PMO", rulesetVersion: "1.0", asOf: "2024-10-04", fingerprint: "fp-9", errors: 1 });
  });

  it("writes a generated sheet that carries the generated marker near the top", () => {
    const spec = stampSheetSpec(stampFromOutcome(outcome([]), "Book.xlsx", new Date(0)));
    const top = spec.rows.slice(0, 6).flat().map((c) => String(c?.value ?? ""));
    expect(top.some((t) => t.startsWith(GENERATED_MARKER))).toBe(true);
    expect(top).toContain(STAMP_TITLE);
  });

  it("reads back the stamp it wrote, even from a renamed tab", () => {
    const stamp = stampFromOutcome(outcome([finding({ severity: "warning" })], "abc123"), "Book.xlsx", new Date("2026-11-25T10:00:00Z"));
    expect(readStamp(sourceWithSpec(stampSheetSpec(stamp), "Stamp (2)"))).toEqual(stamp);
  });

  it("finds no stamp in a workbook without one", () => {
    expect(readStamp({ label: "x", date1904: false, tables: [], sheets: [{ name: "A", top: 1, left: 1, values: [["Result", "PASS"]] }] })).toBeNull();
  });

  it("matches only the fingerprint it was stamped with", () => {
    const stamp = stampFromOutcome(outcome([], "abc"), "Book.xlsx", new Date(0));
    expect(stampMatches(stamp, "abc")).toBe(true);
    expect(stampMatches(stamp, "abd")).toBe(false);
  });

  it("tells generated report sheets from the stamp and from the user's sheets", () => {
    const withStampOnly = sourceWithSpec(stampSheetSpec(stampFromOutcome(outcome([]), "Book.xlsx", new Date(0))));
    expect(hasReportSheets(withStampOnly)).toBe(false);
    withStampOnly.sheets.push({ name: "Summary", top: 1, left: 1, values: [["Portfolio summary"], [`${GENERATED_MARKER} on 2026-11-25`]] });
    expect(hasReportSheets(withStampOnly)).toBe(true);
  });
});
