/**
 * Turns what Excel raises into an OfficeWorkbookError: a kind the task pane can branch on and a
 * sentence that says what happened and what to do. Office errors carry a string `code`.
 */

export type OfficeProblem = "cell-edit" | "focus" | "protected" | "too-large" | "requirement" | "not-found" | "hidden" | "unexpected";

export class OfficeWorkbookError extends Error {
  override readonly name = "OfficeWorkbookError";
  readonly problem: OfficeProblem;
  /** The Office error code, when Excel raised one. */
  readonly officeCode?: string;

  constructor(problem: OfficeProblem, message: string, options: { cause?: unknown; officeCode?: string } = {}) {
    super(message, { cause: options.cause });
    this.problem = problem;
    this.officeCode = options.officeCode;
  }
}

export function officeCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** What the user was doing, for the message: "read the workbook", "write the summary sheets"... */
export type Activity = string;

export function toOfficeWorkbookError(error: unknown, activity: Activity, unchanged: boolean): OfficeWorkbookError {
  if (error instanceof OfficeWorkbookError) return error;
  const code = officeCode(error);
  const nothing = unchanged ? " Nothing in the workbook was changed." : "";
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return new OfficeWorkbookError("cell-edit", `Excel is busy editing a cell, so PMO Rulebook could not ${activity}. Press Enter or Esc to leave the cell, then try again.${nothing}`, { cause: error, officeCode: code });
    case "GeneralException":
    case "InvalidSelection":
      // On the desktop these come when the workbook is not the active window (office-js #771, #561,
      // #6365); the adapter has already retried. Say what Excel said, not a guess about hidden sheets.
      return new OfficeWorkbookError(
        "focus",
        `Excel refused a step (${code}) while PMO Rulebook tried to ${activity}, several times. Excel does this when the workbook is not the active window, for example while another workbook, a dialog or another program has the focus, or while Excel is busy. Click in this workbook and try again.${nothing}`,
        { cause: error, officeCode: code },
      );
    case "AccessDenied":
      return new OfficeWorkbookError(
        "protected",
        `The workbook or one of its sheets is protected, so PMO Rulebook could not ${activity}. Unprotect it (Review > Unprotect Sheet, or Review > Protect Workbook for the sheet structure) and try again.${nothing}`,
        { cause: error, officeCode: code },
      );
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new OfficeWorkbookError(
        "too-large",
        `The data was too large for Excel to take in one request, so PMO Rulebook could not ${activity}. Try the desktop version of Excel, or check a smaller workbook.${nothing}`,
        { cause: error, officeCode: code },
      );
    case "ItemNotFound":
      return new OfficeWorkbookError("not-found", `A sheet or range PMO Rulebook needed was not found while trying to ${activity}; it may have been renamed or deleted. Run the check again.${nothing}`, { cause: error, officeCode: code });
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return new OfficeWorkbookError("unexpected", `Excel reported a problem while PMO Rulebook tried to ${activity}: ${detail}${nothing}`, { cause: error, officeCode: code });
    }
  }
}

export function requirementError(set: string, activity: Activity): OfficeWorkbookError {
  return new OfficeWorkbookError(
    "requirement",
    `This version of Excel does not support ExcelApi ${set}, which PMO Rulebook needs to ${activity}. Update Office (Microsoft 365 or Excel 2019 and later) or use Excel on the web.`,
  );
}
