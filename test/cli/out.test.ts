import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { GENERATED_MARKER } from "../../src/workbook/sheet-spec";
import { cleanPortfolio, failingPortfolio, tempDir, writeWorkbook } from "./fixtures";
import { cli } from "./run";
import { checkWorkbookFile } from "../../src/cli/check-files";
import { dayFromIso } from "../../src/core/model/dates";

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const sheetNames = (path: string) =>
  [...strFromU8(unzipSync(new Uint8Array(readFileSync(path)))["xl/workbook.xml"]).matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);

describe("writing the report sheets", () => {
  it("--out writes a copy with the generated sheets and leaves the input unchanged", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, "in.xlsx"), failingPortfolio);
    const before = sha(input);
    const out = join(dir, "out", "checked.xlsx");
    const r = await cli(["check", input, "--as-of", "2026-03-01", "--out", out]);
    expect(r.code).toBe(1);
    expect(sha(input)).toBe(before);
    const names = sheetNames(out);
    expect(names.slice(0, 2)).toEqual(["Projects", "Gate Log"]);
    expect(names.length).toBeGreaterThan(2);
    expect(r.stdout).toContain(`Report sheets written to ${out}:`);
    const xml = Object.entries(unzipSync(new Uint8Array(readFileSync(out))))
      .filter(([name]) => name.startsWith("xl/sharedStrings") || name.startsWith("xl/worksheets/"))
      .map(([, bytes]) => strFromU8(bytes))
      .join("");
    expect(xml).toContain(GENERATED_MARKER);
  });

  it("--out reports the written file in JSON", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, "in.xlsx"), cleanPortfolio);
    const out = join(dir, "checked.xlsx");
    const r = await cli(["check", input, "--as-of", "2026-03-01", "--out", out, "--format", "json"]);
    const json = JSON.parse(r.stdout);
    expect(json.output.file).toBe(out);
    expect(json.output.sheets.length).toBeGreaterThan(0);
  });

  it("--in-place updates the input through a temporary file, and a re-run replaces its own sheets", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, "in.xlsx"), cleanPortfolio);
    const before = sha(input);
    await cli(["check", input, "--as-of", "2026-03-01", "--in-place"]);
    const once = sheetNames(input);
    expect(sha(input)).not.toBe(before);
    await cli(["check", input, "--as-of", "2026-03-01", "--in-place"]);
    expect(sheetNames(input)).toEqual(once);
    expect(readdirSync(dir)).toEqual(["in.xlsx"]);
  });

  it("--out with a folder writes one copy per workbook", async () => {
    const dir = tempDir();
    await writeWorkbook(join(dir, "subs", "a.xlsx"), cleanPortfolio);
    await writeWorkbook(join(dir, "subs", "b.xlsx"), failingPortfolio);
    const r = await cli(["check", join(dir, "subs"), "--as-of", "2026-03-01", "--out", join(dir, "checked")]);
    expect(r.code).toBe(1);
    expect(readdirSync(join(dir, "checked")).sort()).toEqual(["a.xlsx", "b.xlsx"]);
    expect(r.stdout).toContain(`report: ${join(dir, "checked", "a.xlsx")}`);
  });

  it("--embed-rules stores the ruleset, which the next check uses", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, "in.xlsx"), cleanPortfolio);
    const out = join(dir, "with-rules.xlsx");
    await cli(["check", input, "--as-of", "2026-03-01", "--out", out, "--embed-rules"]);
    expect(existsSync(out)).toBe(true);
    const r = await cli(["check", out, "--as-of", "2026-03-01"]);
    expect(r.stdout).toContain("(stored in the workbook)");
  });
});

describe("a report copy of a file saved during the check", () => {
  it("is not written: the file is read again for the write and its bytes are no longer those checked", async () => {
    const dir = tempDir();
    const input = await writeWorkbook(join(dir, "in.xlsx"), failingPortfolio);
    const out = join(dir, "checked.xlsx");
    const report = await checkWorkbookFile(input, {
      asOf: dayFromIso("2026-03-01"),
      outputs: new Map([[input, out]]),
      onProgress: (e) => {
        if (e.kind === "phase" && e.phase === "writing") writeFileSync(input, Buffer.concat([readFileSync(input), Buffer.from("saved again")]));
      },
    });
    expect(report.exitCode).toBe(2);
    expect(report.status === "checked" && report.outputError).toContain(`${input} changed while it was checked`);
    expect(existsSync(out)).toBe(false);
  });
});
