/**
 * The submission stamp: a small generated sheet recording that a workbook was validated against a
 * ruleset (name, version, as-of date, data fingerprint, result). The fingerprint ignores generated
 * sheets, so writing the stamp does not change it; the PMO re-checks a stamp by recomputing the
 * fingerprint of the data it received and comparing.
 */
import type { CheckOutcome } from "../../core/pipeline";
import type { WorkbookSource, CellValue } from "../../workbook/grid";
import { GENERATED_MARKER, type SheetSpec, type SpecCell } from "../../workbook/sheet-spec";
import { isoFromDay } from "../../core/model/dates";

export const STAMP_TITLE = "PMO Rulebook submission stamp";
export const STAMP_SHEET_KEY = "submission-stamp";
export const STAMP_SHEET_NAME = "Submission Stamp";

export interface Stamp {
  result: "PASS" | "FAIL";
  rulesetName: string;
  rulesetVersion: string;
  /** ISO date the data was checked as of. */
  asOf: string;
  fingerprint: string;
  /** ISO timestamp when the stamp was written. */
  stampedAt: string;
  errors: number;
  warnings: number;
  workbook: string;
}

/** A workbook passes when the ruleset finds no error; warnings and notes do not block a submission. */
export function submissionResult(outcome: Pick<CheckOutcome, "result">): "PASS" | "FAIL" {
  return outcome.result.summary.error === 0 ? "PASS" : "FAIL";
}

export function stampFromOutcome(outcome: Pick<CheckOutcome, "result" | "ruleset" | "fingerprint" | "asOf">, workbook: string, now: Date): Stamp {
  return {
    result: submissionResult(outcome),
    rulesetName: outcome.ruleset.name,
    rulesetVersion: outcome.ruleset.version,
    asOf: isoFromDay(outcome.asOf),
    fingerprint: outcome.fingerprint,
    stampedAt: now.toISOString(),
    errors: outcome.result.summary.error,
    warnings: outcome.result.summary.warning,
    workbook,
  };
}

const FIELDS: { key: keyof Stamp; label: string }[] = [
  { key: "result", label: "Result" },
  { key: "rulesetName", label: "Ruleset" },
  { key: "rulesetVersion", label: "Ruleset version" },
  { key: "asOf", label: "As of" },
  { key: "fingerprint", label: "Data fingerprint" },
  { key: "stampedAt", label: "Stamped at (UTC)" },
  { key: "errors", label: "Errors" },
  { key: "warnings", label: "Warnings" },
  { key: "workbook", label: "Workbook" },
];

/** The stamp as a generated sheet; values are stored as text so Excel never reinterprets them. */
export function stampSheetSpec(stamp: Stamp): SheetSpec {
  const text = (value: string | number, style?: SpecCell["style"]): SpecCell => ({ value: String(value), type: "text", ...(style ? { style } : {}) });
  const rows: (SpecCell | null)[][] = [
    [{ value: STAMP_TITLE, style: "title" }],
    [{ value: `${GENERATED_MARKER}. Do not edit: the PMO compares this stamp with the data.`, style: "note" }],
    [],
    ...FIELDS.map(({ key, label }) => [
      text(label, "bold"),
      text(stamp[key], key === "result" ? (stamp.result === "PASS" ? "good" : "bad") : undefined),
    ]),
  ];
  return { key: STAMP_SHEET_KEY, name: STAMP_SHEET_NAME, tabColor: stamp.result === "PASS" ? "107C41" : "C50F1F", columns: [{ width: 22 }, { width: 70 }], rows };
}

function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

/** Finds the stamp sheet in a workbook (by its content, since the tab may have been renamed) and reads it. */
export function readStamp(source: WorkbookSource): Stamp | null {
  for (const sheet of source.sheets) {
    const rows = sheet.values;
    const titleRow = rows.findIndex((r, i) => i < 6 && r.some((v) => cellText(v) === STAMP_TITLE));
    if (titleRow < 0) continue;
    const pairs = new Map<string, string>();
    for (const row of rows.slice(titleRow + 1)) {
      const cells = row.map(cellText).filter((t) => t !== "");
      if (cells.length >= 2) pairs.set(cells[0], cells[1]);
    }
    const get = (key: keyof Stamp) => pairs.get(FIELDS.find((f) => f.key === key)!.label) ?? "";
    const result = get("result");
    if (result !== "PASS" && result !== "FAIL") continue;
    return {
      result,
      rulesetName: get("rulesetName"),
      rulesetVersion: get("rulesetVersion"),
      asOf: get("asOf"),
      fingerprint: get("fingerprint"),
      stampedAt: get("stampedAt"),
      errors: Number(get("errors")) || 0,
      warnings: Number(get("warnings")) || 0,
      workbook: get("workbook"),
    };
  }
  return null;
}

/** Whether the data still matches a stamp: same fingerprint means the stamped data is unchanged. */
export function stampMatches(stamp: Stamp, currentFingerprint: string): boolean {
  return stamp.fingerprint !== "" && stamp.fingerprint === currentFingerprint;
}

/**
 * Whether the workbook holds generated report sheets besides the stamp. A report write replaces every
 * generated sheet, so the stamp and the summary sheets must always be written together to keep both.
 */
export function hasReportSheets(source: WorkbookSource): boolean {
  return source.sheets.some((sheet) => {
    const top = sheet.values.slice(0, 6).flat().map(cellText);
    return top.some((t) => t.startsWith(GENERATED_MARKER)) && !top.includes(STAMP_TITLE);
  });
}
