/**
 * Running LibreOffice headless from tests: converting files and inspecting workbooks through
 * python3-uno (inspect_workbook.py). Every call uses its own profile so runs never share an instance.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const TIMEOUT_MS = 120_000;

/** The Python that has the uno module: Debian's, not a pyenv shim that may shadow it. */
function python(): string {
  return existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
}

/** Converts `file` with soffice into `outDir` ("xlsx", "pdf", ...); returns the output path. */
export function convert(file: string, format: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, file], {
      timeout: TIMEOUT_MS,
      stdio: "pipe",
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const base = file.split("/").pop()!.replace(/\.[^.]+$/, "");
  const out = join(outDir, `${base}.${format.split(":")[0]}`);
  if (!existsSync(out)) throw new Error(`soffice did not write ${out}`);
  return out;
}

/**
 * Converts many files in one soffice run (one start-up); returns each input's output path, or
 * undefined when LibreOffice could not open it. Inputs must have distinct base names.
 */
export function convertAll(files: string[], format: string, outDir: string): Map<string, string | undefined> {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, ...files], {
      timeout: TIMEOUT_MS * 4,
      stdio: "pipe",
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const ext = format.split(":")[0];
  return new Map(files.map((file) => {
    const out = join(outDir, `${file.split("/").pop()!.replace(/\.[^.]+$/, "")}.${ext}`);
    return [file, existsSync(out) ? out : undefined];
  }));
}

export interface InspectedSheet {
  name: string;
  visible: boolean;
  charts: { name: string; title: string; series: number; ranges: string[] }[];
  drawObjects: number;
  cells: string[][];
}

/** What LibreOffice sees in a workbook: sheets, charts and the text of the top-left cells. */
export function inspect(file: string, rows = 30, cols = 10): { sheets: InspectedSheet[] } {
  const script = resolve(__dirname, "inspect_workbook.py");
  const out = execFileSync(python(), [script, file, String(rows), String(cols)], { timeout: TIMEOUT_MS, encoding: "utf8" });
  return JSON.parse(out);
}
