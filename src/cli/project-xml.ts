/**
 * The `export --to project-xml` and `import` commands: file I/O around the pure mapping in
 * src/core/project-xml (export: workbook -> check's portfolio -> MSPDI -> XML; import: XML -> MSPDI
 * -> rows -> the product's data sheets added to a new or existing workbook). Files are written whole
 * (temp file + rename, write-output.ts), a Project XML file from UTF-8 pieces, never one string; what Project XML cannot carry is said on stderr.
 */
import { readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { readXlsx } from "../adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../adapters/xlsx/write/index";
import { blankWorkbook } from "../adapters/project-xml/blank-workbook";
import { ProjectXmlError, readProjectXml } from "../adapters/project-xml/read-xml";
import { projectXmlPieces } from "../adapters/project-xml/write-xml";
import { matchKey } from "../core/lookup/keys";
import type { DayNumber } from "../core/model/dates";
import { checkSource, resolveRuleset } from "../core/pipeline";
import { fieldIdOf } from "../core/project-xml/attributes";
import { ExportIndex, exportPortfolio } from "../core/project-xml/export";
import { importProject } from "../core/project-xml/import";
import { importSheets } from "../core/project-xml/import-sheets";
import { CliError, describeReadError, reason } from "./errors";
import { printable } from "./printable";
import type { RulesFile } from "./rules-file";
import { rulesetErrorLines } from "./rules-file";
import { writeWorkbookFile } from "./write-output";

interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export interface ExportCommand {
  workbook: string;
  asOf: DayNumber;
  rules?: RulesFile;
  /** One file for the portfolio. */
  out?: string;
  /** A folder: one file a project. */
  perProject?: string;
}

/** Exports a workbook's portfolio as Project XML; returns the exit status. */
export async function exportProjectXml(cmd: ExportCommand, io: Io): Promise<number> {
  if ((cmd.out === undefined) === (cmd.perProject === undefined)) throw new CliError("export needs --out <file.xml> or --per-project <folder> (one of them).");
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(cmd.workbook));
  } catch (error) {
    throw new CliError(describeReadError(cmd.workbook, error));
  }
  const label = basename(cmd.workbook);
  let source;
  try {
    source = await readXlsx(bytes, { label });
  } catch (error) {
    throw new CliError(describeReadError(cmd.workbook, error, label));
  }
  const resolved = resolveRuleset(source, cmd.rules?.value);
  if (!resolved.ok) throw new CliError(`${resolved.origin === "workbook" ? `The ruleset stored in ${cmd.workbook}` : `Ruleset ${cmd.rules?.path ?? ""}`} is invalid:`, rulesetErrorLines(resolved.errors));
  const { portfolio } = checkSource(source, resolved.ruleset, { asOf: cmd.asOf });
  const missing = portfolio.issues.find((i) => i.kind === "missing-entity" && i.entity === "projects");
  if (missing?.kind === "missing-entity") throw new CliError(`${cmd.workbook} has no project list to export: ${missing.reason}.`);

  const notes = new Set<string>();
  if (cmd.out !== undefined) {
    const { document, notes: said } = exportPortfolio(portfolio, resolved.ruleset, { title: label, asOf: cmd.asOf });
    await writeXmlFile(cmd.out, projectXmlPieces(document));
    said.forEach((n) => notes.add(n));
    const count = (kind: string) => document.tasks.filter((t) => t.extended.some((e) => e.value === kind && e.fieldId === fieldIdOf("task", "kind"))).length;
    io.stdout.write(`Wrote ${cmd.out}: ${count("project")} projects, ${count("gate")} gates, ${count("milestone")} milestones, ${document.resources.length} resources, ${document.assignments.length} assignments.\n`);
  } else {
    const taken = new Set<string>();
    const index = new ExportIndex(portfolio);
    for (const project of portfolio.projects) {
      const { document, notes: said } = exportPortfolio(portfolio, resolved.ruleset, { title: project.name ?? project.id, asOf: cmd.asOf, projects: [project] }, index);
      const file = join(cmd.perProject!, uniqueFileName(project.id, taken));
      await writeXmlFile(file, projectXmlPieces(document));
      said.forEach((n) => notes.add(n));
    }
    exportPortfolio(portfolio, resolved.ruleset, { title: label, asOf: cmd.asOf }, index).notes.filter((n) => n.startsWith("Left out") || n.startsWith("Not carried")).forEach((n) => notes.add(n));
    io.stdout.write(`Wrote ${portfolio.projects.length} files to ${cmd.perProject}, one a project.\n`);
  }
  for (const n of notes) io.stderr.write(`${printable(n)}\n`);
  return 0;
}

