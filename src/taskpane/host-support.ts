/**
 * Whether this Excel can run the pane at all, as one sentence shown instead of the pane. The webview
 * check (no Chromium-based engine) runs before the bundle, in src/taskpane/host-check.js.
 */
import type { RequirementChecker } from "../adapters/office/office-api";
import { REQUIRED } from "../adapters/office/office-api";

export function unsupportedExcel(requirements: RequirementChecker): string | null {
  if (requirements.isSetSupported("ExcelApi", REQUIRED.read)) return null;
  return `PMO Rulebook needs Excel for Microsoft 365, Excel 2021 or later, Excel on the web, or Excel for Mac: this version of Excel lacks ExcelApi ${REQUIRED.read}, which reading a workbook needs.`;
}
