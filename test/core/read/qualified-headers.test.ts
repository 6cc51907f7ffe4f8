import { describe, expect, it } from "vitest";
import { matchColumns, matchHeader } from "../../../src/core/read/columns";
import { readPortfolio } from "../../../src/core/read/index";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { headerWords } from "../../../src/core/read/normalize";
import { sheet, source } from "../../fixtures/read/grid";

const field = (header: string, entity: Parameters<typeof matchHeader>[0] = "projects") => matchHeader(entity, header)?.field;
const cols = (...headers: string[]) => {
  const m = matchColumns("projects", headers.map((text, i) => ({ col: i + 1, text })));
  return Object.fromEntries([...m.fields.values()].map((f) => [f.field, f.header]));
};

describe("qualified headers", () => {
  it.each([
    ["Exec Sponsor", "sponsor"], ["Executive Sponsor", "sponsor"], ["Business Sponsor", "sponsor"], ["Sponsor Name", "sponsor"], ["PM Name", "manager"],
    ["Spent to date", "actualCost"], ["Spend to date", "actualCost"], ["Actual Spend", "actualCost"], ["Costs to date", "actualCost"], ["Actuals YTD", "actualCost"], ["Spend in GBP '000", "actualCost"],
    ["Budget £k", "budget"], ["Approved Budget Total", "budget"], ["Start Date Baseline", "start"], ["% Complete to date", "percentComplete"], ["Current Phase", "stage"],
  ] as const)("%s is %s", (header, expected) => expect(field(header)).toBe(expected));

  it.each(["Budget Owner", "Finish Variance", "Budget Variance", "Budget to date", "Budget YTD", "Budget Date", "Exec Lead", "Forecast Finish", "Cost Variance"])(
    "%s is no field: its extra word changes what the column is",
    (header) => expect(field(header)).toBeUndefined(),
  );

  it("qualifies per entity", () => {
    expect(field("Gate Decision Date", "gates")).toBe("date");
    expect(field("Final Decision", "gates")).toBe("decision");
    expect(field("EV to date", "financials")).toBe("earnedValue");
    expect(field("Cumulative PV", "financials")).toBe("plannedValue");
    expect(field("Max Capacity", "resources")).toBe("capacity");
    expect(field("Exec Sponsor", "resources")).toBeUndefined();
  });

  it("ranks a qualified header below the exact synonym, each column used once", () => {
    expect(cols("Start Date Baseline", "Start", "Finish", "Finish Variance")).toEqual({ start: "Start", finish: "Finish" });
    expect(cols("Spent to date", "Actual Cost", "Exec Sponsor")).toEqual({ actualCost: "Actual Cost", sponsor: "Exec Sponsor" });
    expect(cols("Actuals YTD", "Spent to date")).toEqual({ actualCost: "Actuals YTD" });
    expect(cols("Budget Owner", "Budget YTD", "Budget (£k)")).toEqual({ budget: "Budget (£k)" });
  });

  it("compares words with the plural dropped and units out", () => {
    expect(headerWords("Actuals YTD (£)")).toEqual(["actual", "ytd"]);
    expect(headerWords("% Complete")).toEqual(["percent", "complete"]);
    expect(headerWords("Status")).toEqual(["status"]);
  });
});

describe("a register with qualified headers", () => {
  it("reads the sponsor and the cost to date, and keeps other columns as extras", () => {
    const p = readPortfolio(
      source([
        sheet("Portfolio", [
          ["ACME Corp PMO — Portfolio Register"],
          [],
          ["Project Code", "Project Title", "Exec Sponsor", "Phase", "Total Budget (£)", "Spent to date", "Budget Owner"],
          ["AC-01", "Warehouse WMS", "K. Lee", "Execution", "£1,200,000", "£900,000", "Finance"],
        ]),
      ]),
      defaultRuleset(),
    );
    expect(p.projects[0]).toMatchObject({ id: "AC-01", sponsor: "K. Lee", budget: 1_200_000, actualCost: 900_000, extra: { budgetOwner: "Finance" } });
    const d = p.detections.find((x) => x.entity === "projects");
    expect(d?.columns.sponsor).toEqual({ header: "Exec Sponsor", column: "C" });
    expect(d?.columns.actualCost).toEqual({ header: "Spent to date", column: "F" });
    expect(d?.unmatched).toEqual(["Budget Owner"]);
  });
});
