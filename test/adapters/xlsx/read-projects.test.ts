import { afterAll, describe, expect, it } from "vitest";
import { cleanupWorkbooks, day, readBack, utc } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";
import { recordCells } from "../../../src/core/model/record-source";

afterAll(cleanupWorkbooks);

/** A register as PMOs keep it: a title, an "as of" line, a key/value block, renamed columns, junk. */
const messyRegister: Cell[][] = [
  ["ACME PMO – Project Register"],
  ["As of 1 March 2026"],
  ["Owner:", "PMO Office"],
  [],
  ["Proj #", "Project\nTitle", "Programme", "PM", "Sponsor", "Phase", "Health", "Start Date", "End", "Budget (RM)", "Spent", "EAC", "% Done", "Status Date", "Risk Level"],
  ["P-001", "CRM rollout", "Digital", "Ana", "Raj", "3 - Execution", "G", "15/03/2025", "31/12/2026", "RM 1,200,000", "(1,000)", "1.3M", "45%", "28/02/2026", "High"],
  ["P-002", "Data lake", "Digital", "Ben", "TBD", "planning", "At risk", utc("2026-01-05"), "Mar 2027", 250000, 1000, "250k", 0.1, utc("2026-02-20"), "Low"],
  [null, "Digital subtotal"],
  ["P-003", "Office move", "Facilities", "N/A", "Kim", "Exec", "Red", "2025-06-01", "-", "TBD", "abc", null, "", "31/02/2026", null],
  [],
  ["P-004", "Hidden row project", "Facilities", "Cy", "Kim", "Closed", "green", "1-Jun-2024", "June 30, 2025", "€ 10.500,50", 9000, 9000, 1, null, null],
  [null, "Unnamed but real", "Facilities", "Dee", null, "Idea"],
  [null, "Section: Strategic"],
  ["Total", null, null, null, null, null, null, null, null, 1460000],
  ["Insert new rows above this line"],
];

describe("reading a messy project register", () => {
  it("finds the header under a title, an as-of line and a key/value block", async () => {
    const { portfolio } = await readBack([{ name: "Register", rows: messyRegister, hiddenRows: [11] }]);
    const d = portfolio.detections.find((x) => x.entity === "projects")!;
    expect(d.how).toBe("sheet-name");
    expect(d.headerRow).toBe(5);
    expect(d.columns.id.column).toBe("A");
    expect(d.columns.name.header).toBe("Project Title");
    expect(d.columns.budget.column).toBe("J");
    expect(d.columns.percentComplete.column).toBe("M");
    expect(d.unmatched).toEqual(["Risk Level"]);
  });

  it("reads projects and skips subtotal, section, total and instruction rows but keeps hidden rows", async () => {
    const { portfolio } = await readBack([{ name: "Register", rows: messyRegister, hiddenRows: [11] }]);
    expect(portfolio.projects.map((p) => p.id)).toEqual(["P-001", "P-002", "P-003", "P-004", "Unnamed but real"]);
  });

  it("parses text dates day-first, text money and percentages", async () => {
    const { portfolio } = await readBack([{ name: "Register", rows: messyRegister }]);
    const [p1, p2, , p4] = portfolio.projects;
    expect(p1).toMatchObject({ start: day("2025-03-15"), finish: day("2026-12-31"), budget: 1_200_000, actualCost: -1000, forecast: 1_300_000, percentComplete: 0.45, lastUpdate: day("2026-02-28") });
    expect(p2).toMatchObject({ start: day("2026-01-05"), finish: day("2027-03-31"), budget: 250_000, forecast: 250_000, percentComplete: 0.1, lastUpdate: day("2026-02-20") });
    expect(p4).toMatchObject({ start: day("2024-06-01"), finish: day("2025-06-30"), budget: 10500.5, percentComplete: 1 });
  });

  it("normalises stages and RAG status against the ruleset", async () => {
    const { portfolio } = await readBack([{ name: "Register", rows: messyRegister }]);
    const [p1, p2, p3, p4] = portfolio.projects;
    expect([p1.stage, p1.stageIndex]).toEqual(["Execution", 3]);
    expect([p2.stage, p2.stageIndex]).toEqual(["Planning", 2]);
    expect(p3.stage).toBe("Execution");
    expect(p4.stage).toBe("Closed");
    expect([p1.status, p2.status, p3.status, p4.status]).toEqual(["Green", "Amber", "Red", "Green"]);
  });

  it("treats placeholders as missing and reports unparseable cells with their location", async () => {
    const { portfolio } = await readBack([{ name: "Register", rows: messyRegister }]);
    const p3 = portfolio.projects[2];
    expect(p3.manager).toBeUndefined();
    expect(p3.finish).toBeUndefined();
    expect(p3.budget).toBeUndefined();
    const invalid = portfolio.issues.filter((i) => i.kind === "invalid-value");
    expect(invalid).toContainEqual(expect.objectContaining({ field: "actualCost", expected: "amount", raw: "abc", projectId: "P-003", location: { sheet: "Register", cell: "K9", row: 9 } }));
    expect(invalid).toContainEqual(expect.objectContaining({ field: "lastUpdate", expected: "date", raw: "31/02/2026", location: { sheet: "Register", cell: "N9", row: 9 } }));
    expect(portfolio.projects[1].sponsor).toBeUndefined();
  });

  it("keeps a row without an ID under its name and reports the empty ID cell", async () => {
    const { portfolio } = await readBack([{ name: "Register", rows: messyRegister }]);
    const p = portfolio.projects.find((x) => x.name === "Unnamed but real")!;
    expect(p.stage).toBe("Idea");
    expect(portfolio.issues).toContainEqual(expect.objectContaining({ kind: "invalid-value", field: "id", expected: "id", location: { sheet: "Register", cell: "A12", row: 12 } }));
  });

  it("keeps unmatched columns in extra and every mapped field's cell in the source", async () => {
    const { portfolio } = await readBack([{ name: "Register", rows: messyRegister }]);
    const p1 = portfolio.projects[0];
    expect(p1.extra).toEqual({ riskLevel: "High" });
    expect({ sheet: p1.source.sheet, row: p1.source.row, cells: recordCells(p1.source) }).toEqual({
      sheet: "Register",
      row: 6,
      cells: { id: "A6", name: "B6", program: "C6", manager: "D6", sponsor: "E6", stage: "F6", status: "G6", start: "H6", finish: "I6", budget: "J6", actualCost: "K6", forecast: "L6", percentComplete: "M6", lastUpdate: "N6" },
    });
  });
});

