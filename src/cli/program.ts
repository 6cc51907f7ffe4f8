/**
 * The command line: options, help and exit statuses. Everything it does is delegated to
 * check-files.ts (the per-workbook work) and the core; this file only wires them to argv and streams.
 */
import { stat } from "node:fs/promises";
import { extname } from "node:path";
import { Command, CommanderError, Option } from "commander";
import pkg from "../../package.json";
import { dayFromIso, today, type DayNumber } from "../core/model/dates";
import { defaultRulesetJson } from "../core/ruleset/default-ruleset";
import { checkFiles } from "./check-files";
import { consolidateFiles } from "./consolidate-files";
import { writeConsolidatedWorkbook } from "./consolidated-workbook";
import { identity } from "./write-output";
import type { WrittenOutput } from "./write-report";
import { collectFiles } from "./collect-files";
import { CliError, reason } from "./errors";
import { fileJsonPieces, formatConsolidatedJson, formatFileJson, runJsonPieces } from "./format-json";
import { formatConsolidatedText, formatFileText, formatRunText, refusalSentence } from "./format-text";
import { planOutputs } from "./outputs";
import { progressReporter, type ProgressStream } from "./progress";
import { newTemplate, newTemplateText } from "./new-template";
import { readRulesFile, type RulesFile } from "./rules-file";
import { printable } from "./printable";
import { exportProjectXml, importProjectXml } from "./project-xml";

export interface CliIo {
  /** `once("drain")` where the stream has it (a pipe): pieces then wait for the reader instead of piling up. */
  stdout: { write(text: string): unknown; once?(event: "drain", listener: () => void): unknown };
  stderr: ProgressStream;
}

interface CheckOpts {
  rules?: string;
  asOf?: string;
  period?: "month" | "week";
  format: "text" | "json";
  out?: string;
  inPlace?: boolean;
  embedRules?: boolean;
  quiet?: boolean;
  progress: boolean;
  consolidate?: boolean;
}

/** Files at least this big take seconds to read, so progress is shown even for one of them. */
const LARGE_FILE_BYTES = 2_000_000;

const EXAMPLES = `
Examples:
  pmo-rulebook check portfolio.xlsx
  pmo-rulebook check portfolio.xlsx --as-of 2026-11-25 --format json > findings.json
  pmo-rulebook check portfolio.xlsx --rules our-pmo.json --out portfolio-checked.xlsx
  pmo-rulebook check submissions/ --out checked/
  pmo-rulebook check submissions/ --consolidate --out portfolio.xlsx
  pmo-rulebook init-rules > our-pmo.json
  pmo-rulebook export portfolio.xlsx --to project-xml --out portfolio.xml
  pmo-rulebook import plan.xml --out portfolio.xlsx
  pmo-rulebook new --rules our-pmo.json --out Portfolio-template.xlsx

Exit status: 0 no error findings, 1 some error findings, 2 a workbook or the ruleset could not be read
(or the command line is wrong). With several workbooks, the worst one decides.`;

