/**
 * One full add-in run over the Excel stand-in, in a process of its own: the Office adapter reads the
 * workbook, the core checks it, the adapter writes every report sheet and chart. Prints one JSON line
 * with the stand-in's counters (context.sync() calls, largest request).
 * Usage: node --import tsx bench/office-run.ts <file.xlsx>
 */
import { readXlsx } from "../src/adapters/xlsx/read-workbook";
import { OfficeWorkbook } from "../src/adapters/office/index";
import { dayFromIso } from "../src/core/model/dates";
import { checkSource, reportSpecs, resolveRuleset } from "../src/core/pipeline";
import { createStandinExcel, standinStateFromWorkbookSource } from "../src/excel-standin/index";

export interface OfficeRun {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  readSyncs: number;
  ms: number;
}

const file = process.argv[2];
const standin = createStandinExcel(standinStateFromWorkbookSource(await readXlsx(file, { label: "bench" })), {
  requirementSets: { ExcelApi: "1.20" },
});
const workbook = new OfficeWorkbook({ excel: standin.Excel, requirements: standin.requirements, label: "bench" });

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
  maxRequestBytes: Math.max(0, ...records.map((r) => r.requestBytes)),
  maxResponseBytes: Math.max(0, ...records.map((r) => r.responseBytes)),
  readSyncs,
  ms: Math.round(ms),
};
process.stdout.write(JSON.stringify(run) + "\n");
