/**
 * Turns the paths given on the command line into the list of workbooks to check: files as given,
 * folders searched recursively for .xlsx files (Excel's "~$" lock files, hidden folders and the
 * folder reports are written to are skipped).
 */
import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import { CliError } from "./errors";

export interface CollectedFiles {
  files: string[];
  /** True when a folder was given or several paths: the output reports one line per file. */
  several: boolean;
}

const WORKBOOK = /\.xlsx$/i;

/** Expands paths into workbook files, in a stable order (folders sorted by path). */
export async function collectFiles(paths: string[], skipFolder?: string): Promise<CollectedFiles> {
  const files: string[] = [];
  let folders = 0;
  const skip = skipFolder ? resolve(skipFolder) : undefined;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      folders++;
      const found = await walk(path, skip);
      if (found.length === 0) throw new CliError(`No .xlsx workbooks found in the folder ${path}.`);
      files.push(...found);
    } else {
      // Missing or unreadable files are reported per file, so one bad path does not hide the others.
      files.push(path);
    }
  }
  const unique = [...new Map(files.map((f) => [resolve(f), f])).values()];
  return { files: unique, several: folders > 0 || paths.length > 1 };
}

async function walk(folder: string, skip: string | undefined): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    if (entry.isDirectory()) {
      if (skip && isInside(resolve(path), skip)) continue;
      out.push(...(await walk(path, skip)));
    } else if (entry.isFile() && WORKBOOK.test(entry.name) && !entry.name.startsWith("~$")) {
      out.push(path);
    }
  }
  return out;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
