import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { sheet, source } from "../../fixtures/read/grid";
import { recordCells } from "../../../src/core/model/record-source";

const read = (...sheets: ReturnType<typeof sheet>[]) => readPortfolio(source(sheets), defaultRuleset());

/** A register's header, then a programme heading alone in the ID column, its projects and their subtotal. */
const DIGITAL = [
  ["ID", "Project", "Manager", "Stage", "Budget"],
  ["Digital"],
  ["D-1", "Portal", "Kim", "Execution", 100],
  ["D-2", "Chatbot", "Lee", "Planning", 50],
  [null, "Digital subtotal", null, null, 150],
];

describe("register shapes", () => {
  it("skips notes under the table and the header repeated on a new page", () => {
    const p = read(
      sheet("Projects", [
        ["ID", "Name", "Stage", "Manager"],
        ["P1", "A", "Idea", "Ana"],
        ["ID", "Name", "Stage", "Manager"],
        ["P2", "B", "Idea", "Ben"],
        ["Note: budgets exclude contingency"],
        ["This register is reviewed by the PMO board every month before the portfolio meeting"],
        ["P3"],
      ]),
    );
    expect(p.projects.map((x) => x.id)).toEqual(["P1", "P2", "P3"]);
  });

  it("skips programme headings written alone in the ID column when the IDs carry numbers", () => {
    const p = read(
      sheet("Register", [
        ...DIGITAL,
        ["Operations"],
        ["O-1", "Fleet", "Max", "Execution", 80],
        ["O-2"],
      ]),
    );
    // O-2 alone is a project with nothing filled in yet (it has a number, as the IDs do), not a heading.
    expect(p.projects.map((x) => x.id)).toEqual(["D-1", "D-2", "O-1", "O-2"]);
    // IDs of words are IDs: a register of code names keeps a row with nothing but its code.
    const words = read(sheet("Projects", [["ID", "Name", "Stage"], ["ALPHA", "A", "Idea"], ["BRAVO", "B", "Idea"], ["CHARLIE"]]));
    expect(words.projects.map((x) => x.id)).toEqual(["ALPHA", "BRAVO", "CHARLIE"]);
  });

  it("gives the projects under a section heading its programme when the register has no programme column", () => {
    const p = read(
      sheet("Register", [
        ...DIGITAL,
        [],
        [null, "Finance Transformation Programme"],
        ["F-1", "Ledger", "Max", "Execution", 80],
        ["This section is reviewed by the finance board every month before the meeting"],
        ["F-2", "Payroll", "Max", "Idea", 10],
        ["Closed"],
        ["X-1", "Old intranet", "Ann", "Closure", 5],
      ]),
    );
    // A sentence is not a heading; a heading naming a stage or status ("Closed") groups by that, not by programme.
    expect(p.projects.map((x) => [x.id, x.program])).toEqual([
      ["D-1", "Digital"],
      ["D-2", "Digital"],
      ["F-1", "Finance Transformation Programme"],
      ["F-2", "Finance Transformation Programme"],
      ["X-1", undefined],
    ]);
    expect(p.detections[0].why).toContain("programmes from its section headings: Digital (A2), Finance Transformation Programme (B7)");
    // A programme column wins: headings then set nothing.
    const own = read(sheet("Register", [["ID", "Project", "Programme", "Stage"], ["Digital"], ["D-1", "Portal", "Web", "Idea"], ["D-2", "Chat", null, "Idea"]]));
    expect(own.projects.map((x) => [x.id, x.program])).toEqual([
      ["D-1", "Web"],
      ["D-2", undefined],
    ]);
    expect(own.detections[0].why).toContain("rows read as section headings, not projects: Digital (A2)");
  });

  it("scales amounts by the header's unit", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage", "Budget (k$)", "Actual Cost ('000)"], ["P1", "A", "Idea", 120, "1.5M"]]));
    expect(p.projects[0]).toMatchObject({ budget: 120_000, actualCost: 1_500_000 });
  });

  it("reads every programme sheet that shares the register's header", () => {
    const header = ["Ref", "Initiative", "Owner", "Phase", "RAG"];
    const p = read(sheet("Digital", [["Digital programme"], header, ["D1", "App", "Ana", "Execution (Build)", "G"]]), sheet("Facilities", [header, ["F1", "Move", "Ben", "Idea", "A"]]));
    expect(p.projects.map((x) => [x.id, x.stage, x.source.sheet])).toEqual([
      ["D1", "Execution", "Digital"],
      ["F1", "Idea", "Facilities"],
    ]);
    expect(p.detections.filter((d) => d.entity === "projects").map((d) => [d.sheet, d.headerRow])).toEqual([
      ["Digital", 2],
      ["Facilities", 1],
    ]);
  });

  it("reads a grid that does not start at A1", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Idea"]], { top: 5, left: 3 }));
    expect({ sheet: p.projects[0].source.sheet, row: p.projects[0].source.row, cells: recordCells(p.projects[0].source) }).toEqual({ sheet: "Projects", row: 6, cells: { id: "C6", name: "D6", stage: "E6" } });
  });

  it("returns an empty portfolio with a reason for an empty workbook", () => {
    const p = read();
    expect(p.projects).toEqual([]);
    expect(p.issues).toEqual([{ kind: "missing-entity", entity: "projects", reason: "the workbook has no sheets to read" }]);
  });
});

