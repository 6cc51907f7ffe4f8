/**
 * `npm run bench`: synthetic portfolios of 1k and 10k projects (10 assignments, about 2 gate rows, 5
 * milestones and 5 RAID entries a project), each measured in a process of its own, printed next to the goals. The 100k size takes
 * several minutes (generating and parsing 1.3 million rows), so it runs on request:
 * BENCH_SIZES=1000,10000,100000 npm run bench. Benchmarks print figures; they never fail a build.
 *
 * The read-speed goal (issue 15) compares whole processes side by side: `pmo-rulebook check <file>`
 * (the built CLI) against a bare ExcelJS streaming read of every cell (bench/exceljs-read.mjs),
 * interleaved, BENCH_RATIO_RUNS (default 5) of each, medians of wall-clock and of CPU time.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { maxOf } from "../src/core/arrays";
import { writeSyntheticPortfolio, type GeneratedCounts } from "./generate";
import type { Measurement } from "./measure";
import { officeAvailable, officeRun } from "./office";
import type { OfficeRun } from "./office-run";

const sizes = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number).filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), "pmo-bench-"));
const results = new Map<number, Measurement>();
const office = new Map<number, { desktop: OfficeRun | string; web: OfficeRun | string }>();
const ratios = new Map<number, ReadRatio | string>();
const cliPeaks = new Map<number, CliPeaks | string>();
const RATIO_RUNS = Number(process.env.BENCH_RATIO_RUNS ?? 5);

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);
const label = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const cols = (cells: [string, number][]) => cells.map(([text, width]) => text.padEnd(width)).join("");

console.log(`PMO Rulebook benchmark: Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}, default ruleset, as of 2026-11-25`);
const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { encoding: "utf8" });
if (built.status !== 0) console.log(`(building the CLI failed, so the read ratio is not measured: ${built.stderr.trim().split("\n")[0]})`);
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
    if (officeAvailable && n >= 10_000) office.set(n, { desktop: officeRun(file, "windows"), web: officeRun(file, "web") });
    if (n >= 10_000 && built.status === 0) ratios.set(n, readRatio(file));
    if (n >= 100_000 && built.status === 0) cliPeaks.set(n, cliPeaksOf(file));
    rmSync(file, { force: true });
    rmSync(`${file}.report.xlsx`, { force: true });
  }
  printGoals();
  printOffice();
  console.log(`\nLoad average at the end: ${loadavg().map((l) => l.toFixed(1)).join(", ")} (1, 5, 15 min; ${cpus().length} CPUs)`);
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

interface ProcessTime {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

interface ReadRatio {
  cli: ProcessTime;
  excelJs: ProcessTime;
  load: [number, number];
}

/** One process under /usr/bin/time: wall-clock, user + system CPU, peak RSS; or undefined when it failed. */
function timed(args: string[], okCodes: number[]): ProcessTime | undefined {
  const child = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const m = /TIME (\S+) (\S+) (\S+) (\d+)\s*$/.exec(child.stderr ?? "");
  if (!m || child.status === null || !okCodes.includes(child.status)) return undefined;
  return { wallMs: +m[1] * 1000, cpuMs: (+m[2] + +m[3]) * 1000, maxRssMb: Math.round(+m[4] / 1000) };
}

/** Peak RSS of the CLI as a user runs it on one file, in MB: a text check, a JSON check, a check writing the report copy. */
interface CliPeaks {
  text: number;
  json: number;
  out: number;
}

/** One process of each kind (`check`, `check --format json`, `check --out`) under /usr/bin/time. */
function cliPeaksOf(file: string): CliPeaks | string {
  const check = ["bin/pmo-rulebook.js", "check", file, "--as-of", "2026-11-25"];
  const text = timed(check, [0, 1]);
  const json = timed([...check, "--format", "json"], [0, 1]);
  const out = timed([...check, "--out", `${file}.checked.xlsx`], [0, 1]);
  rmSync(`${file}.checked.xlsx`, { force: true });
  if (!text || !json || !out) return `not measured (the ${!text ? "text" : !json ? "JSON" : "--out"} check failed)`;
  return { text: text.maxRssMb, json: json.maxRssMb, out: out.maxRssMb };
}

/** `check <file>` and the bare ExcelJS read, interleaved, RATIO_RUNS of each: the medians. */
function readRatio(file: string): ReadRatio | string {
  const cli: ProcessTime[] = [];
  const bare: ProcessTime[] = [];
  const before = loadavg()[0];
  for (let i = 0; i < RATIO_RUNS; i++) {
    const c = timed(["bin/pmo-rulebook.js", "check", file, "--as-of", "2026-11-25"], [0, 1]);
    const b = timed(["bench/exceljs-read.mjs", file], [0]);
    if (!c || !b) return `not measured (${!c ? "the CLI" : "the ExcelJS read"} failed)`;
    cli.push(c);
    bare.push(b);
  }
  const mid = (xs: ProcessTime[]): ProcessTime => ({
    wallMs: median(xs.map((x) => x.wallMs)),
    cpuMs: median(xs.map((x) => x.cpuMs)),
    maxRssMb: maxOf(xs.map((x) => x.maxRssMb), 0),
  });
  return { cli: mid(cli), excelJs: mid(bare), load: [before, loadavg()[0]] };
}

