/**
 * Decides where report copies go: --out names a file for one workbook or a folder for several;
 * --in-place writes back into each input. Conflicts are refused before any work starts.
 */
import { statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { CliError } from "./errors";

export interface OutputRequest {
  out?: string;
  inPlace?: boolean;
}

/** Input path -> output path, or undefined when no report is to be written. */
export function planOutputs(files: string[], several: boolean, request: OutputRequest): Map<string, string> | undefined {
  const { out, inPlace } = request;
  if (out !== undefined && inPlace) throw new CliError("Use either --out or --in-place, not both.");
  if (inPlace) return new Map(files.map((f) => [f, f]));
  if (out === undefined) return undefined;
  const outIsFolder = several || isDirectory(out);
  const plan = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const file of files) {
    const target = outIsFolder ? join(out, basename(file)) : out;
    if (!outIsFolder && !/\.xlsx$/i.test(out)) throw new CliError(`--out must name an .xlsx file, got ${out}.`);
    if (resolve(target) === resolve(file)) {
      throw new CliError(`--out would overwrite the input ${file}; use --in-place to update a workbook itself.`);
    }
    const other = taken.get(resolve(target));
    if (other !== undefined) throw new CliError(`${other} and ${file} would both be written to ${target}; check them separately.`);
    taken.set(resolve(target), file);
    plan.set(file, target);
  }
  return plan;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // does not exist yet: a file to create
  }
}