describe("dates and numbers in other forms", () => {
  it("reads month-first text dates when the column shows a second part over 12", async () => {
    const rows: Cell[][] = [
      ["ID", "Name", "Manager", "Start", "Finish"],
      ["A", "One", "X", "3/15/2026", "4/1/2026"],
      ["B", "Two", "Y", "3/4/2026", "12/31/2026"],
    ];
    const { portfolio } = await readBack([{ name: "Projects", rows }]);
    expect(portfolio.projects.map((p) => [p.start, p.finish])).toEqual([
      [day("2026-03-15"), day("2026-04-01")],
      [day("2026-03-04"), day("2026-12-31")],
    ]);
  });

  it("reads progress on a 0–100 scale when the column holds values above 1", async () => {
    const rows: Cell[][] = [["ID", "Name", "Stage", "Progress"], ["A", "One", "Planning", 50], ["B", "Two", "Planning", 100], ["C", "Three", "Planning", "25%"]];
    const { portfolio } = await readBack([{ name: "Projects", rows }]);
    expect(portfolio.projects.map((p) => p.percentComplete)).toEqual([0.5, 1, 0.25]);
  });

  it("reads dates in a 1904 workbook", async () => {
    const rows: Cell[][] = [["ID", "Name", "Stage", "Start", "Finish"], ["A", "One", "Planning", utc("2026-03-15"), utc("2027-01-01")]];
    const { portfolio, source } = await readBack([{ name: "Projects", rows }], { date1904: true });
    expect(source.date1904).toBe(true);
    expect(portfolio.projects[0]).toMatchObject({ start: day("2026-03-15"), finish: day("2027-01-01") });
  });

  it("reads formula results, rich text and hyperlinks as their values", async () => {
    const rows: Cell[][] = [
      ["ID", "Name", "Stage", "Budget", "Actual Cost"],
      [{ text: "P-9", hyperlink: "https://example.com/p9" }, { richText: [{ text: "Rich " }, { text: "name" }] }, "Planning", { formula: "1000*2", result: 2000 }, { formula: "NA()", result: { error: "#N/A" } }],
    ];
    const { portfolio } = await readBack([{ name: "Projects", rows }]);
    expect(portfolio.projects[0]).toMatchObject({ id: "P-9", name: "Rich name", budget: 2000 });
    expect(portfolio.issues).toContainEqual(expect.objectContaining({ field: "actualCost", raw: "#N/A" }));
  });
});

describe("status and stage columns decided by their values", () => {
  it("takes the RAG column as status when Status holds other text", async () => {
    const rows: Cell[][] = [["ID", "Name", "Stage", "Status", "RAG"], ["A", "One", "Planning", "Awaiting funding", "G"], ["B", "Two", "Execution", "Active", "R"]];
    const { portfolio } = await readBack([{ name: "Projects", rows }]);
    expect(portfolio.projects.map((p) => [p.status, p.extra.status])).toEqual([
      ["Green", "Awaiting funding"],
      ["Red", "Active"],
    ]);
    expect(portfolio.detections[0].columns.status).toEqual({ header: "RAG", column: "E" });
  });

  it("reads a Status column of stage names as the stage when there is no Stage column", async () => {
    const rows: Cell[][] = [["ID", "Name", "Manager", "Status"], ["A", "One", "X", "In progress"], ["B", "Two", "Y", "Closed"], ["C", "Three", "Z", "Planning"]];
    const { portfolio } = await readBack([{ name: "Projects", rows }]);
    expect(portfolio.projects.map((p) => [p.stage, p.stageIndex, p.status])).toEqual([
      ["Execution", 3, undefined],
      ["Closed", 5, undefined],
      ["Planning", 2, undefined],
    ]);
  });

  it("reports a non-RAG value in a RAG column", async () => {
    const rows: Cell[][] = [["ID", "Name", "Stage", "RAG"], ["A", "One", "Idea", "G"], ["B", "Two", "Idea", "Purple"], ["C", "Three", "Idea", "A"]];
    const { portfolio } = await readBack([{ name: "Projects", rows }]);
    expect(portfolio.projects[1].statusRaw).toBe("Purple");
    expect(portfolio.issues).toContainEqual(expect.objectContaining({ field: "status", expected: "status", raw: "Purple", location: { sheet: "Projects", cell: "D3", row: 3 } }));
  });
});
