/**
 * Issue 7, files and the file system: --in-place and --out never overwrite a read-only file, keep
 * mode and owner, follow a link to the real workbook, never reach the input through another path,
 * and leave no half-written file or temporary file behind.
 */
import { createHash } from "node:crypto";
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { cleanPortfolio, tempDir, writeWorkbook } from "./fixtures";
import { buildCli, cli } from "./run";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const AS_OF = ["--as-of", "2026-03-01"];

async function input(dir = tempDir(), name = "in.xlsx"): Promise<string> {
  return writeWorkbook(join(dir, name), cleanPortfolio);
}

describe("what --in-place and --out do to files", () => {
  it("refuses to replace a read-only workbook, even as root, and leaves it as it was", async () => {
    const path = await input();
    chmodSync(path, 0o444);
    const before = sha(path);
    const r = await cli(["check", path, ...AS_OF, "--in-place"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`The report for ${path} could not be written to ${path} (${path} is read-only; it was not changed).\n`);
    expect(sha(path)).toBe(before);
    expect(statSync(path).mode & 0o777).toBe(0o444);
  });

  it("refuses to overwrite a read-only --out file", async () => {
    const dir = tempDir();
    const path = await input(dir);
    const out = join(dir, "out.xlsx");
    writeFileSync(out, "the PMO's own file");
    chmodSync(out, 0o400);
    const r = await cli(["check", path, ...AS_OF, "--out", out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("the PMO's own file");
  });

  it("keeps the replaced file's mode and owner", async () => {
    const path = await input();
    chmodSync(path, 0o640);
    if (process.getuid?.() === 0) chownSync(path, 65534, 65534);
    await cli(["check", path, ...AS_OF, "--in-place"]);
    const info = statSync(path);
    expect(info.mode & 0o7777).toBe(0o640);
    if (process.getuid?.() === 0) expect([info.uid, info.gid]).toEqual([65534, 65534]);
  });

  it("follows a symbolic link to the real workbook: the link stays a link, the workbook is updated", async () => {
    const dir = tempDir();
    const real = await input(dir, "real.xlsx");
    const link = join(dir, "link.xlsx");
    symlinkSync(real, link);
    const before = sha(real);
    const r = await cli(["check", link, ...AS_OF, "--in-place"]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(sha(real)).not.toBe(before);
    expect(readdirSync(dir).sort()).toEqual(["link.xlsx", "real.xlsx"]);
  });

  it("never overwrites the input through a hard link, a linked folder or a second path", async () => {
    const dir = tempDir();
    const path = await input(dir);
    const hard = join(dir, "hard.xlsx");
    linkSync(path, hard);
    symlinkSync(dir, join(dir, "..", `${dir.split("/").pop()}-alias`));
    const alias = join(dir, "..", `${dir.split("/").pop()}-alias`, "in.xlsx");
    const before = sha(path);
    for (const out of [hard, alias, `${dir}/./in.xlsx`]) {
      const r = await cli(["check", path, ...AS_OF, "--out", out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr, out).toMatch(/^--out would overwrite the input .*in\.xlsx.*; use --in-place to update a workbook itself\.\n$/);
    }
    expect(sha(path)).toBe(before);
  });

  it("checks a workbook reached through two paths once, and writes it once", async () => {
    const dir = tempDir();
    const path = await input(dir);
    symlinkSync(path, join(dir, "again.xlsx"));
    const r = await cli(["check", dir, ...AS_OF, "--quiet"]);
    expect(r.stdout).toMatch(/^Total: 1 file;/m);
  });

  it("leaves no temporary file when the write fails, and the input intact", async () => {
    const dir = tempDir();
    const path = await input(dir);
    const outDir = join(dir, "out");
    mkdirSync(outDir);
    writeFileSync(join(outDir, "in.xlsx"), "x");
    chmodSync(join(outDir, "in.xlsx"), 0o444);
    const before = sha(path);
    const r = await cli(["check", path, ...AS_OF, "--out", join(outDir, "in.xlsx")]);
    expect(r.code).toBe(2);
    expect(readdirSync(outDir)).toEqual(["in.xlsx"]);
    expect(sha(path)).toBe(before);
  });
});

/** The installed command run as "nobody" (uid 65534), to test permissions root would bypass. */
const asNobody = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0;

describe.runIf(asNobody)("as another user (setpriv, uid 65534)", () => {
  beforeAll(() => buildCli(), 120_000);
  const run = (args: string[]) => {
    const r = spawnSync("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, join(import.meta.dirname, "../../bin/pmo-rulebook.js"), ...args], { encoding: "utf8" });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("refuses to replace a workbook the user may not write, in a folder it may write", async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const path = await input(dir);
    chmodSync(path, 0o644); // root's, readable by all, writable by root only
    const before = sha(path);
    const r = run(["check", path, ...AS_OF, "--in-place"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${path} is read-only for you; it was not changed`);
    expect(sha(path)).toBe(before);
    expect(statSync(path).uid).toBe(0);
  });

  it("refuses to take over another user's file it may write, rather than change its owner", async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const path = await input(dir);
    chmodSync(path, 0o666);
    const r = run(["check", path, ...AS_OF, "--in-place"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("belongs to another user, and replacing it would make it yours");
    expect(statSync(path).uid).toBe(0);
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  it("updates its own workbook in place, keeping its mode", async () => {
    const dir = tempDir();
    chmodSync(dir, 0o777);
    const path = await input(dir);
    chownSync(path, 65534, 65534);
    chmodSync(path, 0o600);
    const r = run(["check", path, ...AS_OF, "--in-place"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const info = statSync(path);
    expect([info.uid, info.mode & 0o777]).toEqual([65534, 0o600]);
  });
});
