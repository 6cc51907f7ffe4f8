/**
 * Decides where report copies go: --out names a file for one workbook or a folder for several;
 * --in-place writes back into each input. Conflicts are refused before any work starts, comparing
 * real paths (links followed) and file identity (device and inode), so no input is ever overwritten
 * through another path to it: a symbolic link, a hard link, or another letter case on a file system
 * that ignores case.
 */
import { stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { CliError } from "./errors";
import { identity, realTarget } from "./write-output";

export interface OutputRequest {
  out?: string;
  inPlace?: boolean;
}

/** File extensions a report copy may have; which one a workbook needs is checked when it is written. */
const OUTPUT_EXTENSIONS = [".xlsx", ".xlsm"];

/** Input path -> output path, or undefined when no report is to be written. */
export async function planOutputs(files: string[], several: boolean, request: OutputRequest): Promise<Map<string, string> | undefined> {
  const { out, inPlace } = request;
  if (out !== undefined && inPlace) throw new CliError("Use either --out or --in-place, not both.");
  if (inPlace) return new Map(files.map((f) => [f, f]));
  if (out === undefined) return undefined;
  const outIsFolder = several || (await isDirectory(out));
  if (!outIsFolder && !OUTPUT_EXTENSIONS.includes(extname(out).toLowerCase())) throw new CliError(`--out must name an .xlsx or .xlsm file (or a folder), got ${out}.`);
  const inputs = new Map<string, string>();
  for (const file of files) {
    const id = await identity(file);
    if (id) inputs.set(id, file);
    inputs.set(`path:${(await realTarget(file).catch(() => file)).toLowerCase()}`, file);
  }
  const plan = new Map<string, string>();
  const taken = new Map<string, string>();
  for (const file of files) {
    const target = outIsFolder ? join(out, basename(file)) : out;
    const real = await realTarget(target);
    const id = await identity(real);
    const input = (id && inputs.get(id)) ?? inputs.get(`path:${real.toLowerCase()}`);
    if (input !== undefined) {
      const same = target === input ? "" : ` (${target} is the same file)`;
      throw new CliError(`--out would overwrite the input ${input}${same}; use --in-place to update a workbook itself.`);
    }
    // Case is compared loosely: on macOS and Windows "A.xlsx" and "a.xlsx" are one file.
    const key = real.toLowerCase();
    const other = taken.get(key);
    if (other !== undefined) throw new CliError(`${other} and ${file} would both be written to ${target}; check them separately.`);
    taken.set(key, file);
    plan.set(file, target);
  }
  return plan;
}

async function isDirectory(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => null); // does not exist yet: a file to create
  return info?.isDirectory() ?? false;
}
