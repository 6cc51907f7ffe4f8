/**
 * The ribbon's Check portfolio, with Office injected: check the workbook (its own ruleset, else the
 * default), record the run, show the counts in a dialog, and complete the ribbon event exactly once,
 * when the dialog closes (or could not open).
 */
import type { AppServices } from "../taskpane/services/app-services";
import { runCheck } from "../taskpane/services/check-runner";
import { encodeResult, type CheckResultMessage } from "./result-message";

/** Opens the result dialog; calls onClosed once the user closes it or when it cannot open. */
export type ShowDialog = (query: string, onClosed: () => void) => void;

export async function checkForRibbon(services: AppServices, label: string): Promise<CheckResultMessage> {
  try {
    const { outcome } = await runCheck(services, { asOf: services.today(), writeSheets: false, origin: "ribbon" });
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
    const services = makeServices();
    const message = await checkForRibbon(services, services.label);
    showDialog(encodeResult(message), done);
  };
}
