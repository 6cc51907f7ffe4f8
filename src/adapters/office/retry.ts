/**
 * Cell-edit mode: while the user is typing in a cell, every batch fails with
 * InvalidOperationInCellEditMode. The whole operation is retried after a pause, a few times; each
 * operation is written so that running it again from the start is safe.
 */
import { officeCode } from "./errors";

export interface RetryPolicy {
  attempts: number;
  pauseMs: number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, pauseMs: 1500 };

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withCellEditRetry<T>(operation: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  const sleep = policy.sleep ?? realSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (officeCode(error) !== "InvalidOperationInCellEditMode" || attempt >= policy.attempts) throw error;
      await sleep(policy.pauseMs * attempt);
    }
  }
}
