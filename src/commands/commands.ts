/**
 * Ribbon commands, wired to Office. Excel has no toast API for add-ins, so the result of Check
 * portfolio is shown in a small dialog (Dialog API); the ribbon event completes when it closes.
 */
import { labelFromUrl, officeServices } from "../taskpane/services/office-services";
import { themeFromBackground } from "../taskpane/services/theme";
import { checkPortfolioCommand, type ShowDialog } from "./check-portfolio";

const showDialog: ShowDialog = (query, onClosed) => {
  const url = new URL(`dialog.html?${query}`, window.location.href).toString();
  Office.context.ui.displayDialogAsync(url, { height: 35, width: 30, displayInIframe: true }, (result) => {
    if (result.status !== Office.AsyncResultStatus.Succeeded) {
      // Without a dialog (blocked, or another one open) the result stays in the history the pane shows.
      console.error(`PMO Rulebook: the result dialog could not open: ${result.error.message}`);
      onClosed();
      return;
    }
    const dialog = result.value;
    dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
      dialog.close();
      onClosed();
    });
    // The user closed the dialog with its X button.
    dialog.addEventHandler(Office.EventType.DialogEventReceived, () => onClosed());
  });
};

Office.onReady(() => {
  const makeServices = () => {
    const label = labelFromUrl(Office.context.document.url);
    const theme = themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor);
    return { ...officeServices({ excel: Excel, requirements: Office.context.requirements, label, theme, platform: String(Office.context.diagnostics?.platform ?? "") }), label };
  };
  Office.actions.associate("checkPortfolio", checkPortfolioCommand(makeServices, showDialog));
});
