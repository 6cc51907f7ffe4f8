/**
 * `pmo-rulebook new`: a submission template made from the ruleset (docs/template.md). The file is
 * written whole (temp file + rename, write-output.ts). An existing file is replaced only when it is
 * a template nobody has filled in yet (core/template/blank.ts); anything else is refused, unchanged.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { newWorkbookXlsx } from "../adapters/xlsx/write/blank";
import { readXlsx } from "../adapters/xlsx/read-workbook";
import { defaultRuleset } from "../core/ruleset/default-ruleset";
import { loadRuleset } from "../core/ruleset/load";
import { buildTemplate, isBlankTemplate } from "../core/template/index";
import { CliError, reason } from "./errors";
import type { RulesFile } from "./rules-file";
import { realTarget, writeWorkbookFile } from "./write-output";

export interface NewTemplateResult {
  file: string;
  sheets: string[];
  ruleset: { name: string; version: string; origin: "file" | "default" };
  /** True when a blank template of the same name was replaced. */
  replaced: boolean;
}

/** Makes the template for `rules` (default ruleset without) and writes it to `out`. */
export async function newTemplate(out: string, rules: RulesFile | undefined): Promise<NewTemplateResult> {
  const ext = extname(out).toLowerCase();
  if (ext !== ".xlsx") throw new CliError(`--out must name an .xlsx file (a submission template is a plain Excel workbook), got "${out}".`);
  const loaded = rules ? loadRuleset(rules.value) : { ok: true as const, ruleset: defaultRuleset() };
  if (!loaded.ok) throw new CliError(`Ruleset ${rules?.path ?? ""} is invalid.`);
  const replaced = await checkReplaceable(out);
  const template = buildTemplate(loaded.ruleset);
  let bytes: Uint8Array;
  let sheets: string[];
  try {
    const written = newWorkbookXlsx(template.sheets, { embeddedRuleset: template.rulesetJson });
    bytes = written.bytes;
    sheets = written.result.written.map((w) => w.sheet);
  } catch (error) {
    throw new CliError(`The template could not be made (${reason(error)}).`);
  }
  try {
    await writeWorkbookFile(out, bytes);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`The template could not be written to ${out} (${reason(error)}).`);
  }
  return { file: out, sheets, ruleset: { name: loaded.ruleset.name, version: loaded.ruleset.version, origin: rules ? "file" : "default" }, replaced };
}

/** False when `out` does not exist, true when it is a blank template; throws the refusal otherwise. */
async function checkReplaceable(out: string): Promise<boolean> {
  const real = await realTarget(out);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(real));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    if (code === "EISDIR") throw new CliError(`${out} is a folder; name the template file, such as ${out.replace(/\/$/, "")}/Portfolio-template.xlsx.`);
    throw new CliError(`${out} exists and could not be read (${reason(error)}); it was not changed.`);
  }
  let blank = false;
  try {
    blank = isBlankTemplate(await readXlsx(bytes, { label: out }));
  } catch {
    blank = false;
  }
  if (!blank) throw new CliError(`${out} already exists and is not a blank template made by pmo-rulebook new, so it was not changed: choose another --out name, or move the file away first.`);
  return true;
}

/** The lines `new` prints. */
export function newTemplateText(r: NewTemplateResult): string {
  const rules = r.ruleset.origin === "default" ? `the default ruleset "${r.ruleset.name}" ${r.ruleset.version}` : `ruleset "${r.ruleset.name}" ${r.ruleset.version}`;
  return (
    `${r.replaced ? "Replaced the blank template" : "Wrote"} ${r.file}: a submission template for ${rules}, stored in it.\n` +
    `Sheets: ${r.sheets.join(", ")}.\n` +
    `Checking it before anything is filled in says: No projects yet.\n`
  );
}
