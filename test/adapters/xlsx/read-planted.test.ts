/**
 * A planted register written with ExcelJS, checked end to end (adapter, reader, rules): a title over the
 * header, qualified headers ("Exec Sponsor", "Spent to date"), a gate log in the PM's own words and a wide
 * plan whose bookings are typed as text ("50%").
 */
import { afterAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { dayFromIso } from "../../../src/core/model/dates";
import { checkSource } from "../../../src/core/pipeline";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { cleanupWorkbooks, utc, writeWorkbook } from "../../fixtures/read/workbook";
import type { SheetInput } from "../../fixtures/read/workbook";

afterAll(cleanupWorkbooks);

const portfolio: SheetInput = {
  name: "Portfolio",
  rows: [
    ["ACME Corp PMO — Portfolio Register"],
    ["Reporting period:", "Nov 2026"],
    [],
    ["Project Code", "Project Title", "Workstream", "Project Manager", "Exec Sponsor", "Phase", "Health", "Start", "End Date", "Total Budget (£)", "Spent to date", "EAC", "% Done", "Last Updated"],
    ["AC-01", "Warehouse WMS", "Ops", "J. Doe", "K. Lee", "Delivery", "G", "03/02/2026", "30/11/2026", "£1,200,000", "£900,000", "£1,500,000", "60%", "20/11/2026"],
    ["AC-02", "HR Portal", "People", "N/A", "", "Planning", "Amber", "15/01/2026", "13/12/2026", "TBC", 10000, 12000, 0.1, "01/09/2026"],
    ["AC-03", "Data Lake", "IT", "S. Roy", "K. Lee", "Execution", "Red", utc("2025-06-01"), utc("2026-10-01"), 500000, 450000, 520000, 70, utc("2026-11-20")],
    ["", "Total", "", "", "", "", "", "", "", 1700000, 1360000, 2032000],
  ],
};

const approvals: SheetInput = {
  name: "Approvals",
  rows: [
    ["Project", "Gate", "Outcome", "Date", "Approved By"],
    ["AC-01", "Gate 0: Idea approval", "Approved", "2025-11-01", "Board"],
    ["AC-01", "Gate 1", "Approved", "2025-12-01", "Board"],
    ["AC-01", "G2 - Planning", "Approved w/ conditions", "2026-01-20", "Board"],
    ["AC-03", "G0", "Go", "2025-03-01", "Board"],
    ["AC-03", "G1", "Approved", "2025-04-01", "Board"],
  ],
};

const plan: SheetInput = {
  name: "Resource Plan",
  rows: [
    ["Resource Plan FY26"],
    ["Project", "Name", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026"],
    ["AC-01", "Sam", "50%", "50%", "80%", "80%"],
    ["AC-03", "Sam", "60%", "60%", "60%", "20%"],
    ["AC-02", "Tina", "100%", "100%", "", ""],
  ],
};

async function check() {
  const path = await writeWorkbook([portfolio, approvals, plan], { file: "acme.xlsx" });
  return checkSource(await readXlsx(path), defaultRuleset(), { asOf: dayFromIso("2026-11-25") });
}

describe("planted ACME register", () => {
  it("flags Sam's 140% in March 2026 from the wide plan typed as text", async () => {
    const { result, portfolio: p } = await check();
    expect(p.detections.find((d) => d.entity === "assignments")).toMatchObject({ sheet: "Resource Plan", headerRow: 2, dataRows: 3, layout: "wide", unit: "fte" });
    const over = result.findings.filter((f) => f.ruleId === "resource/over-allocated");
    // 50% + 60% in January and February, 80% + 60% in March; April (80% + 20%) and Tina (100%) are at capacity.
    expect(over.map((f) => [f.resource, f.period, Number((f.data.peak as number).toFixed(4))])).toEqual([
      ["Sam", "2026-01", 1.1],
      ["Sam", "2026-02", 1.1],
      ["Sam", "2026-03", 1.4],
    ]);
    expect(over[2].message).toContain("AC-01 80%, AC-03 60%");
    expect(over[2].location).toMatchObject({ sheet: "Resource Plan", cell: "B3" });
  });

  it("reads Exec Sponsor as the sponsor and Spent to date as the actual cost", async () => {
    const { result, portfolio: p } = await check();
    const d = p.detections.find((x) => x.entity === "projects");
    expect(d?.columns).toMatchObject({ sponsor: { header: "Exec Sponsor", column: "E" }, actualCost: { header: "Spent to date", column: "K" } });
    expect(p.projects.map((x) => [x.id, x.sponsor, x.actualCost])).toEqual([
      ["AC-01", "K. Lee", 900_000],
      ["AC-02", undefined, 10_000],
      ["AC-03", "K. Lee", 450_000],
    ]);
    // The cost rules run now: CPI 720k / 900k = 0.80 for AC-01, 350k / 450k = 0.78 for AC-03.
    expect(result.summary.skipped["budget/cpi"]).toBeUndefined();
    expect(result.summary.skipped["budget/overspent"]).toBeUndefined();
    expect(result.findings.filter((f) => f.ruleId === "budget/cpi").map((f) => [f.projectId, f.location?.cell])).toEqual([
      ["AC-01", "K5"],
      ["AC-03", "K7"],
    ]);
    // Only AC-02's empty sponsor cell is reported, not a missing Sponsor column.
    const sponsor = result.findings.filter((f) => f.ruleId === "data/required-field" && f.location?.cell?.startsWith("E"));
    expect(sponsor.map((f) => [f.projectId, f.location?.cell])).toEqual([["AC-02", "E6"]]);
    expect(result.findings.filter((f) => f.ruleId === "data/required-field" && f.location?.cell === "A4")).toEqual([]);
  });

  it("takes 'Approved w/ conditions' as a passed gate", async () => {
    const { result, portfolio: p } = await check();
    expect(p.gates.find((g) => g.projectId === "AC-01" && g.decision === "Approved with conditions")).toBeDefined();
    expect(result.findings.filter((f) => f.ruleId === "data/invalid-value")).toEqual([]);
    const missing = result.findings.filter((f) => f.ruleId === "gate/missing-approval").map((f) => `${f.projectId} ${f.message}`);
    expect(missing.filter((m) => m.startsWith("AC-01"))).toEqual([]);
    // AC-03 is in Execution with no G2 in the log: still reported.
    expect(missing).toContain("AC-03 AC-03 is in Execution but has no decision for gate G2 (Plan approval).");
  });
});
