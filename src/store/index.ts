export { RulebookDb, DEFAULT_DB_NAME, type StoredRuleset, type StoredRun, type RunOrigin, type StoredSetting } from "./db";
export { RulebookStore, RUNS_KEPT_PER_WORKBOOK, FINDINGS_KEPT_PER_RUN } from "./store";
export { findingKey, digestFindings, type FindingDigest } from "./digest";
