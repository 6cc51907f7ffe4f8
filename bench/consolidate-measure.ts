/**
 * One consolidation measurement in a process of its own (see bench/consolidate.ts). Modes: `read` reads
 * the first <count> files of <dir> one at a time and keeps nothing; `exceljs` reads every cell of each
 * with a bare ExcelJS streaming read (the reference issue 15 measures reading by) and keeps nothing; `each` reads and checks each file on
 * its own, as `check <folder>` without --consolidate does; `consolidate` reads them into one portfolio
 * and checks it once, as `check --consolidate` does. Prints one JSON line.
 * Usage: node --expose-gc --import tsx bench/consolidate-measure.ts <read|exceljs|each|consolidate> <dir> <count>
 */
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { resourceUsage } from "node:process";
import { readXlsx } from "../src/adapters/xlsx/read-workbook";
import { consolidateWorkbooks } from "../src/core/consolidate/workflow";
import { dayFromIso } from "../src/core/model/dates";
import { checkSource, resolveRuleset } from "../src/core/pipeline";
import { countCells } from "./exceljs-read.mjs";

export interface ConsolidateMeasurement {
  totalMs: number;
  /** The process's CPU time over the same span (user + system, all its threads): less swayed by a loaded machine than totalMs. */
  cpuMs: number;
  rulesMs: number;
  projects: number;
  resources: number;
  assignments: number;
  findings: number;
  /** Heap in use after a full GC at the end, with the consolidated outcome still referenced. */
  heapAfterMb: number;
  maxRssMb: number;
}

const [mode, dir, countArg] = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().slice(0, Number(countArg)).map((f) => join(dir, f));
const read = async (file: string) => readXlsx(new Uint8Array(await readFile(file)), { label: file });
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (bytes: number) => Math.round(bytes / 1e6);

const t = performance.now();
const cpuStart = process.cpuUsage();
let rulesStart = 0;
const out: ConsolidateMeasurement = { totalMs: 0, cpuMs: 0, rulesMs: 0, projects: 0, resources: 0, assignments: 0, findings: 0, heapAfterMb: 0, maxRssMb: 0 };
let keep: unknown;
if (mode === "read") {
  for (const file of files) await read(file);
} else if (mode === "exceljs") {
  for (const file of files) await countCells(file);
} else if (mode === "each") {
  for (const file of files) {
    const source = await read(file);
    const resolved = resolveRuleset(source);
    if (!resolved.ok) throw new Error("the default ruleset must load");
    out.findings += checkSource(source, resolved.ruleset, { asOf: dayFromIso("2026-11-25") }).result.findings.length;
  }
} else {
  const result = await consolidateWorkbooks(
    files.map((file) => ({ file, reader: { read: () => read(file), readEmbeddedRuleset: async () => null } })),
    { asOf: dayFromIso("2026-11-25"), label: "bench", onProgress: (p) => p.phase === "portfolio" || (p.phase === "rules" && p.done === 1 && rulesStart === 0 ? (rulesStart = performance.now()) : 0) },
  );
  if (!result.ok) throw new Error("the default ruleset must load");
  const { portfolio, result: checked } = result.outcome;
  Object.assign(out, { projects: portfolio.projects.length, resources: portfolio.resources.length, assignments: portfolio.assignments.length, findings: checked.findings.length });
  keep = result;
}
out.totalMs = Math.round(performance.now() - t);
const cpu = process.cpuUsage(cpuStart);
out.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
out.rulesMs = rulesStart ? Math.round(performance.now() - rulesStart) : 0;
gc?.();
out.heapAfterMb = mb(process.memoryUsage().heapUsed);
out.maxRssMb = Math.round(resourceUsage().maxRSS / 1024);
void keep;
console.log(JSON.stringify(out));
