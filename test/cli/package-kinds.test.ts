/** Issue 7, items 6 and 7: macro-enabled workbooks keep their type; structure-protected ones are refused. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { macroEnabled, structureProtected } from "../corpus/variants";
import { cleanPortfolio, failingPortfolio, tempDir, writeWorkbook } from "./fixtures";
import { cli } from "./run";

async function workbook(name: string, change: (b: Uint8Array) => Uint8Array, fixture = cleanPortfolio): Promise<{ dir: string; path: string }> {
  const dir = tempDir();
  const plain = await writeWorkbook(join(dir, "plain.xlsx"), fixture);
  const path = join(dir, name);
  writeFileSync(path, change(new Uint8Array(readFileSync(plain))));
  return { dir, path };
}

const contentTypes = (path: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(path)))["[Content_Types].xml"]);

describe("macro-enabled workbooks (.xlsm)", () => {
  it("writes --out X.xlsm as a macro-enabled package, macros byte for byte", async () => {
    const { dir, path } = await workbook("Portfolio.xlsm", macroEnabled);
    const out = join(dir, "Checked.xlsm");
    const r = await cli(["check", path, "--as-of", "2026-03-01", "--out", out]);
    expect(r.code).toBe(0);
    expect(contentTypes(out)).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    const vba = (p: string) => Buffer.from(unzipSync(new Uint8Array(readFileSync(p)))["xl/vbaProject.bin"]);
    expect(vba(out).equals(vba(path))).toBe(true);
  });

  it("refuses --out X.xlsx for a macro-enabled workbook with a sentence, writes nothing, and still reports the findings", async () => {
    const { dir, path } = await workbook("Portfolio.xlsm", macroEnabled, failingPortfolio);
    const out = join(dir, "Checked.xlsx");
    const r = await cli(["check", path, "--as-of", "2026-03-01", "--out", out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toBe(`${path} contains macros, which an .xlsx file cannot hold: use --out ${join(dir, "Checked.xlsm")} to keep them.\n`);
    expect(r.stdout).toMatch(/Errors \(\d+\)/);
  });

  it("refuses --out X.xlsm for a workbook without macros", async () => {
    const { dir, path } = await workbook("Portfolio.xlsx", (b) => b);
    const r = await cli(["check", path, "--as-of", "2026-03-01", "--out", join(dir, "Checked.xlsm")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is a workbook; Excel opens it only under a \.xlsx name: use --out .*Checked\.xlsx\./);
  });

  it("updates an .xlsm in place and keeps it macro-enabled; a folder check includes it", async () => {
    const { dir, path } = await workbook("Portfolio.xlsm", macroEnabled);
    const inPlace = await cli(["check", path, "--as-of", "2026-03-01", "--in-place"]);
    expect(inPlace.code).toBe(0);
    expect(contentTypes(path)).toContain("macroEnabled.main+xml");
    const folder = await cli(["check", dir, "--as-of", "2026-03-01"]);
    expect(folder.stdout).toMatch(/ok +.*Portfolio\.xlsm/);
  });
});

describe("structure-protected workbooks", () => {
  it("checks the workbook but refuses to add sheets to it, saying why", async () => {
    const { dir, path } = await workbook("Locked.xlsx", structureProtected, failingPortfolio);
    const out = join(dir, "Checked.xlsx");
    const r = await cli(["check", path, "--as-of", "2026-03-01", "--out", out]);
    expect(r.code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toMatch(/Errors \(\d+\)/);
    expect(r.stderr).toMatch(/^The report for .*Locked\.xlsx could not be written \(The workbook's structure is protected \(Review › Protect Workbook\), so no sheet can be added to it: unprotect the structure and run again\)\.\n$/);
  });

  it("lists it as not written in a folder check and in the JSON", async () => {
    const { dir, path } = await workbook("Locked.xlsx", structureProtected);
    const out = join(dir, "checked");
    const text = await cli(["check", dir, "--as-of", "2026-03-01", "--out", out]);
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(/not written +.*Locked\.xlsx +0 errors.*structure is protected/);
    const json = JSON.parse((await cli(["check", dir, "--as-of", "2026-03-01", "--out", out, "--format", "json"])).stdout);
    const locked = json.files.find((f: { file: string }) => f.file === path);
    expect(locked.outputError).toMatch(/structure is protected/);
    expect(locked.summary.total).toBe(0);
  });
});
