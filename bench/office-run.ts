/**
 * One full add-in run over the Excel stand-in, in a process of its own: the Office adapter reads the
 * workbook, the core checks it, the adapter writes every report sheet and chart. Prints one JSON line
 * with the stand-in's counters (context.sync() calls, largest request).
 * Usage: node --import tsx bench/office-run.ts <file.xlsx> [windows|mac|web]
 * The host profile (current Microsoft 365, ExcelApi 1.20) decides the limits the stand-in enforces: none on
 * the desktop, 5 MB per request and per response on the web.
 */
import { maxOf } from "../src/core/arrays";
import { readXlsx } from "../src/adapters/xlsx/read-workbook";
import { OfficeWorkbook } from "../src/adapters/office/index";
import { dayFromIso } from "../src/core/model/dates";
import { checkSource, reportSpecs, resolveRuleset } from "../src/core/pipeline";
import { createStandinExcel, standinStateFromWorkbookSource } from "../src/excel-standin/index";
import type { Platform } from "../src/excel-standin/profiles";

export interface OfficeRun {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  readSyncs: number;
  /** Bytes Excel sent back over the whole read (all its syncs). */
  readResponseBytes: number;
  ms: number;
}

const file = process.argv[2];
const platform = (process.argv[3] ?? "web") as Platform;
const standin = createStandinExcel(standinStateFromWorkbookSource(await readXlsx(file, { label: "bench" })), {
  profile: { platform, excelApi: "1.20" },
});
const workbook = new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, platform: standin.platform, label: "bench" });

const t = performance.now();
const source = await workbook.read();
const readSyncs = standin.host.stats.syncs;
const resolved = resolveRuleset(source);
if (!resolved.ok) throw new Error("the default ruleset did not load");
const outcome = checkSource(source, resolved.ruleset, { asOf: dayFromIso("2026-11-25") });
await workbook.writeSheets(reportSpecs(outcome, "bench"));
const ms = performance.now() - t;

const records = standin.host.stats.records;
const run: OfficeRun = {
  syncs: standin.host.stats.syncs,
  maxRequestBytes: maxOf(records.map((r) => r.requestBytes), 0),
  maxResponseBytes: maxOf(records.map((r) => r.responseBytes), 0),
  readSyncs,
  readResponseBytes: records.slice(0, readSyncs).reduce((sum, r) => sum + r.responseBytes, 0),
  ms: Math.round(ms),
};
process.stdout.write(JSON.stringify(run) + "\n");
