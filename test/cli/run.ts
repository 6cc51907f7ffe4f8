/** Runs the CLI in-process (fast, for output shapes) or as the built command (for real exit codes). */
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../../src/cli/program";

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const root = fileURLToPath(new URL("../..", import.meta.url));

/** runCli with captured streams; stderrTty pretends stderr is a terminal. */
export async function cli(args: string[], options: { stderrTty?: boolean } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s), isTTY: options.stderrTty ?? false },
  });
  return { code, stdout, stderr };
}

/** Bundles the CLI once per test file, as `npm run build:cli` does. */
export function buildCli(): void {
  execFileSync(process.execPath, [join(root, "scripts", "build-cli.mjs")], { cwd: root, stdio: "pipe" });
}

/** The installed command, bin/pmo-rulebook.js, in a child process. */
export function bin(args: string[]): CliRun {
  const r = spawnSync(process.execPath, [join(root, "bin", "pmo-rulebook.js"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
