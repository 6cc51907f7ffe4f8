/**
 * The add-in's task pane entry: waits for Office, builds the services over the real `Excel`, mounts
 * the pane. Everything that touches `Office` or `Excel` for the pane is in this file.
 */
import { mountTaskpane } from "./mount";
import { labelFromUrl, officeServices } from "./services/office-services";
import { themeFromBackground } from "./services/theme";
import { unsupportedExcel } from "./host-support";

Office.onReady((info) => {
  const root = document.getElementById("root")!;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = "PMO Rulebook runs inside Excel. Open it from Excel's Home tab (Open Rulebook).";
    return;
  }
  const unsupported = unsupportedExcel(Office.context.requirements);
  if (unsupported) {
    root.textContent = unsupported;
    return;
  }
  const services = officeServices({
    excel: Excel,
    requirements: Office.context.requirements,
    label: labelFromUrl(Office.context.document.url),
    theme: themeFromBackground(Office.context.officeTheme?.bodyBackgroundColor),
    platform: String(Office.context.diagnostics?.platform ?? ""),
  });
  mountTaskpane(root, services);
});
