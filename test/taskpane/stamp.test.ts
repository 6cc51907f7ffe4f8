import { describe, expect, it } from "vitest";
import { blockerText, hasReportSheets, readStamp, rulesetSourceText, stampFromOutcome, stampMatches, stampRows, stampSheetSpec, STAMP_TITLE, type Stamp } from "../../src/taskpane/logic/stamp";
import { checkStamp } from "../../src/taskpane/logic/stamp-check";
import { rulesetFingerprint } from "../../src/core/ruleset/fingerprint";
import { GENERATED_MARKER } from "../../src/workbook/sheet-spec";
import type { WorkbookSource } from "../../src/workbook/grid";
import { finding, outcome, ruleset } from "../store/factories";

const context = { workbook: "Book.xlsx", now: new Date("2026-11-25T10:00:00Z"), rulesetSource: "stored in the workbook" };

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
    expect(stampFromOutcome(outcome([finding({ severity: "warning" })]), context).result).toBe("PASS");
    expect(stampFromOutcome(outcome([finding({ severity: "error" })]), context).result).toBe("FAIL");
  });

  it("does not pass a workbook in which no project register was found", () => {
    const empty = { ...outcome([]), portfolio: { projects: [] } };
    const stamp = stampFromOutcome(empty, context);
    expect(stamp).toMatchObject({ result: "FAIL", projects: 0, errors: 0 });
    expect(stamp.reasons).toContain("No project register was found");
  });

  it("does not pass when a rule set to error could not run, and records which", () => {
    const skipped = outcome([]);
    skipped.result.summary.skipped = { "gate/missing-approval": "no Gates sheet or table was found" };
    const stamp = stampFromOutcome(skipped, context);
    expect(stamp.result).toBe("FAIL");
    expect(stamp.rulesNotRun).toBe("gate/missing-approval (error): no Gates sheet or table was found");
    expect(stamp.reasons).toBe("1 rule the ruleset treats as errors could not run (gate/missing-approval).");
  });

  it("records the ruleset actually used: its fingerprint, source and the rules switched off", () => {
    const off = { ...outcome([]), ruleset: ruleset({ rules: { "gate/missing-approval": { severity: "off" } } }) };
    const stamp = stampFromOutcome(off, { ...context, rulesetSource: rulesetSourceText("default", true) });
    expect(stamp).toMatchObject({ rulesetName: "Acme PMO", rulesetVersion: "1.0", rulesOff: "gate/missing-approval", rulesetSource: "the default ruleset, with edits not saved in the workbook" });
    expect(stamp.rulesetFingerprint).toBe(rulesetFingerprint(off.ruleset));
    expect(stamp.rulesetFingerprint).not.toBe(rulesetFingerprint(ruleset()));
  });

  it("records as-of date, data fingerprint, counts and time", () => {
    const stamp = stampFromOutcome(outcome([finding()], "fp-9"), context);
    expect(stamp).toMatchObject({ result: "FAIL", asOf: "2024-10-04", fingerprint: "fp-9", errors: 1, projects: 3, stampedAt: "2026-11-25T10:00:00.000Z" });
  });

  it("writes a generated sheet that carries the generated marker near the top", () => {
    const spec = stampSheetSpec(stampFromOutcome(outcome([]), context));
    const top = spec.rows.slice(0, 6).flat().map((c) => String(c?.value ?? ""));
    expect(top.some((t) => t.startsWith(GENERATED_MARKER))).toBe(true);
    expect(top).toContain(STAMP_TITLE);
  });

  it("reads back the stamp it wrote, even from a renamed tab", () => {
    for (const stamp of [stampFromOutcome(outcome([finding({ severity: "warning" })], "abc123"), context), stampFromOutcome(outcome([finding()]), context)]) {
      expect(readStamp(sourceWithSpec(stampSheetSpec(stamp), "Stamp (2)"))).toEqual(stamp);
    }
  });

  it("reads a stamp written before rulesets were fingerprinted, with those fields empty", () => {
    const old = stampSheetSpec(stampFromOutcome(outcome([]), context));
    old.rows = old.rows.filter((r) => !["Ruleset fingerprint", "Ruleset source", "Why not passed"].includes(String(r[0]?.value)));
    expect(readStamp(sourceWithSpec(old))).toMatchObject({ result: "PASS", rulesetFingerprint: "", rulesetSource: "", reasons: "" });
  });

  it("finds no stamp in a workbook without one", () => {
    expect(readStamp({ label: "x", date1904: false, tables: [], sheets: [{ name: "A", top: 1, left: 1, values: [["Result", "PASS"]] }] })).toBeNull();
  });

  it("matches only the fingerprint it was stamped with", () => {
    const stamp = stampFromOutcome(outcome([], "abc"), context);
    expect(stampMatches(stamp, "abc")).toBe(true);
    expect(stampMatches(stamp, "abd")).toBe(false);
  });

  it("lists its rows for the pane, leaving out an empty reason", () => {
    const rows = stampRows(stampFromOutcome(outcome([]), context));
    expect(rows[0]).toEqual(["Result", "PASS"]);
    expect(rows.map(([label]) => label)).not.toContain("Why not passed");
  });

  it("tells generated report sheets from the stamp and from the user's sheets", () => {
    const withStampOnly = sourceWithSpec(stampSheetSpec(stampFromOutcome(outcome([]), context)));
    expect(hasReportSheets(withStampOnly)).toBe(false);
    withStampOnly.sheets.push({ name: "Summary", top: 1, left: 1, values: [["Portfolio summary"], [`${GENERATED_MARKER} on 2026-11-25`]] });
    expect(hasReportSheets(withStampOnly)).toBe(true);
  });

  it("says each blocker in a sentence with plural agreement", () => {
    expect(blockerText({ kind: "errors", count: 1 })).toBe("1 error must be fixed.");
    expect(blockerText({ kind: "errors", count: 2 })).toBe("2 errors must be fixed.");
  });
});