/** Runs the CLI on user arguments (argv without node and script) and returns the exit status. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  const program = new Command("pmo-rulebook")
    .description("Checks project portfolio workbooks (.xlsx) against a PMO's governance ruleset.")
    .version(pkg.version, "-V, --version")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError("(run pmo-rulebook --help for usage)")
    .addHelpText("after", EXAMPLES);

  program
    .command("check")
    .description("Check workbooks (files or folders of .xlsx) and report findings.")
    .argument("<paths...>", "workbooks (.xlsx) or folders searched for them")
    .option("-r, --rules <file>", "ruleset JSON (default: the ruleset stored in the workbook, else the built-in one)")
    .option("--as-of <date>", "date the check is made on, YYYY-MM-DD (default: today, UTC)")
    .addOption(new Option("--period <period>", "over-allocation period (default: the ruleset's)").choices(["month", "week"]))
    .addOption(new Option("-f, --format <format>", "output format").choices(["text", "json"]).default("text"))
    .option("-o, --out <path>", "write a copy with the report sheets (a folder when checking several workbooks)")
    .option("--in-place", "add the report sheets to the workbook itself")
    .option("--embed-rules", "store the ruleset used inside the written workbook (with --out or --in-place)")
    .option("--consolidate", "read all the workbooks as one portfolio (submissions of one PMO) and check it once")
    .option("-q, --quiet", "print only the summary lines")
    .option("--no-progress", "never show progress on stderr")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], opts: CheckOpts) => {
      exitCode = await runCheck(paths, opts, io);
    });

  program
    .command("init-rules")
    .description("Print the default ruleset as JSON, to start your own from.")
    .action(() => {
      io.stdout.write(defaultRulesetJson());
    });

  program
    .command("export")
    .description("Export a workbook's portfolio as Microsoft Project XML (MSPDI), for Project, ProjectLibre, Planner and other tools.")
    .argument("<workbook>", "the portfolio workbook (.xlsx)")
    .addOption(new Option("--to <format>", "the format to write").choices(["project-xml"]).makeOptionMandatory())
    .option("-o, --out <file>", "one file for the whole portfolio")
    .option("--per-project <folder>", "one file a project, named by its ID")
    .option("-r, --rules <file>", "ruleset JSON (default: the one stored in the workbook, else the built-in one)")
    .option("--as-of <date>", "the status date written in the file, YYYY-MM-DD (default: today, UTC)")
    .action(async (workbook: string, opts: { out?: string; perProject?: string; rules?: string; asOf?: string }) => {
      const asOf = opts.asOf === undefined ? today() : dayFromIso(opts.asOf);
      if (Number.isNaN(asOf)) throw new CliError(`--as-of must be a date written YYYY-MM-DD, got "${opts.asOf}".`);
      const rules = opts.rules === undefined ? undefined : await readRulesFile(opts.rules);
      exitCode = await exportProjectXml({ workbook, asOf, rules, out: opts.out, perProject: opts.perProject }, io);
    });

  program
    .command("import")
    .description("Import a Microsoft Project XML file as Projects, Gates, Milestones, Resources and Assignments sheets.")
    .argument("<file>", "the Project XML file (.xml)")
    .requiredOption("-o, --out <workbook>", "the workbook to write; an existing one keeps every sheet but those an earlier import wrote")
    .option("--project-level <n>", "in a file not exported by PMO Rulebook, the outline level whose tasks are projects (default 0: the file is one project)")
    .action(async (file: string, opts: { out: string; projectLevel?: string }) => {
      const level = opts.projectLevel === undefined ? undefined : Number(opts.projectLevel);
      if (level !== undefined && !(Number.isInteger(level) && level >= 0)) throw new CliError(`--project-level must be a whole number (0, 1, 2…), got "${opts.projectLevel}".`);
      exitCode = await importProjectXml({ file, out: opts.out, projectLevel: level }, io);
    });

  program
    .command("new")
    .description("Make a submission template from the ruleset: one table per sheet, drop-downs and checks from the rules, a how-to sheet.")
    .requiredOption("-o, --out <file>", "the template to write (.xlsx); an existing file is replaced only when it is a blank template")
    .option("-r, --rules <file>", "ruleset JSON (default: the built-in one)")
    .action(async (opts: { out: string; rules?: string }) => {
      const rules = opts.rules === undefined ? undefined : await readRulesFile(opts.rules);
      io.stdout.write(newTemplateText(await newTemplate(opts.out, rules)));
    });

  try {
    await program.parseAsync(args, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError) {
      io.stderr.write([error.message, ...error.details.map((d) => `  ${d}`)].map(printable).join("\n") + "\n");
      return 2;
    }
    // A bug, not bad input: still one sentence, with the trace only on request.
    io.stderr.write(`pmo-rulebook: internal error (${printable(reason(error))}). Set PMO_RULEBOOK_DEBUG=1 to see details.\n`);
    if (process.env.PMO_RULEBOOK_DEBUG) io.stderr.write(`${(error as Error)?.stack ?? error}\n`);
    return 2;
  }
}

async function runCheck(paths: string[], opts: CheckOpts, io: CliIo): Promise<number> {
  const asOf = opts.asOf === undefined ? today() : dayFromIso(opts.asOf);
  if (Number.isNaN(asOf)) throw new CliError(`--as-of must be a date written YYYY-MM-DD, got "${opts.asOf}".`);
  if (opts.embedRules && opts.out === undefined && !opts.inPlace) throw new CliError("--embed-rules needs --out or --in-place.");
  const rules = opts.rules === undefined ? undefined : await readRulesFile(opts.rules);
  if (opts.consolidate) return runConsolidate(paths, opts, io, asOf, rules);
  const { files, notChecked, several } = await collectFiles(paths, opts.out);
  const toCheck = files.filter((f) => !notChecked.has(f));
  const outputs = await planOutputs(toCheck, several, { out: opts.out, inPlace: opts.inPlace });

  const showProgress = opts.progress && !opts.quiet && (files.length > 1 || io.stderr.isTTY === true || (await anyLarge(files)));
  const progress = showProgress ? progressReporter(io.stderr, files.length) : undefined;
  const run = await checkFiles(files, { asOf, period: opts.period, rules, outputs, embedRules: opts.embedRules, notChecked, onProgress: progress?.onProgress });
  progress?.done();

  const json = opts.format === "json";
  if (several) {
    if (json) await writePieces(io.stdout, runJsonPieces(run, asOf));
    else io.stdout.write(formatRunText(run, asOf));
    if (json) for (const f of run.files) if (f.status !== "checked" || f.outputError) io.stderr.write(`${printable(f.status !== "checked" ? f.error : f.outputError!)}
`);
  } else {
    const report = run.files[0];
    // A refused or unreadable workbook: the sentence on stderr, and for scripts the JSON error object
    // (or, without a register, what could still be checked) on stdout.
    if (report.status === "failed") {
      io.stderr.write(formatFileText(report, asOf));
      if (json) io.stdout.write(formatFileJson(report, asOf));
    } else if (report.status === "refused") {
      io.stderr.write(refusalSentence(report));
      io.stdout.write(json ? formatFileJson(report, asOf) : formatFileText(report, asOf, opts.quiet));
    } else {
      // In pieces: a 100k-project check's JSON is 58 MB.
      if (json) await writePieces(io.stdout, fileJsonPieces(report, asOf));
      else io.stdout.write(formatFileText(report, asOf, opts.quiet));
      if (report.outputError) io.stderr.write(`${printable(report.outputError)}
`);
    }
  }
  return run.exitCode;
}

async function runConsolidate(paths: string[], opts: CheckOpts, io: CliIo, asOf: DayNumber, rules: RulesFile | undefined): Promise<number> {
  if (opts.inPlace) throw new CliError("--in-place cannot be used with --consolidate: the submissions are never changed; write the consolidated workbook with --out <file.xlsx>.");
  if (opts.embedRules && opts.out === undefined) throw new CliError("--embed-rules needs --out.");
  if (opts.out !== undefined && extname(opts.out).toLowerCase() !== ".xlsx") throw new CliError(`With --consolidate, --out names the consolidated workbook to write, an .xlsx file; got ${opts.out}.`);
  const { files, notChecked } = await collectFiles(paths, opts.out);
  if (opts.out !== undefined) {
    const target = await identity(opts.out);
    for (const f of files) if (target !== undefined && (await identity(f)) === target) throw new CliError(`--out ${opts.out} is one of the submissions; name a new file for the consolidated workbook.`);
  }
  const showProgress = opts.progress && !opts.quiet && (files.length > 1 || io.stderr.isTTY === true);
  const progress = showProgress ? progressReporter(io.stderr, files.length) : undefined;
  const run = await consolidateFiles(files, { asOf, period: opts.period, rules, notChecked, onProgress: progress?.onProgress });
  progress?.done();
  if (run.status === "failed") throw new CliError(run.error, run.details);
  let output: WrittenOutput | undefined;
  let outputError: string | undefined;
  if (opts.out !== undefined) {
    try {
      output = (await writeConsolidatedWorkbook(opts.out, run.outcome, { asOf, period: opts.period, embedRules: opts.embedRules === true })).output;
    } catch (error) {
      outputError = error instanceof Error ? error.message : String(error);
      run.exitCode = 2;
    }
  }
  const json = opts.format === "json";
  io.stdout.write(json ? formatConsolidatedJson(run, asOf, { ...(output ? { output } : {}), ...(outputError ? { outputError } : {}) }) : formatConsolidatedText(run, asOf, opts.quiet, output));
  if (outputError) io.stderr.write(`${printable(outputError)}\n`);
  if (json) for (const s of run.submissions) if (s.status === "failed") io.stderr.write(`${printable(s.error)}\n`);
  return run.exitCode;
}

async function anyLarge(files: string[]): Promise<boolean> {
  for (const file of files) {
    const info = await stat(file).catch(() => null);
    if (info && info.size >= LARGE_FILE_BYTES) return true;
  }
  return false;
}

/**
 * Writes text given in pieces, one write each, waiting for the stream to drain when it says it is full:
 * through a pipe (`check --format json | jq`) the 58 MB of a 100k-project check otherwise queued in
 * memory while the reader caught up (peak RSS 1.17 GB against 0.87 GB into a file).
 */
async function writePieces(out: CliIo["stdout"], pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (out.write(piece) === false && out.once) await new Promise<void>((resolve) => out.once!("drain", resolve));
  }
}
