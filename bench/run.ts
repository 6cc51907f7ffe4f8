/**
 * `npm run bench`: synthetic portfolios of 1k and 10k projects (10 assignments, about 2 gate rows, 5
 * milestones and 5 RAID entries a project), each measured in a process of its own, printed next to the goals. The 100k size takes
 * several minutes (generating and parsing 1.3 million rows), so it runs on request:
 * BENCH_SIZES=1000,10000,100000 npm run bench. Benchmarks print figures; they never fail a build.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticPortfolio, type GeneratedCounts } from "./generate";
import type { Measurement } from "./measure";
import { officeAvailable, officeRun } from "./office";
import type { OfficeRun } from "./office-run";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number).filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), "pmo-bench-"));
const results = new Map<number, Measurement>();
const office = new Map<number, OfficeRun | string>();

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const cols = (cells: [string, number][]) => cells.map(([text, width]) => text.padEnd(width)).join("");

console.log(`PMO Rulebook benchmark: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}, default ruleset, as of 2026-11-25`);
console.log(cols([["size", 6], ["rows read (projects/assignments/gates/milestones/risks)", 58], ["file", 10], ["generate", 10], ["parse", 10], ["engine median (portfolio + rules)", 36], ["findings", 10], ["report build + write", 22], ["peak RSS", 10]]));
try {
  for (const n of sizes) {
    const file = join(dir, `portfolio-${n}.xlsx`);
    const t = performance.now();
    const counts: GeneratedCounts = await writeSyntheticPortfolio(file, n, undefined, { milestonesPer: 5, risksPer: 5 });
    const generateMs = performance.now() - t;
    const fileMb = statSync(file).size / 1e6;
    const m = measure(file, n >= 100_000 ? 3 : 7);
    if (typeof m === "string") {
      console.log(`${label(n).padEnd(6)}${m}`);
      continue;
    }
    results.set(n, m);
    console.log(
      cols([
        [label(n), 6],
        [`${m.projectsRead} / ${m.assignmentsRead} / ${m.gatesRead} / ${m.milestonesRead} / ${m.risksRead}`, 58],
        [`${fileMb.toFixed(1)} MB`, 10],
        [fmt(generateMs), 10],
        [fmt(m.parseMs), 10],
        [`${fmt(m.engineMedianMs)} (${fmt(m.readPortfolioMs)} + ${fmt(m.runRulesMs)})`, 36],
        [String(m.findings), 10],
        [`${fmt(m.reportBuildMs)} + ${fmt(m.reportWriteMs)}`, 22],
        [`${m.maxRssMb} MB`, 10],
      ]),
    );
    if (counts.projects !== m.projectsRead || counts.assignments !== m.assignmentsRead || counts.gates !== m.gatesRead || counts.milestones !== m.milestonesRead || counts.risks !== m.risksRead) {
      console.log(`      (written: ${counts.projects} / ${counts.assignments} / ${counts.gates} / ${counts.milestones} / ${counts.risks}; the reader read different counts)`);
    }
    if (officeAvailable && n >= 10_000) office.set(n, officeRun(file));
    rmSync(file, { force: true });
    rmSync(`${file}.report.xlsx`, { force: true });
  }
  printGoals();
  printOffice();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function measure(file: string, runs: number): Measurement | string {
  const child = spawnSync(process.execPath, ["--max-old-space-size=8192", "--import", "tsx", "bench/measure.ts", file, String(runs)], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (child.status !== 0) return `measurement failed (exit ${child.status ?? child.signal})`;
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as Measurement;
}

function printGoals() {
  const k10 = results.get(10_000);
  const k100 = results.get(100_000);
  const mark = (ok: boolean) => (ok ? "met" : "MISSED");
  console.log("\nGoals");
  if (!k10) {
    console.log("  (stated for the 10k and 100k sizes; include 10000 in BENCH_SIZES)");
    return;
  }
  console.log(`  engine, 10k projects + 100k assignments + 20k gates + 50k milestones + 50k risks, <= 300 ms median: ${fmt(k10.engineMedianMs)} (${mark(k10.engineMedianMs <= 300)})`);
  if (k100) {
    const ratio = k100.engineMedianMs / k10.engineMedianMs;
    console.log(`  engine, 100k <= 12x the 10k time: ${fmt(k100.engineMedianMs)} = ${ratio.toFixed(1)}x (${mark(ratio <= 12)})`);
  } else {
    console.log("  engine, 100k <= 12x the 10k time: not measured (BENCH_SIZES=1000,10000,100000 npm run bench; several minutes)");
  }
  const report = k10.reportBuildMs + k10.reportWriteMs;
  console.log(`  report build + write for 10k <= parse time of that workbook: ${fmt(report)} vs ${fmt(k10.parseMs)} (${mark(report <= k10.parseMs)})`);
}

function printOffice() {
  if (!officeAvailable) return;
  console.log("\nOffice adapter over the Excel stand-in (full run: read, check, write every report sheet and chart)");
  for (const [n, o] of office) {
    if (typeof o === "string") console.log(`  ${label(n)} projects: ${o}`);
    else {
      const ok = o.syncs <= 6 && o.maxRequestBytes <= 4 * 1024 * 1024;
      console.log(`  ${label(n)} projects: ${o.syncs} context.sync() calls (${o.readSyncs} to read), largest request ${(o.maxRequestBytes / 1e6).toFixed(2)} MB, ` +
        `largest response ${(o.maxResponseBytes / 1e6).toFixed(1)} MB, ${fmt(o.ms)} (goal <= 6 syncs, no request over 4 MB: ${ok ? "met" : "MISSED"})`);
    }
  }
}
