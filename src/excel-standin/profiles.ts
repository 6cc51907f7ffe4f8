/**
 * Host profiles: which Excel the stand-in pretends to be. A profile is a platform (Windows, Mac, the
 * web) and an ExcelApi requirement-set level; it decides which API members exist (see api-sets.ts),
 * the payload limits, and the documented platform differences the adapter must survive:
 *
 * - Undo (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities):
 *   Worksheet.delete has no undo support anywhere; Worksheet.name, position and visibility none on
 *   Windows and Mac; NamedItem.comment none on the web. In a run with `mergeUndoGroup: true` (ExcelApi
 *   1.20) such a call throws UndoNotSupported; outside one it clears the user's undo stack.
 * - Payloads (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins):
 *   Excel on the web refuses requests and responses over 5 MB; a range read of more than 5,000,000
 *   cells returns null (or throws).
 */

export type Platform = "windows" | "mac" | "web";

export interface HostProfile {
  platform: Platform;
  /** ExcelApi requirement-set level, e.g. "1.12". */
  excelApi: string;
}

export const PLATFORMS: readonly Platform[] = ["windows", "mac", "web"];
/** 1.7: the adapter's floor for writing; 1.12: Office 2021 and older Microsoft 365 builds; 1.20: current Microsoft 365. */
export const PROFILE_LEVELS: readonly string[] = ["1.7", "1.12", "1.20"];
export const ALL_PROFILES: readonly HostProfile[] = PLATFORMS.flatMap((platform) => PROFILE_LEVELS.map((excelApi) => ({ platform, excelApi })));

export function profileName(p: HostProfile): string {
  return `${p.platform} ExcelApi ${p.excelApi}`;
}

/** What Office.context.diagnostics.platform says on that platform. */
export function diagnosticsPlatform(platform: Platform): "PC" | "Mac" | "OfficeOnline" {
  return platform === "windows" ? "PC" : platform === "mac" ? "Mac" : "OfficeOnline";
}

/** Excel on the web's request and response limit. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Cells one range read may return before Excel answers null instead. */
export const READ_CELL_LIMIT = 5_000_000;

const NO_UNDO_ANYWHERE = ["Worksheet.delete", "Worksheet.copy", "WorkbookProtection.protect", "WorkbookProtection.unprotect", "WorksheetProtection.protect", "WorksheetProtection.unprotect"];

/** API members without undo support, per platform (the table of the undo page). */
export const NO_UNDO: Readonly<Record<Platform, ReadonlySet<string>>> = {
  windows: new Set([...NO_UNDO_ANYWHERE, "Worksheet.name", "Worksheet.position", "Worksheet.visibility"]),
  mac: new Set([...NO_UNDO_ANYWHERE, "Worksheet.name", "Worksheet.position", "Worksheet.visibility"]),
  web: new Set([...NO_UNDO_ANYWHERE, "NamedItem.comment"]),
};
