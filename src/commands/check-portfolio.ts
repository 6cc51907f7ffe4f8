/**
 * The ribbon's Check portfolio, with Office injected: check the workbook (its own ruleset, else the
 * default), record the run, show the counts in a dialog, and complete the ribbon event exactly once,
 * when the dialog closes (or could not open).
 */
import type { AppServices } from "../taskpane/services/app-services";
import { checkWorkbook } from "../core/check-workflow";
import { encodeResult, type CheckResultMessage } from "./result-message";

/** Opens the result dialog; calls onClosed once the user closes it or when it cannot open. */
export type ShowDialog = (query: string, onClosed: () => void) => void;

export async function checkForRibbon(services: AppServices, label: string): Promise<CheckResultMessage> {
  try {
    // The same workflow as the pane and the CLI; the ribbon only reads and checks, then records the run.
    const checked = await checkWorkbook({ reader: services.reader, ...(services.check ? { check: services.check } : {}) }, { asOf: services.today(), writeSheets: false });
    if (!checked.ok) throw new Error(`The ruleset is not valid: ${checked.errors.map((e) => `${e.path || "/"} ${e.message}`).join("; ")}`);
    const { outcome, source } = checked;
    await services.store.recordRun(outcome, source.label, "ribbon");
    const { summary } = outcome.result;
    const projects = outcome.portfolio.projects.length;
    return { workbook: label, error: summary.error, warning: summary.warning, info: summary.info, projects, theme: services.theme };
  } catch (e) {
    return { workbook: label, error: 0, warning: 0, info: 0, projects: 0, failure: (e as Error).message, theme: services.theme };
  }
}

export function checkPortfolioCommand(makeServices: () => AppServices & { label: string }, showDialog: ShowDialog) {
  return async (event: { completed(): void }): Promise<void> => {
    let completed = false;
    const done = () => {
      if (!completed) {
        completed = true;
        event.completed();
      }
    };
    try {
      const services = makeServices();
      const message = await checkForRibbon(services, services.label);
      showDialog(encodeResult(message), done);
    } catch (e) {
      // The dialog could not be shown (displayDialogAsync threw) or the services could not be built:
      // Excel still needs the event completed, or the button stays busy (issue 8, item 7).
      console.error(`PMO Rulebook: the ribbon check could not show its result: ${(e as Error).message}`);
      done();
    }
  };
}
