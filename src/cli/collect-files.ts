/**
 * Turns the paths given on the command line into the list of workbooks to check: files as given,
 * folders searched recursively (hidden folders too) for .xlsx and .xlsm workbooks. Nothing a
 * submitter puts in a folder is skipped quietly: other spreadsheet files (.xls, .xlsb, .ods, .csv,
 * templates) and links to folders are listed as not checked, with the reason. Only what is not a
 * workbook at all is left out: other kinds of file, Excel's lock files (`~$Budget.xlsx`) and macOS
 * resource forks (`._Budget.xlsx`), which are not zip packages, and the folder reports are written to.
 */
import { open, readdir, stat } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import { CliError } from "./errors";

export interface CollectedFiles {
  /** Every file to report on, in a stable order (folders sorted by path). */
  files: string[];
  /** Files found in folders and listed, but not checked: path -> why (one sentence, naming the file). */
  notChecked: Map<string, string>;
  /** True when a folder was given or several paths: the output reports one line per file. */
  several: boolean;
}

const WORKBOOK = new Set([".xlsx", ".xlsm"]);

/** Spreadsheet files a folder may hold that the checker cannot read, and what to do about each. */
const NOT_READ: Record<string, string> = {
  ".xls": "is an old Excel 97-2003 workbook (.xls); save it as .xlsx to check it",
  ".xlsb": "is a binary Excel workbook (.xlsb), which cannot be read; save it as .xlsx to check it",
  ".xltx": "is an Excel template (.xltx); save a workbook made from it as .xlsx to check it",
  ".xltm": "is an Excel template (.xltm); save a workbook made from it as .xlsm to check it",
  ".ods": "is an OpenDocument spreadsheet (.ods); save it as .xlsx to check it",
  ".csv": "is a CSV file, not a workbook; open it in Excel and save it as .xlsx to check it",
  ".numbers": "is an Apple Numbers document; export it as .xlsx to check it",
};

/** Expands paths into workbook files, in a stable order (folders sorted by path). */
export async function collectFiles(paths: string[], skipFolder?: string): Promise<CollectedFiles> {
  const files: string[] = [];
  const notChecked = new Map<string, string>();
  let folders = 0;
  const skip = skipFolder ? resolve(skipFolder) : undefined;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      folders++;
      const before = files.length;
      await walk(path, skip, files, notChecked);
      if (files.length === before) throw new CliError(`No .xlsx or .xlsm workbooks found in the folder ${path}.`);
    } else {
      // Missing or unreadable files are reported per file, so one bad path does not hide the others.
      files.push(path);
    }
  }
  return { files: await unique(files), notChecked, several: folders > 0 || paths.length > 1 };
}

/** One entry per file: the same workbook reached through two paths (a link, say) is checked once. */
async function unique(files: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of files) {
    const info = await stat(f).catch(() => null);
    const key = info ? `${info.dev}:${info.ino}` : `path:${resolve(f)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

async function walk(folder: string, skip: string | undefined, files: string[], notChecked: Map<string, string>): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isDirectory()) {
        notChecked.set(path, `${path} is a link to a folder, which is not searched; check that folder by naming it`);
        files.push(path);
        continue;
      }
      isFile = target?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) {
      if (skip && isInside(resolve(path), skip)) continue;
      await walk(path, skip, files, notChecked);
      continue;
    }
    if (!isFile) continue;
    const ext = extname(entry.name).toLowerCase();
    const artefact = entry.name.startsWith("~$") || entry.name.startsWith("._");
    if (WORKBOOK.has(ext)) {
      // A lock file or resource fork is a few bytes of text, not a zip; one that is a zip is a workbook.
      if (artefact && !(await isZip(path))) continue;
      files.push(path);
    } else if (NOT_READ[ext] && !artefact) {
      notChecked.set(path, `${path} ${NOT_READ[ext]}.`);
      files.push(path);
    }
  }
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, "r").catch(() => null);
  if (!handle) return true; // unreadable: listed, and its check says why
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer[0] === 0x50 && buffer[1] === 0x4b;
  } finally {
    await handle.close();
  }
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
