/** Issue 11 §2 and §5: RAID logs as they are kept, read as risks, never as a project list. */
import { describe, expect, it } from "vitest";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../../src/core/model/dates";
import type { Ruleset } from "../../../src/core/ruleset/types";
import type { CellValue } from "../../../src/workbook/grid";
import { sheet, source } from "../../fixtures/read/grid";

const read = (sheets: ReturnType<typeof sheet>[], ruleset: Ruleset = defaultRuleset()) => readPortfolio(source(sheets), ruleset);
const register = sheet("Projects", [["Project ID", "Project Name", "Stage", "Manager"], ["P-001", "CRM rollout", "Execution", "Ana"], ["P-002", "Data lake", "Planning", "Ben"]]);

/** A log as template sites publish it: a title, a block of counters, then the header on row 10. */
function titledLog(): CellValue[][] {
  return [
    ["PROJECT RAID LOG"],
    ["Project:", "CRM rollout", null, "Prepared by:", "PMO"],
    [],
    ["Open risks", 2, null, "Closed risks", 1],
    ["High", 1, null, "Medium", 1, null, "Low", 1],
    ["Last reviewed", "03/02/26"],
    [],
    [],
    [],
    ["RISK ID", "PROJECT", "RISK DESCRIPTION", "LIKELIHOOD", "IMPACT", "RISK SCORE", "OWNER", "MITIGATION", "STATUS", "DATE RAISED", "REVIEW DATE"],
    ["R-01", "P-001", "Vendor delivers late", "HIGH", "HIGH", 9, "ANA", "Weekly vendor calls", "OPEN", "05/01/26", "28/02/26"],
    ["R-02", "P-001", "Key developer leaves", "LOW", "HIGH", 3, "BEN", "", "OPEN", "12/01/26", "15/03/26"],
    ["R-03", "P-002", "Budget cut", "MEDIUM", "MEDIUM", 4, "CY", "Phased scope", "CLOSED", "20/01/26", "20/02/26"],
  ];
}

