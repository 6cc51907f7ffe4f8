/**
 * Moves Excel's selection to a finding's cell: one sync. When Excel refuses, the message says why:
 * a hidden sheet is told apart from a workbook that lost the focus by looking at the sheet.
 */
import type { CellLocation } from "../../workbook/port";
import { OfficeWorkbookError, officeCode, toOfficeWorkbookError } from "./errors";
import type { ExcelRunner } from "./office-api";
import { withCellEditRetry, type RetryPolicy } from "./retry";

async function visibilityOf(excel: ExcelRunner, sheet: string): Promise<string | null> {
  return excel.run(async (context) => {
    const s = context.workbook.worksheets.getItemOrNullObject(sheet).load("visibility");
    await context.sync();
    return s.isNullObject ? null : s.visibility;
  });
}

export async function selectCell(excel: ExcelRunner, location: CellLocation, retry: RetryPolicy): Promise<void> {
  const activity = `select ${location.sheet}!${location.cell}`;
  try {
    await withCellEditRetry(
      () =>
        excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem(location.sheet);
          sheet.activate();
          sheet.getRange(location.cell).select();
          await context.sync();
        }),
      retry,
      true,
    );
  } catch (error) {
    const code = officeCode(error);
    if (code === "ItemNotFound") {
      throw new OfficeWorkbookError("not-found", `The sheet "${location.sheet}" is no longer in the workbook (renamed or deleted?). Run the check again to refresh the findings.`, { cause: error, officeCode: code });
    }
    if (code === "InvalidOperation" || code === "InvalidSelection" || code === "GeneralException") {
      const visibility = await visibilityOf(excel, location.sheet).catch(() => undefined);
      if (visibility === "Hidden" || visibility === "VeryHidden") {
        throw new OfficeWorkbookError("hidden", `Cell ${location.cell} on "${location.sheet}" cannot be selected because the sheet is hidden. Unhide it (right-click a sheet tab > Unhide) and try again.`, { cause: error, officeCode: code });
      }
    }
    throw toOfficeWorkbookError(error, activity, true);
  }
}
