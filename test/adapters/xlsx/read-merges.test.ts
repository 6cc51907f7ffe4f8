/** Issue 10 §2 in real files: a description merged across F:N is read once; a 0%-formatted 68 is 68%. */
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
    const { portfolio } = await readBack([{ name: "Projects", rows, merges: ["F2:N2"] }]);
    expect(portfolio.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
    expect(portfolio.projects.map((p) => [p.id, p.percentComplete, p.sponsor, p.program])).toEqual([
      ["P1", undefined, undefined, undefined],
      ["P2", 0.25, "Raj", "Digital"],
    ]);
  });
});

describe("numbers as programs write them", () => {
  it("reads 68 in a 0%-formatted cell as 68% (pandas and Power BI exports)", async () => {
    const rows: Cell[][] = [["Project_ID", "Project_Name", "Percentage Complete"], ["P1", "CRM", 68], ["P2", "ERP", 100], ["P3", "Web", 0]];
    const { portfolio } = await readBack([{ name: "Projects", rows, formats: { C2: "0%", C3: "0%", C4: "0%" } }]);
    expect(portfolio.projects.map((p) => p.percentComplete)).toEqual([0.68, 1, 0]);
    expect(portfolio.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
  });
});
