import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli/errors";
import { planOutputs } from "../../src/cli/outputs";
import { tempDir } from "./fixtures";

describe("planOutputs", () => {
  it("writes nothing unless asked", async () => {
    expect(await planOutputs(["a.xlsx"], false, {})).toBeUndefined();
  });

  it("maps one workbook to the --out file, .xlsx or .xlsm", async () => {
    expect(await planOutputs(["a.xlsx"], false, { out: "b.xlsx" })).toEqual(new Map([["a.xlsx", "b.xlsx"]]));
    expect(await planOutputs(["a.xlsm"], false, { out: "b.XLSM" })).toEqual(new Map([["a.xlsm", "b.XLSM"]]));
  });

  it("treats --out as a folder when checking several workbooks", async () => {
    const plan = await planOutputs(["in/a.xlsx", "in/b.xlsx"], true, { out: "checked" });
    expect(plan).toEqual(new Map([["in/a.xlsx", join("checked", "a.xlsx")], ["in/b.xlsx", join("checked", "b.xlsx")]]));
  });

  it("puts a single report inside --out when it is an existing folder", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "reports"));
    expect((await planOutputs(["a.xlsx"], false, { out: join(dir, "reports") }))?.get("a.xlsx")).toBe(join(dir, "reports", "a.xlsx"));
  });

  it("maps each workbook onto itself with --in-place", async () => {
    expect(await planOutputs(["a.xlsx", "b.xlsx"], true, { inPlace: true })).toEqual(new Map([["a.xlsx", "a.xlsx"], ["b.xlsx", "b.xlsx"]]));
  });

  it.each([
    [{ out: "b.xlsx", inPlace: true }, ["a.xlsx"], /either --out or --in-place/],
    [{ out: "a.xlsx" }, ["a.xlsx"], /--in-place/],
    [{ out: "report.pdf" }, ["a.xlsx"], /\.xlsx or \.xlsm file/],
  ])("refuses %o", async (request, files, message) => {
    await expect(planOutputs(files, false, request)).rejects.toThrow(message);
  });

  it("refuses two inputs with the same name going to one folder, also in another letter case", async () => {
    await expect(planOutputs(["x/a.xlsx", "y/a.xlsx"], true, { out: "checked" })).rejects.toThrow(CliError);
    await expect(planOutputs(["x/A.xlsx", "y/a.xlsx"], true, { out: "checked" })).rejects.toThrow(/would both be written/);
  });
});
