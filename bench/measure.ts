/**
 * Measures one synthetic workbook in a process of its own, so its peak memory (maxRSS) is its own:
 * parse, engine (already parsed; median after warm-up), report build and write. Prints one JSON line.
 * The parsed grids stay alive across the engine runs by design (the engine is timed alone), so this
 * process holds more than a user's: the memory goal is read off the CLI's own processes (run.ts).
 * Usage: node --import tsx bench/measure.ts <file.xlsx> <runs>
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readXlsx } from "../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../src/adapters/xlsx/write/index";
import { runRules } from "../src/core/engine";
import { dayFromIso } from "../src/core/model/dates";
import { checkSource, reportSpecs } from "../src/core/pipeline";
import { readPortfolio } from "../src/core/read/index";
import { defaultRuleset } from "../src/core/ruleset/default-ruleset";

export interface Measurement {
  parseMs: number;
  readPortfolioMs: number;
  runRulesMs: number;
  engineMedianMs: number;
  engineRuns: number[];
  reportBuildMs: number;
  reportWriteMs: number;
  findings: number;
  projectsRead: number;
  assignmentsRead: number;
  gatesRead: number;
  milestonesRead: number;
  risksRead: number;
  rssAfterParseMb: number;
  maxRssMb: number;
}

/** BENCH_VERBOSE=1 narrates the phases on stderr, to see where a large size spends its time or memory. */
const note = (text: string) => {
  if (process.env.BENCH_VERBOSE) process.stderr.write(`  [${file}] ${text}, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB\n`);
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t: number) => Math.round((performance.now() - t) * 10) / 10;

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 7);
const asOf = dayFromIso("2026-11-25");
const ruleset = defaultRuleset();

let t = performance.now();
const source = await readXlsx(file, { label: "bench" });
const parseMs = ms(t);
const rssAfterParseMb = Math.round(process.memoryUsage().rss / 1e6);
note(`parsed in ${parseMs} ms`);

/** One engine run; only figures leave it, so earlier runs' portfolios do not inflate the heap. */
const engine = () => {
  const t0 = performance.now();
  const portfolio = readPortfolio(source, ruleset);
  const t1 = performance.now();
  const result = runRules(portfolio, ruleset, { asOf });
  const t2 = performance.now();
  return {
    timing: { total: t2 - t0, read: t1 - t0, rules: t2 - t1 },
    counts: { findings: result.findings.length, projects: portfolio.projects.length, assignments: portfolio.assignments.length, gates: portfolio.gates.length, milestones: portfolio.milestones.length, risks: portfolio.risks.length },
  };
};
engine(); // warm-up: JIT and caches, as in a long-running add-in session
engine();
note("warmed up");
const measured = Array.from({ length: runs }, engine);
const timings = measured.map((m) => m.timing);
const counts = measured[0].counts;
const engineRuns = timings.map((r) => Math.round(r.total * 10) / 10);
note(`engine runs ${engineRuns.join(", ")} ms`);

const outcome = checkSource(source, ruleset, { asOf });
t = performance.now();
const specs = reportSpecs(outcome, "bench");
const reportBuildMs = ms(t);
note(`report built in ${reportBuildMs} ms`);
t = performance.now();
const written = addSheetsToXlsx(new Uint8Array(readFileSync(file)), specs);
writeFileSync(`${file}.report.xlsx`, written.bytes);
const reportWriteMs = ms(t);

const measurement: Measurement = {
  parseMs,
  readPortfolioMs: Math.round(median(timings.map((r) => r.read)) * 10) / 10,
  runRulesMs: Math.round(median(timings.map((r) => r.rules)) * 10) / 10,
  engineMedianMs: median(engineRuns),
  engineRuns,
  reportBuildMs,
  reportWriteMs,
  findings: counts.findings,
  projectsRead: counts.projects,
  assignmentsRead: counts.assignments,
  gatesRead: counts.gates,
  milestonesRead: counts.milestones,
  risksRead: counts.risks,
  rssAfterParseMb,
  // maxRSS is in kilobytes.
  maxRssMb: Math.round(process.resourceUsage().maxRSS / 1000),
};
process.stdout.write(JSON.stringify(measurement) + "\n");
