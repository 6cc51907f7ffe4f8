/**
 * Runs the check (read the portfolio from the grids, apply the rules) off the pane's main thread, so
 * the pane stays responsive on a 10,000-project workbook (about 2 s of work). Pure core code only: the
 * workbook was read through Office.js on the main thread and arrives here as plain grids.
 */
import { checkSource } from "../../core/pipeline";
import type { CheckJob, CheckReply } from "./checker";

const scope = self as unknown as { onmessage: ((event: MessageEvent<CheckJob>) => void) | null; postMessage(reply: CheckReply): void };

scope.onmessage = (event) => {
  const { source, ruleset, options } = event.data;
  try {
    scope.postMessage({ ok: true, outcome: checkSource(source, ruleset, options) });
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
