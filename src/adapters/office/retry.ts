/**
 * Transient refusals, retried after a pause a few times; each operation is written so that running it
 * again from the start is safe (a write's fresh look repairs what an earlier attempt left):
 *
 * - cell-edit mode: while the user is typing in a cell, every batch fails with
 *   InvalidOperationInCellEditMode (hosts without delayForCellEdit, ExcelApi 1.11);
 * - focus: on the desktop, adding, activating, selecting, freezing or deleting fails with
 *   GeneralException or InvalidSelection while another workbook or window has the focus
 *   (office-js issues #771, #561, #5319, #6365).
 */
import { officeCode } from "./errors";

export interface RetryPolicy {
  attempts: number;
  pauseMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, pauseMs: 1500 };

/** Codes Excel answers when the workbook is not the active window (or Excel is busy), not because of the request. */
export const FOCUS_CODES: ReadonlySet<string> = new Set(["GeneralException", "InvalidSelection"]);

export function isRetryable(code: string | undefined): boolean {
  return code === "InvalidOperationInCellEditMode" || (code !== undefined && FOCUS_CODES.has(code));
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `operation` again after a growing pause while Excel is in cell-edit mode (and, with `focus`, while it refuses for focus). */
export async function withCellEditRetry<T>(operation: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY, focus = false): Promise<T> {
  const sleep = policy.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      const code = officeCode(error);
      const again = code === "InvalidOperationInCellEditMode" || (focus && isRetryable(code));
      if (!again || attempt >= policy.attempts) throw error;
      await sleep(policy.pauseMs * attempt);
    }
  }
}