describe("the PMO's check of a stamp", () => {
  const pmo = ruleset();
  const reference = { label: "Acme PMO 1.0 (library)", fingerprint: rulesetFingerprint(pmo) };
  const stamped = (over: Partial<Stamp> = {}): Stamp => ({ ...stampFromOutcome(outcome([], "data-1"), context), ...over });

  it("trusts a PASS on unchanged data made with the PMO's rules", () => {
    const check = checkStamp(stamped(), "data-1", reference);
    expect(check).toMatchObject({ data: "unchanged", ruleset: "same", trustworthy: true, title: "The stamp matches the data and your rules" });
  });

  it("says when the data changed", () => {
    expect(checkStamp(stamped(), "data-2", reference)).toMatchObject({ data: "changed", trustworthy: false, title: "The data changed since it was stamped" });
  });

  it("says when the stamp's rules differ from the PMO's, e.g. a rule switched off", () => {
    const lax = stampFromOutcome({ ...outcome([], "data-1"), ruleset: ruleset({ rules: { "gate/missing-approval": { severity: "off" } } }) }, context);
    const check = checkStamp(lax, "data-1", reference);
    expect(check).toMatchObject({ data: "unchanged", ruleset: "different", trustworthy: false, title: "Checked with other rules than yours" });
    expect(check.lines.join(" ")).toContain("Rules switched off when it was stamped: gate/missing-approval.");
  });

  it("cannot vouch for the rules of a stamp that does not record them", () => {
    expect(checkStamp(stamped({ rulesetFingerprint: "" }), "data-1", reference)).toMatchObject({ ruleset: "unrecorded", trustworthy: false });
  });

  it("warns that a ruleset read from the received workbook is the submitter's", () => {
    const check = checkStamp(stamped(), "data-1", { ...reference, fromReceivedWorkbook: true });
    expect(check.trustworthy).toBe(false);
    expect(check.lines.at(-1)).toMatch(/the submitter's/);
  });
});