describe("what the PM sees", () => {
  it("reads zero-padded and decorated numeric IDs as shown", () => {
    const p = read(
      sheet("Projects", [["ID", "Name", "Stage"], [12, "A", "Idea"], [7, "B", "Idea"], [3, "C", "Idea"]], {
        formats: [[], ["0000"], ['"P-"000'], ["General"]],
      }),
    );
    expect(p.projects.map((x) => x.id)).toEqual(["0012", "P-007", "3"]);
  });

  it("reads a group label over budget columns the other way round", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage", "Budget", null], [null, null, null, "Approved", "Actual"], ["P1", "A", "Idea", 100, 40]]));
    expect(p.projects[0]).toMatchObject({ budget: 100, actualCost: 40 });
  });
});

describe("values written once for a group of rows", () => {
  const projects = sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Execution"], ["P2", "B", "Planning"]]);

  it("fills a blank project down a plan's rows until a blank row", () => {
    const plan = sheet("Assignments", [
      ["Project ID", "Resource", "2026-01", "2026-02"],
      ["P1", "Ana", 0.5, 0.5],
      [null, "Ben", 1, null],
      [],
      [null, "Cy", 0.2, null],
      ["P2", "Dee", 0.3, null],
    ]);
    const p = readPortfolio(source([projects, plan]), defaultRuleset());
    expect(p.assignments.map((a) => [a.projectId, a.resource])).toEqual([
      ["P1", "Ana"],
      ["P1", "Ana"],
      ["P1", "Ben"],
      ["", "Cy"],
      ["P2", "Dee"],
    ]);
  });

  it("fills a blank project down a gate log", () => {
    const gates = sheet("Gates", [["Project ID", "Gate", "Decision"], ["P1", "G0", "Approved"], [null, "G1", "Approved"], [null, "G2", "Pending"]]);
    const p = readPortfolio(source([projects, gates]), defaultRuleset());
    expect(p.gates.map((g) => [g.projectId, g.gate])).toEqual([
      ["P1", "G0"],
      ["P1", "G1"],
      ["P1", "G2"],
    ]);
  });
});

describe("total rows", () => {
  it.each(["Total", "TOTAL:", "Sub-total", "Subtotal Digital", "Grand Total", "Digital subtotal", "Programme A - Total", "Sum"])("skips a %j row", (label) => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage", "Budget"], ["P1", "A", "Idea", 100], [label, null, null, 100]]));
    expect(p.projects.map((x) => x.id)).toEqual(["P1"]);
  });

  it("keeps a project whose name merely contains the word", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage", "Budget"], ["P1", "Total cost of ownership study", "Idea", 100], ["P2", "Totalizer upgrade", "Idea", 5]]));
    expect(p.projects.map((x) => x.id)).toEqual(["P1", "P2"]);
  });
});

describe("where a table ends", () => {
  it("stops at a second table's header below a blank row, and skips its title", () => {
    const p = read(
      sheet("Projects", [
        ["ID", "Name", "Stage", "Budget"],
        ["P1", "A", "Idea", 100],
        [null, null, null, null],
        ["P2", "B", "Idea", 200],
        [],
        ["Summary by programme"],
        ["Programme", "Budget"],
        ["Digital", 300],
      ]),
    );
    expect(p.projects.map((x) => x.id)).toEqual(["P1", "P2"]);
  });
});

describe("missing columns", () => {
  it("does not report a required custom column that the sheet has", () => {
    const ruleset = defaultRuleset();
    ruleset.requiredFields.always = ["manager", "riskLevel"];
    const p = readPortfolio(source([sheet("Projects", [["ID", "Name", "Stage", "Manager", "Risk Level"], ["P1", "A", "Idea", "Ana", "High"]])]), ruleset);
    expect(p.issues.filter((i) => i.kind === "missing-column")).toEqual([
      { kind: "missing-column", entity: "projects", field: "sponsor", sheet: "Projects" },
      { kind: "missing-column", entity: "projects", field: "start", sheet: "Projects" },
      { kind: "missing-column", entity: "projects", field: "finish", sheet: "Projects" },
      { kind: "missing-column", entity: "projects", field: "budget", sheet: "Projects" },
    ]);
  });
});

