/**
 * Builds the pane's services from an Excel runner: the Office.js adapter for reading, writing and
 * selecting, the local store, the theme and what this host cannot do. Used with the real `Excel` in
 * the add-in and with the in-memory stand-in in the browser harness, so both run the same wiring.
 */
import { OfficeWorkbook } from "../../adapters/office";
import { TEMPLATE_REQUIREMENT, writeTemplate } from "../../adapters/office/template-writer";
import type { ExcelRunner, RequirementChecker } from "../../adapters/office/office-api";
import { REQUIRED } from "../../adapters/office/office-api";
import { RulebookStore } from "../../store/store";
import { today } from "../../core/model/dates";
import type { AppServices, ThemeKind } from "./app-services";
import { workerChecker } from "./checker";
import { canDownload, downloadSaver } from "./save-file";

export interface OfficeServicesOptions {
  excel: ExcelRunner;
  requirements: RequirementChecker;
  /** The workbook's label, used for messages and as the key of its run history. */
  label: string;
  theme: ThemeKind;
  store?: RulebookStore;
  /** Office.context.diagnostics.platform: on "PC" and "Mac" a read needs three syncs whatever its size;
   * on "OfficeOnline" and "PC" the pane can save a download (save-file.ts). Absent in a plain browser (the harness). */
  platform?: string;
}

/** Sentences for the features this host lacks, so the pane can say so up front instead of failing later. */
export function hostLimitations(requirements: RequirementChecker): string[] {
  const notes: string[] = [];
  if (!requirements.isSetSupported("ExcelApi", REQUIRED.read)) {
    notes.push(`This version of Excel is too old for PMO Rulebook (it needs ExcelApi ${REQUIRED.read}): update Excel or use Excel on the web.`);
  } else if (!requirements.isSetSupported("ExcelApi", REQUIRED.write)) {
    notes.push(`This version of Excel can be checked but cannot receive summary sheets, stamps or a stored ruleset (they need ExcelApi ${REQUIRED.write}).`);
  } else if (!requirements.isSetSupported("ExcelApi", REQUIRED.print)) {
    notes.push("Summary sheets are written without print settings on this version of Excel.");
  }
  return notes;
}

export function officeServices(options: OfficeServicesOptions): AppServices {
  const workbook = new OfficeWorkbook({ excel: options.excel, requirements: options.requirements, label: options.label, platform: options.platform });
  return {
    reader: workbook,
    writer: workbook,
    selector: workbook,
    store: options.store ?? new RulebookStore(),
    theme: options.theme,
    today: () => today(),
    workbookLabel: async () => options.label,
    limitations: hostLimitations(options.requirements),
    ...(options.requirements.isSetSupported("ExcelApi", TEMPLATE_REQUIREMENT) ? { writeTemplate: (template) => writeTemplate(options.excel, workbook, template) } : {}),
    ...(typeof Worker !== "undefined" ? { check: workerChecker() } : {}),
    ...(typeof document !== "undefined" && canDownload(options.platform) ? { saveFile: downloadSaver(document) } : {}),
  };
}

/** A label from the document's URL or path: its file name, decoded; "Workbook" when Excel gives none. */
export function labelFromUrl(url: string | undefined | null): string {
  if (!url) return "Workbook";
  const last = url.split(/[\\/]/).filter(Boolean).pop() ?? "";
  const name = last.split(/[?#]/)[0];
  try {
    return decodeURIComponent(name) || "Workbook";
  } catch {
    return name || "Workbook";
  }
}
