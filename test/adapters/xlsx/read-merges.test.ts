/** Issue 10 §2: a description merged across F:N in a data row is read once, never into the columns it covers. */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupWorkbooks, readBack } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";

afterAll(cleanupWorkbooks);

describe("merged cells in a file", () => {
  it("reads a merge across F:N as one value in F and no invalid values under it", async () => {
    const header = ["ID", "Name", "Stage", "Manager", "Budget", "Description", "% Complete", "Start", "Finish", "Forecast", "Actual Cost", "Sponsor", "Program", "Last Update"];
    const rows: Cell[][] = [
      header,
      ["P1", "Alpha", "Execution", "Ana", 100, "Scope was re-baselined after the vendor change in March", null, null, null, null, null, null, null, null],
      ["P2", "Beta", "Planning", "Ben", 200, "Fine", 0.25, null, null, null, null, "Raj", "Digital", null],
    ];
    for (const stream of [false, true]) {
      const { portfolio } = await readBack([{ name: "Projects", rows, merges: ["F2:N2"] }], { stream });
      expect(portfolio.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
      expect(portfolio.projects.map((p) => [p.id, p.percentComplete, p.sponsor, p.program])).toEqual([
        ["P1", undefined, undefined, undefined],
        ["P2", 0.25, "Raj", "Digital"],
      ]);
    }
  });
});
