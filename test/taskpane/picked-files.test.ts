import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { pickedSubmission } from "../../src/taskpane/consolidate/picked-files";

const sample = resolve(import.meta.dirname, "../../assets/sample-portfolio.xlsx");

describe("a workbook picked in the pane", () => {
  it("reads to the same grids as the CLI reads the file (fflate in the pane, Node's zlib in the CLI)", async () => {
    const file = new File([readFileSync(sample)], "team-a.xlsx");
    expect(typeof Worker).toBe("undefined"); // so it is read inline, by the code the worker runs
    const picked = await pickedSubmission(file).reader.read();
    expect(picked).toEqual(await readXlsx(sample, { label: "team-a.xlsx" }));
  });

  it("is refused with a sentence naming it when it is not an .xlsx", async () => {
    const xls = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])], "old.xls");
    await expect(pickedSubmission(xls).reader.read()).rejects.toThrow("old.xls is password-protected or an old .xls file; save it as an unencrypted .xlsx workbook and try again.");
    const broken = new File([new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3])], "broken.xlsx");
    await expect(pickedSubmission(broken).reader.read()).rejects.toThrow(/^broken\.xlsx cannot be read as an \.xlsx workbook: /);
  });
});
