/** Moves Excel's selection to a finding's cell: one sync, with messages for what can go wrong. */
import type { CellLocation } from "../../workbook/port";
import { OfficeWorkbookError, officeCode, toOfficeWorkbookError } from "./errors";
import type { ExcelRunner } from "./office-api";
import { withCellEditRetry, type RetryPolicy } from "./retry";

export async function selectCell(excel: ExcelRunner, location: CellLocation, retry: RetryPolicy): Promise<void> {
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
    );
  } catch (error) {
    const code = officeCode(error);
    if (code === "ItemNotFound") {
      throw new OfficeWorkbookError("not-found", `The sheet "${location.sheet}" is no longer in the workbook (renamed or deleted?). Run the check again to refresh the findings.`, { cause: error, officeCode: code });
    }
    if (code === "InvalidOperation" || code === "InvalidSelection") {
      throw new OfficeWorkbookError("hidden", `Cell ${location.cell} on "${location.sheet}" cannot be selected; the sheet may be hidden. Unhide it (right-click a sheet tab > Unhide) and try again.`, { cause: error, officeCode: code });
    }
    throw toOfficeWorkbookError(error, `select ${location.sheet}!${location.cell}`, true);
  }
}
