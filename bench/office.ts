/**
 * The add-in's side of the benchmark: runs bench/office-run.ts in a child process on a generated
 * workbook, when the Office adapter and the Excel stand-in are part of the tree.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { OfficeRun } from "./office-run";

export const officeAvailable = existsSync("src/excel-standin/index.ts") && existsSync("src/adapters/office/index.ts");

/** Counters of one full Office run on `file` as `platform` would do it, or a sentence saying why there are none. */
export function officeRun(file: string, platform: "windows" | "web"): OfficeRun | string {
  const child = spawnSync(process.execPath, ["--max-old-space-size=12288", "--import", "tsx", "bench/office-run.ts", file, platform], {
    encoding: "utf8",
    maxBuffer: 1 << 24,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.status !== 0) {
    const why = (child.stderr ?? "").split("\n").find((l) => /Error|error/.test(l)) ?? `exit ${child.status ?? child.signal}`;
    return `the Office run failed (${why.trim()})`;
  }
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as OfficeRun;
}
