/**
 * The in-memory Excel API stand-in: the subset of the Excel JavaScript API the add-in uses, with
 * Office's load/sync semantics, errors and limits. Used by the adapter tests, the bench and the
 * browser harness. ExcelJS loading lives in ./from-exceljs (Node only).
 */
export { createStandinExcel, type ExcelRunner, type RequirementChecker, type StandinExcel, type StandinOptions } from "./standin";
export { ALL_PROFILES, PLATFORMS, PROFILE_LEVELS, READ_CELL_LIMIT, NO_UNDO, profileName, diagnosticsPlatform, type HostProfile, type Platform } from "./profiles";
export { standinStateFromWorkbookSource, addSheet } from "./from-source";
export { dumpStandin, dumpSheet } from "./dump";
export { newWorkbookState, findSheet, type WorkbookState, type SheetState } from "./state";
export { StandinErrorCodes, StandinOfficeError } from "./errors";
export { WEB_PAYLOAD_LIMIT, type StandinHost, type StandinStats, type SyncRecord } from "./host";
