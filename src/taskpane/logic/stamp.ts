/**
 * The submission stamp: a small generated sheet recording that a workbook was validated, against
 * which rules (name, version and a fingerprint of their content, where they came from, which were
 * off or could not run), as of when, on which data (its fingerprint), with what result. The data
 * fingerprint ignores generated sheets, so writing the stamp does not change it; the PMO re-checks a
 * stamp by recomputing both fingerprints and comparing.
 */
import type { CheckOutcome } from "../../core/pipeline";
import type { Portfolio } from "../../core/model/portfolio";
import type { WorkbookSource, CellValue } from "../../workbook/grid";
import { GENERATED_MARKER, type SheetSpec, type SpecCell } from "../../workbook/sheet-spec";
import { isoFromDay } from "../../core/model/dates";
import { rulesetFingerprint } from "../../core/ruleset/fingerprint";
import { rulesSwitchedOff, submissionVerdict, type SubmissionBlocker, type SubmissionVerdict } from "../../core/submission";
import { counted } from "./wording";

export const STAMP_TITLE = "PMO Rulebook submission stamp";
export const STAMP_SHEET_KEY = "submission-stamp";
export const STAMP_SHEET_NAME = "Submission Stamp";

export interface Stamp {
  result: "PASS" | "FAIL";
  /** Why it is not a PASS, as sentences; empty for a PASS. */
  reasons: string;
  rulesetName: string;
  rulesetVersion: string;
  /** Fingerprint of the ruleset's content (see core/ruleset/fingerprint); empty on stamps made before it was recorded. */
  rulesetFingerprint: string;
  /** Where the ruleset came from and whether it had unsaved edits, e.g. "stored in the workbook". */
  rulesetSource: string;
  /** Rule ids switched off in that ruleset, comma separated, or "none". */
  rulesOff: string;
  /** Rules that could not run, with why, or "none". */
  rulesNotRun: string;
  projects: number;
  /** ISO date the data was checked as of. */
  asOf: string;
  fingerprint: string;
  /** ISO timestamp when the stamp was written. */
  stampedAt: string;
  errors: number;
  warnings: number;
  workbook: string;
}

/** What the pane knows of where its ruleset came from (see use-rulebook). */
export type RulesetOrigin = "workbook" | "default" | "library" | "imported";

const ORIGIN_TEXT: Record<RulesetOrigin, string> = {
  workbook: "stored in the workbook",
  default: "the default ruleset",
  library: "loaded from a library on the submitter's computer",
  imported: "imported from JSON",
};

/** The ruleset's source as a stamp states it; unsaved edits are said as such. */
export function rulesetSourceText(origin: RulesetOrigin, dirty: boolean): string {
  if (!dirty) return ORIGIN_TEXT[origin];
  return origin === "imported" ? `${ORIGIN_TEXT.imported}, not saved in the workbook` : `${ORIGIN_TEXT[origin]}, with edits not saved in the workbook`;
}

/** One blocker as a sentence. */
export function blockerText(blocker: SubmissionBlocker): string {
  switch (blocker.kind) {
    case "no-projects":
      return "No project register was found, so nothing was checked.";
    case "error-rules-not-run":
      return `${counted(blocker.ruleIds.length, "rule")} the ruleset treats as errors could not run (${blocker.ruleIds.join(", ")}).`;
    case "errors":
      return `${counted(blocker.count, "error")} must be fixed.`;
  }
}

export function stampFromOutcome(
  outcome: Pick<CheckOutcome, "result" | "ruleset" | "fingerprint" | "asOf"> & { portfolio: Pick<Portfolio, "projects"> },
  context: { workbook: string; now: Date; rulesetSource: string },
  verdict: SubmissionVerdict = submissionVerdict(outcome),
): Stamp {
  const off = rulesSwitchedOff(outcome.ruleset);
  return {
    result: verdict.result,
    reasons: verdict.blockers.map(blockerText).join(" "),
    rulesetName: outcome.ruleset.name,
    rulesetVersion: outcome.ruleset.version,
    rulesetFingerprint: rulesetFingerprint(outcome.ruleset),
    rulesetSource: context.rulesetSource,
    rulesOff: off.length > 0 ? off.join(", ") : "none",
    rulesNotRun: verdict.notRun.length > 0 ? verdict.notRun.map((r) => `${r.ruleId} (${r.severity}): ${r.reason}`).join("; ") : "none",
    projects: verdict.projects,
    asOf: isoFromDay(outcome.asOf),
    fingerprint: outcome.fingerprint,
    stampedAt: context.now.toISOString(),
    errors: verdict.errors,
    warnings: verdict.warnings,
    workbook: context.workbook,
  };
}

const FIELDS: { key: keyof Stamp; label: string }[] = [
  { key: "result", label: "Result" },
  { key: "reasons", label: "Why not passed" },
  { key: "rulesetName", label: "Ruleset" },
  { key: "rulesetVersion", label: "Ruleset version" },
  { key: "rulesetFingerprint", label: "Ruleset fingerprint" },
  { key: "rulesetSource", label: "Ruleset source" },
  { key: "rulesOff", label: "Rules switched off" },
  { key: "rulesNotRun", label: "Rules not run" },
  { key: "projects", label: "Projects checked" },
  { key: "asOf", label: "As of" },
  { key: "fingerprint", label: "Data fingerprint" },
  { key: "stampedAt", label: "Stamped at (UTC)" },
  { key: "errors", label: "Errors" },
  { key: "warnings", label: "Warnings" },
  { key: "workbook", label: "Workbook" },
];

/** Label and value of each field of a stamp, in the stamp sheet's order (for the pane's table). */
export function stampRows(stamp: Stamp): [string, string][] {
  return FIELDS.filter(({ key }) => key !== "reasons" || stamp.reasons !== "").map(({ key, label }) => [label, String(stamp[key])]);
}

/** The stamp as a generated sheet; values are stored as text so Excel never reinterprets them. */
export function stampSheetSpec(stamp: Stamp): SheetSpec {
  const text = (value: string | number, style?: SpecCell["style"]): SpecCell => ({ value: String(value), type: "text", ...(style ? { style } : {}) });
  const rows: (SpecCell | null)[][] = [
    [{ value: STAMP_TITLE, style: "title" }],
    [{ value: `${GENERATED_MARKER}. Do not edit: the PMO compares this stamp with the data.`, style: "note" }],
    [],
    ...FIELDS.map(({ key, label }) => [
      text(label, "bold"),
      // An empty reason is written as a dash so the row reads as a field, not as a blank line.
      text(stamp[key] === "" ? "-" : stamp[key], key === "result" ? (stamp.result === "PASS" ? "good" : "bad") : undefined),
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
    // Fields a stamp from an earlier version lacks read as empty.
    const get = (key: keyof Stamp) => pairs.get(FIELDS.find((f) => f.key === key)!.label) ?? "";
    const result = get("result");
    if (result !== "PASS" && result !== "FAIL") continue;
    const reasons = get("reasons");
    return {
      result,
      reasons: reasons === "-" ? "" : reasons,
      rulesetName: get("rulesetName"),
      rulesetVersion: get("rulesetVersion"),
      rulesetFingerprint: get("rulesetFingerprint"),
      rulesetSource: get("rulesetSource"),
      rulesOff: get("rulesOff"),
      rulesNotRun: get("rulesNotRun"),
      projects: Number(get("projects")) || 0,
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