function median(xs: number[]): number {
  const sorted = xs.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function printRatios() {
  if (ratios.size === 0) {
    console.log("  CLI / bare ExcelJS read, <= 0.6: not measured (needs the 10k size)");
    return;
  }
  for (const [n, r] of ratios) {
    if (typeof r === "string") {
      console.log(`  CLI / bare ExcelJS read at ${label(n)}, <= 0.6: ${r}`);
      continue;
    }
    const wall = r.cli.wallMs / r.excelJs.wallMs;
    const cpu = r.cli.cpuMs / r.excelJs.cpuMs;
    console.log(
      `  CLI / bare ExcelJS read at ${label(n)}, <= 0.6 (median of ${RATIO_RUNS}, interleaved): wall ${wall.toFixed(2)} (${fmt(r.cli.wallMs)} vs ${fmt(r.excelJs.wallMs)}), ` +
        `CPU ${cpu.toFixed(2)} (${fmt(r.cli.cpuMs)} vs ${fmt(r.excelJs.cpuMs)}) (${mark(wall <= 0.6)}); peak RSS ${r.cli.maxRssMb} MB vs ${r.excelJs.maxRssMb} MB; load ${r.load[0].toFixed(1)} -> ${r.load[1].toFixed(1)}`,
    );
  }
}

function mark(ok: boolean): string {
  return ok ? "met" : "MISSED";
}

function printGoals() {
  const k10 = results.get(10_000);
  const k100 = results.get(100_000);
  console.log("\nGoals");
  printRatios();
  // Printed with or without the 10k size: the memory goal is stated for 100k alone.
  if (k100) {
    // The goal is what a user's process holds: the CLI on the 100k file. The bench's own process keeps
    // the parsed grids alive across its engine runs by design (to time the engine alone), so its peak
    // is printed beside, not as the goal's figure.
    const peaks = cliPeaks.get(100_000);
    const cli = peaks === undefined ? "not measured (the CLI was not built)" : typeof peaks === "string" ? peaks : `check ${peaks.text} MB, --format json ${peaks.json} MB, --out ${peaks.out} MB (${mark(Math.max(peaks.text, peaks.json, peaks.out) < 1000)})`;
    console.log(`  peak memory at 100k projects < 1 GB, the CLI process as a user runs it: ${cli}; the bench's measuring process (grids kept across engine runs, report, write): ${k100.maxRssMb} MB`);
  }
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
  if (!k100) console.log(`  peak memory at 100k projects < 1 GB: not measured (BENCH_SIZES=1000,10000,100000); at 10k ${k10.maxRssMb} MB`);
  const report = k10.reportBuildMs + k10.reportWriteMs;
  console.log(`  report build + write for 10k <= parse time of that workbook: ${fmt(report)} vs ${fmt(k10.parseMs)} (${mark(report <= k10.parseMs)})`);
}

/**
 * Desktop Excel has no payload limit, so its read is three syncs whatever the rows; Excel on the web
 * refuses a request or response over 5 MB, so there the fewest syncs that can carry the cells is their
 * bytes over 5 MB, and the goal is to stay near that without ever being refused.
 */
function printOffice() {
  if (!officeAvailable) return;
  const FIVE_MB = 5 * 1024 * 1024;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log("\nOffice adapter over the Excel stand-in, current Microsoft 365 (full run: read, check, write every report sheet and chart)");
  for (const [n, { desktop, web }] of office) {
    if (typeof desktop === "string") console.log(`  ${label(n)} projects, desktop: ${desktop}`);
    else {
      const ok = desktop.readSyncs <= 3;
      console.log(`  ${label(n)} projects, desktop: ${desktop.syncs} context.sync() calls (${desktop.readSyncs} to read, ${desktop.syncs - desktop.readSyncs} to write), ` +
        `largest request ${mb(desktop.maxRequestBytes)}, largest response ${mb(desktop.maxResponseBytes)}, ${fmt(desktop.ms)} (goal: read in 3 syncs whatever the rows: ${mark(ok)})`);
    }
    if (typeof web === "string") console.log(`  ${label(n)} projects, web: ${web}`);
    else {
      const fewest = 2 + Math.ceil(web.readResponseBytes / FIVE_MB);
      const ok = web.maxRequestBytes <= FIVE_MB && web.maxResponseBytes <= FIVE_MB && web.readSyncs <= 2 * fewest;
      console.log(`  ${label(n)} projects, web: ${web.syncs} context.sync() calls (${web.readSyncs} to read ${mb(web.readResponseBytes)}; fewest possible ${fewest}), ` +
        `largest request ${mb(web.maxRequestBytes)}, largest response ${mb(web.maxResponseBytes)}, ${fmt(web.ms)} (goal: no request or response over 5 MB, read within 2x the fewest syncs: ${mark(ok)})`);
    }
  }
}
