/**
 * Writing one workbook's report copy (--out) or the workbook itself (--in-place): the package writer
 * adds the sheets, then the file is written so that nothing of the user's is lost (write-output.ts).
 * A package must keep the file extension its type needs: Excel refuses a macro-enabled workbook
 * named .xlsx, and a plain one named .xlsm.
 */
import { basename, extname } from "node:path";
import { writeDescribed, type CheckWrite } from "../core/check-workflow";
import type { PackageKind } from "../adapters/xlsx/write/index";
import type { XlsxBytesWorkbook } from "./xlsx-workbook";
import { CliError, reason } from "./errors";
import { writeWorkbookFile } from "./write-output";

export interface WrittenOutput {
  file: string;
  sheets: string[];
  notes: string[];
}

/**
 * Writes a workbook's report copy: the check workflow's write step (writeDescribed, of the sheets
 * describeWrite gives: the same the pane writes) adds the sheets to the package in memory, then the
 * file is written to `target`. Throws one sentence.
 */
export async function writeReport(file: string, target: string, workbook: XlsxBytesWorkbook, write: CheckWrite): Promise<WrittenOutput> {
  const { written, writeError } = await writeDescribed(workbook, write);
  const output = workbook.output();
  if (writeError !== undefined || !written || !output) throw new CliError(`The report for ${file} could not be written (${reason(writeError ?? "nothing was written")}).`);
  const mismatch = extensionProblem(file, target, output.kind);
  if (mismatch) throw new CliError(mismatch);
  try {
    await writeWorkbookFile(target, output.pieces);
  } catch (error) {
    throw new CliError(`The report for ${file} could not be written to ${target} (${reason(error)}).`);
  }
  return { file: target, sheets: written.written.map((w) => w.sheet), notes: written.notes };
}

/** Why `target` cannot hold a package of this kind, or null when its extension fits. */
function extensionProblem(file: string, target: string, kind: PackageKind | undefined): string | null {
  if (!kind) return null;
  const ext = extname(target).toLowerCase();
  if (ext === kind.extension) return null;
  const suggestion = target.slice(0, target.length - extname(target).length) + kind.extension;
  if (target === file) return `${file} is a ${kind.kind} saved under a ${ext || "missing"} extension, which Excel refuses to open; rename it to ${basename(suggestion)} and run again. It was not changed.`;
  if (kind.extension === ".xlsm") return `${file} contains macros, which an ${ext} file cannot hold: use --out ${suggestion} to keep them.`;
  return `${file} is a ${kind.kind}; Excel opens it only under a ${kind.extension} name: use --out ${suggestion}.`;
}