describe("people listed with nothing else", () => {
  it("keeps a resource with a three-word name and no other value", () => {
    const p = read(sheet("Projects", [["ID", "Name", "Stage"], ["P1", "A", "Idea"]]), sheet("Resources", [["Name", "Role", "Capacity"], ["Ana", "PM", 1], ["Mary Ann Smith"], ["Note: contractors excluded"]]));
    expect(p.resources.map((r) => r.name)).toEqual(["Ana", "Mary Ann Smith"]);
  });
});

describe("gate logs by stage", () => {
  const projects = sheet("Projects", [["ID", "Name", "Stage", "Manager", "Budget"], ["P1", "A", "Execution", "Ana", 10]]);
  it("reads a sheet named Gates whose gate column is the stage entered", () => {
    const p = read(projects, sheet("Gates", [["Project ID", "Stage", "Decision", "Date"], ["P1", "Planning", "Approved", "2026-01-05"]]));
    expect(p.gates.map((g) => [g.projectId, g.gate, g.gateIndex, g.decision])).toEqual([["P1", "Planning", 1, "Approved"]]);
  });

  it("does not take a status report for a gate log by content", () => {
    const p = read(projects, sheet("Weekly", [["Project ID", "Stage", "Status", "Date"], ["P1", "Execution", "Green", "2026-01-05"]]));
    expect(p.gates).toEqual([]);
    expect(p.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
  });
});

describe("sheets named like lookups", () => {
  it("reads a sheet named Project List as the register, but not a Lists sheet", () => {
    const p = read(sheet("Lists", [["ID", "Name", "Stage", "Manager"], ["L1", "Lookup", "Idea", "X"]]), sheet("Project List", [["ID", "Name", "Stage", "Manager"], ["P1", "A", "Idea", "Ana"]]));
    expect(p.projects.map((x) => [x.id, x.source.sheet])).toEqual([["P1", "Project List"]]);
    expect(p.detections[0].how).toBe("sheet-name");
  });
});

describe("sheets laid out like the register", () => {
  const header = ["ID", "Name", "Stage", "Manager"];
  it("reads an archive sheet with the same header, but not a template", () => {
    const p = read(
      sheet("Projects (Template)", [header, ["T1", "Example project", "Idea", "Someone"]]),
      sheet("Projects", [header, ["P1", "A", "Execution", "Ana"]]),
      sheet("Closed Projects", [["Archive"], header, ["C1", "Old", "Closed", "Ben"]]),
      sheet("Template", [header, ["T2", "Example", "Idea", "X"]]),
    );
    expect(p.projects.map((x) => [x.id, x.source.sheet])).toEqual([
      ["P1", "Projects"],
      ["C1", "Closed Projects"],
    ]);
  });
});

describe("grids from Office.js", () => {
  it("reads empty strings (as Excel.run returns empty cells) like empty cells", () => {
    const withNulls = [
      ["Register", null, null, null, null],
      [null, null, null, null, null],
      ["ID", "Name", "Stage", "Budget", "Start"],
      ["P1", "A", "Idea", 100, 46096],
      [null, null, null, null, null],
      ["P2", "B", null, null, "15/03/2026"],
      ["Total", null, null, 100, null],
    ];
    const withEmpty = withNulls.map((r) => r.map((v) => (v === null ? "" : v)));
    const a = read(sheet("Projects", withNulls));
    const b = read(sheet("Projects", withEmpty));
    expect(b.projects).toEqual(a.projects);
    expect(b.issues).toEqual(a.issues);
    expect(b.projects.map((p) => p.id)).toEqual(["P1", "P2"]);
  });
});

describe("plans grouped under project headings", () => {
  it("reads people under a project heading row as that project's", () => {
    const projects = sheet("Projects", [["ID", "Name", "Stage"], ["P1", "New CRM platform rollout", "Execution"], ["P2", "Data lake", "Planning"]]);
    const plan = sheet("Resource Plan", [
      ["Resource", "Jan-26", "Feb-26"],
      ["New CRM platform rollout", null, null],
      ["Ana", 0.5, 0.5],
      ["Ben", 1, null],
      ["P2", null, null],
      ["Ana", 0.25, 0.25],
    ]);
    const p = readPortfolio(source([projects, plan]), defaultRuleset());
    expect(p.assignments.map((a) => [a.projectId, a.resource, a.period])).toEqual([
      ["P1", "Ana", "2026-01"],
      ["P1", "Ana", "2026-02"],
      ["P1", "Ben", "2026-01"],
      ["P2", "Ana", "2026-01"],
      ["P2", "Ana", "2026-02"],
    ]);
    expect(p.resources.map((r) => r.name)).toEqual(["Ana", "Ben"]);
    expect(p.issues.filter((i) => i.kind === "missing-column" && i.entity === "assignments")).toEqual([]);
  });
});