describe("a RAID log", () => {
  it("finds the header on row 10 under a title and counters, and reads capitals, words and dd/mm/yy text dates", () => {
    const p = read([register, sheet("RAID Log", titledLog())]);
    expect(p.detections.find((d) => d.entity === "risks")).toMatchObject({ sheet: "RAID Log", headerRow: 10, dataRows: 3 });
    expect(p.risks.map((r) => [r.id, r.projectId, r.type, r.probability, r.impact, r.scale, r.rating, r.status, r.owner])).toEqual([
      ["R-01", "P-001", "Risk", 3, 3, 3, 9, "Open", "ANA"],
      ["R-02", "P-001", "Risk", 1, 3, 3, 3, "Open", "BEN"],
      ["R-03", "P-002", "Risk", 2, 2, 3, 4, "Closed", "CY"],
    ]);
    expect(p.risks.map((r) => [r.raised, r.reviewDate])).toEqual([
      [dayFromIso("2026-01-05"), dayFromIso("2026-02-28")],
      [dayFromIso("2026-01-12"), dayFromIso("2026-03-15")],
      [dayFromIso("2026-01-20"), dayFromIso("2026-02-20")],
    ]);
    expect(p.risks[1].mitigation).toBeUndefined();
    expect(p.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
  });

  it("is recognised as a risk log, never as a project list, with or without a register beside it", () => {
    const alone = read([sheet("Sheet1", titledLog())]);
    expect(alone.projects).toEqual([]);
    expect(alone.risks).toHaveLength(3);
    expect(alone.detections.map((d) => d.entity)).toEqual(["risks"]);
    const beside = read([sheet("Log", titledLog()), register]);
    expect(beside.projects.map((x) => x.id)).toEqual(["P-001", "P-002"]);
    expect(beside.detections.find((d) => d.entity === "risks")?.sheet).toBe("Log");
  });

  it("reads one register per sheet, each sheet's entries of its own type", () => {
    const p = read([
      register,
      sheet("Risks", [["ID", "Risk Description", "Probability", "Impact", "Owner", "Mitigation", "Status"], ["R1", "Late vendor", 4, 5, "Ana", "Calls", "Open"]]),
      sheet("Assumptions", [["ID", "Assumption Description", "Validation Method"], ["A1", "Users adopt the app", "Survey"]]),
      sheet("Issues", [["ID", "Issue Description", "Impact", "Status (Open/In Progress/Closed)", "Owner"], ["I1", "CORS errors", "Medium", "In progress", "Dev team"]]),
      sheet("Dependencies", [["ID", "Dependency Description", "Status", "Owner"], ["D1", "Hosting platform", "Closed", "DevOps"]]),
    ]);
    expect(p.risks.map((r) => [r.id, r.type, r.status])).toEqual([["R1", "Risk", "Open"], ["A1", "Assumption", undefined], ["I1", "Issue", "Open"], ["D1", "Dependency", "Closed"]]);
    expect(p.risks[0]).toMatchObject({ probability: 4, impact: 5, scale: 5 });
    expect(p.risks[2]).toMatchObject({ impact: 2, scale: 3 });
  });

  it("takes the type from a Type column when it names one, and keeps categories as the category", () => {
    const p = read([sheet("Raid Log", [["ID", "Type", "Description", "Impact", "Probability", "Owner", "Status", "Mitigation"], [1, "Risk", "Delay", "High", "Medium", "PM", "Open", "Escalate"], [2, "Issue", "Shortage", "Medium", "High", "Lead", "In Progress", "Reallocate"], [3, "Legal", "Contract", "Low", "Low", "PM", "Confirmed", "Review"]])]);
    expect(p.risks.map((r) => [r.type, r.extra.category, r.status])).toEqual([["Risk", undefined, "Open"], ["Issue", undefined, "Open"], ["Risk", "Legal", "Closed"]]);
  });

  it("puts a mixed column of words and 1–5 numbers on the five-point scale", () => {
    const p = read([sheet("Risks", [["ID", "Description", "Probability", "Impact"], ["R1", "A", "Low", 4], ["R2", "B", "Very High", "High"], ["R3", "C", "30%", "Catastrophic"]])]);
    expect(p.risks.map((r) => [r.probability, r.impact, r.scale])).toEqual([[2, 4, 5], [5, 4, 5], [2, 5, 5]]);
  });

  it("keeps 1–3 as written in a column of 1–5 numbers, lifting only words", () => {
    const p = read([sheet("Risks", [["ID", "Description", "Probability", "Impact"], ["R1", "A", 3, 5], ["R2", "B", 5, "2"], ["R3", "C", "High", 4]])]);
    expect(p.risks.map((r) => [r.probability, r.impact, r.scale])).toEqual([[3, 5, 5], [5, 2, 5], [4, 4, 5]]);
  });

  it("keeps a monetary impact out of the levels, with the other columns", () => {
    const p = read([sheet("Issue Register", [["ID", "Description", "Probability", "Impact (monetary)"], [1, "OCR fails", "75% to 100%", 15000]])]);
    expect(p.risks[0]).toMatchObject({ probability: 5, impact: undefined, extra: { impactMonetary: 15000 } });
    expect(p.issues.filter((i) => i.kind === "invalid-value")).toEqual([]);
  });

  it("reports a probability that is no level at its cell", () => {
    const p = read([sheet("Risks", [["ID", "Description", "Probability"], ["R1", "A", "Sometimes"]])]);
    expect(p.issues.filter((i) => i.kind === "invalid-value").map((i) => i.kind === "invalid-value" && [i.location.cell, i.raw, i.expected])).toEqual([["C2", "Sometimes", "level"]]);
  });

  it("skips a document-control block above the log", () => {
    const rows: CellValue[][] = [
      ["Version", "Date", "Author", "Description", "Status"],
      ["1.0", "01/01/26", "PMO", "First issue", "Final"],
      [],
      ...Array.from({ length: 22 }, () => []),
      ["Ref", "Description", "Probability", "Impact", "Owner", "Mitigation", "Status"],
      ["R1", "Vendor delivers late", "High", "High", "Ana", "Calls", "Open"],
    ];
    const p = read([sheet("Risk Register", rows)]);
    expect(p.detections[0]).toMatchObject({ entity: "risks", headerRow: 26 });
    expect(p.risks.map((r) => r.id)).toEqual(["R1"]);
  });

  it("follows the ruleset's mapping like any other entity", () => {
    const ruleset = defaultRuleset();
    ruleset.mapping = { risks: { sheet: "Stuff", headerRow: 2, columns: { description: "What", probability: "Odds", impact: "Hit" } } };
    const p = read([register, sheet("Stuff", [["Log"], ["Ref", "What", "Odds", "Hit"], ["X1", "Outage", 2, 3]])], ruleset);
    expect(p.detections.find((d) => d.entity === "risks")).toMatchObject({ how: "mapping", sheet: "Stuff", headerRow: 2 });
    expect(p.risks[0]).toMatchObject({ id: "X1", description: "Outage", probability: 2, impact: 3 });
  });

  it("names each entry's project by ID, a name standing for it", () => {
    const p = read([register, sheet("Risks", [["Risk ID", "Project", "Description", "Impact"], ["R1", "Data lake", "Storage cost", "High"], ["R2", "P-009", "Unknown", "Low"]])]);
    expect(p.risks.map((r) => r.projectId)).toEqual(["P-002", "P-009"]);
  });
});

describe("milestones", () => {
  it("reads baseline, forecast and actual dates per project, the project written once above its milestones", () => {
    const p = read([
      register,
      sheet("Milestones", [
        ["Project", "Milestone", "Baseline Date", "Forecast Date", "Actual Date", "Status"],
        ["CRM rollout", "Design signed off", "2026-02-27", "2026-03-13", null, "Delayed"],
        [null, "Go-live", "2026-06-30", "2026-06-30", null, "On track"],
        ["P-002", "Vendor chosen", "2026-01-30", null, "2026-01-28", "Complete"],
        ["P-002", "Pilot", "2026-04-30", null, "2026-05-02", "In Progress"],
      ]),
    ]);
    expect(p.milestones.map((m) => [m.projectId, m.id, m.baseline, m.forecast, m.actual, m.achieved])).toEqual([
      ["P-001", "Design signed off", dayFromIso("2026-02-27"), dayFromIso("2026-03-13"), undefined, false],
      ["P-001", "Go-live", dayFromIso("2026-06-30"), dayFromIso("2026-06-30"), undefined, false],
      ["P-002", "Vendor chosen", dayFromIso("2026-01-30"), undefined, dayFromIso("2026-01-28"), true],
      ["P-002", "Pilot", dayFromIso("2026-04-30"), undefined, dayFromIso("2026-05-02"), false],
    ]);
  });

  it("reads Planned_Date, Milestone_ID and a milestone tracker without a project column in a one-project workbook", () => {
    const one = sheet("Projects", [["ID", "Name", "Stage"], ["P1", "Only", "Execution"]]);
    const p = read([one, sheet("Milestone Tracker", [["Milestone", "Due Date", "Status", "Owner"], ["Planning Complete", 46113, "Done", "Divya"], ["Final Sign-off", 46127, "Pending", "Divya"]])]);
    expect(p.milestones.map((m) => [m.projectId, m.name, m.baseline, m.achieved, m.extra.owner])).toEqual([["P1", "Planning Complete", 46113 - 25569, true, "Divya"], ["P1", "Final Sign-off", 46127 - 25569, false, "Divya"]]);
  });
});

describe("objectives and strategic alignment", () => {
  it("reads the objectives and each project's objective, strategic score and priority", () => {
    const p = read([
      sheet("Projects", [["ID", "Name", "Stage", "Strategic Objective", "Value Score", "Priority"], ["P1", "CRM", "Execution", "Grow revenue", 8, "High"], ["P2", "ERP", "Planning", "OBJ-2", 3, "P2"]]),
      sheet("Strategic Objectives", [["Objective ID", "Objective", "Weight", "Owner"], ["OBJ-1", "Grow revenue", "40%", "CEO"], ["OBJ-2", "Cut costs", 0.6, "CFO"]]),
    ]);
    expect(p.projects.map((x) => [x.objective, x.strategicScore, x.priority])).toEqual([["Grow revenue", 8, "High"], ["OBJ-2", 3, "P2"]]);
    expect(p.objectives.map((o) => [o.id, o.name, o.weight, o.owner])).toEqual([["OBJ-1", "Grow revenue", 0.4, "CEO"], ["OBJ-2", "Cut costs", 0.6, "CFO"]]);
  });
});
