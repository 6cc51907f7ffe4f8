/** Reads and validates the --rules file up front, so a bad ruleset stops the run before any workbook. */
import { readFile } from "node:fs/promises";
import { loadRuleset } from "../core/ruleset/load";
import { CliError, reason } from "./errors";

export interface RulesFile {
  path: string;
  /** The parsed JSON, handed to the pipeline's resolveRuleset. */
  value: unknown;
}

export async function readRulesFile(path: string): Promise<RulesFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(code === "ENOENT" ? `Ruleset ${path}: no such file.` : `Ruleset ${path} could not be read (${reason(error)}).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`Ruleset ${path} is not valid JSON (${reason(error)}).`);
  }
  const loaded = loadRuleset(value);
  if (!loaded.ok) throw new CliError(`Ruleset ${path} is invalid:`, rulesetErrorLines(loaded.errors));
  return { path, value };
}

/** "  /thresholds/cpiError: must be a number" lines, one per problem. */
export function rulesetErrorLines(errors: { path: string; message: string }[]): string[] {
  return errors.map((e) => `${e.path || "/"}: ${e.message}`);
}