/** A file name for a project's file: its ID with characters no file system takes replaced, unique ignoring case. */
function uniqueFileName(id: string, taken: Set<string>): string {
  const safe = [...id].map((c) => (c.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(c) ? "_" : c)).join("");
  const base = safe.replace(/^\.+/, "_").trim().slice(0, 100) || "project";
  let name = `${base}.xml`;
  for (let n = 2; taken.has(matchKey(name)); n++) name = `${base} (${n}).xml`;
  taken.add(matchKey(name));
  return name;
}

async function writeXmlFile(target: string, pieces: readonly Uint8Array[]): Promise<void> {
  try {
    await writeWorkbookFile(target, pieces);
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`${target} could not be written (${reason(error)}).`);
  }
}

/**
 * The largest file the import reads: the parser holds the whole document in memory, about 45 times the
 * file's size (a 56 MB export of 39,000 tasks took 2.4 GB), so a larger one would exhaust Node's heap.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export interface ImportCommand {
  file: string;
  out: string;
  projectLevel?: number;
}

/** Imports a Project XML file into a new or existing workbook; returns the exit status. */
export async function importProjectXml(cmd: ImportCommand, io: Io): Promise<number> {
  let text: string;
  try {
    const size = (await stat(cmd.file)).size;
    if (size > MAX_IMPORT_BYTES) throw new CliError(`${cmd.file} is ${Math.round(size / 1024 / 1024)} MB; the import reads Project XML files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB (it holds the whole file in memory). Export fewer projects a file, or one file a project.`);
    text = decodeXml(new Uint8Array(await readFile(cmd.file)));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code;
    throw new CliError(code === "ENOENT" ? `${cmd.file}: no such file.` : `${cmd.file} could not be read (${reason(error)}).`);
  }
  let doc;
  try {
    doc = readProjectXml(text);
  } catch (error) {
    if (error instanceof ProjectXmlError) throw new CliError(`${cmd.file} is not a Microsoft Project XML file: ${error.message}.`);
    throw error;
  }
  const imported = importProject(doc, { fileBase: basename(cmd.file, extname(cmd.file)), projectLevel: cmd.projectLevel });
  const specs = importSheets(imported);

  let existing: Uint8Array | undefined;
  try {
    existing = new Uint8Array(await readFile(cmd.out));
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") throw new CliError(`${cmd.out} could not be read (${reason(error)}).`);
  }
  let written;
  try {
    const current = existing ? await readXlsx(existing, { label: basename(cmd.out) }) : undefined;
    written = addSheetsToXlsx(existing ?? blankWorkbook(), specs, { current });
  } catch (error) {
    throw new CliError(`The imported sheets could not be added to ${cmd.out} (${reason(error)}).`);
  }
  try {
    await writeWorkbookFile(cmd.out, written.bytes);
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`${cmd.out} could not be written (${reason(error)}).`);
  }
  const { counts } = imported;
  const rows = specs.map((s) => `${written.result.written.find((w) => w.spec === s.key)?.sheet ?? s.name} (${s.rows.length - 1})`);
  io.stdout.write(`Read ${cmd.file}: ${counts.tasks} tasks, ${counts.resources} resources, ${counts.assignments} assignments${imported.ours ? " (exported by PMO Rulebook)" : ""}.\n`);
  io.stdout.write(`Wrote ${cmd.out}: ${rows.join(", ")}.\n`);
  for (const n of [...imported.notes, ...written.result.notes]) io.stderr.write(`${printable(n)}\n`);
  return 0;
}

/** UTF-8 unless a byte-order mark says UTF-16 (Project writes UTF-8; some tools UTF-16). */
function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes);
}
