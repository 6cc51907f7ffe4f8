import { describe, expect, it } from "vitest";
import { blankWorkbook } from "../../src/adapters/project-xml/blank-workbook";
import { readProjectXml } from "../../src/adapters/project-xml/read-xml";
import { writeProjectXml } from "../../src/adapters/project-xml/write-xml";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { addSheetsToXlsx } from "../../src/adapters/xlsx/write/index";
import { dayFromIso } from "../../src/core/model/dates";
import type { Portfolio } from "../../src/core/model/portfolio";
import { exportPortfolio } from "../../src/core/project-xml/export";
import { importProject } from "../../src/core/project-xml/import";
import { importSheets } from "../../src/core/project-xml/import-sheets";
import { readPortfolio } from "../../src/core/read/index";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { assignment, gate, milestone, portfolio, project, resource } from "../factories";

const ruleset = defaultRuleset();

async function roundTrip(p: Portfolio): Promise<Portfolio> {
  const { document } = exportPortfolio(p, ruleset, { title: "t.xlsx", asOf: dayFromIso("2026-11-25") });
  const imported = importProject(readProjectXml(writeProjectXml(document)), { fileBase: "t" });
  return readPortfolio(await readXlsx(addSheetsToXlsx(blankWorkbook(), importSheets(imported)).bytes), ruleset);
}

describe("a round trip through Project XML", () => {
  it("keeps milestones: ID, name, baseline, forecast and actual dates, status", async () => {
    const back = await roundTrip(
      portfolio({
        projects: [project({ id: "P-1", name: "CRM", stage: "Execution", start: "2026-01-05", finish: "2026-12-18" })],
        milestones: [
          milestone({ projectId: "P-1", id: "M1", name: "Design signed off", baseline: "2026-02-27", actual: "2026-03-06", status: "Done" }),
          milestone({ projectId: "P-1", id: "M2", name: "Go live", baseline: "2026-09-30", forecast: "2026-10-30" }),
          milestone({ projectId: "P-1", id: "M3", name: "Benefits review" }),
        ],
      }),
    );
    const shape = (m: Portfolio["milestones"][number]) => ({ projectId: m.projectId, id: m.id, name: m.name, baseline: m.baseline, forecast: m.forecast, actual: m.actual, status: m.status, achieved: m.achieved });
    expect(back.milestones.map(shape)).toEqual([
      { projectId: "P-1", id: "M1", name: "Design signed off", baseline: dayFromIso("2026-02-27"), forecast: undefined, actual: dayFromIso("2026-03-06"), status: "Done", achieved: true },
      { projectId: "P-1", id: "M2", name: "Go live", baseline: dayFromIso("2026-09-30"), forecast: dayFromIso("2026-10-30"), actual: undefined, status: undefined, achieved: false },
      { projectId: "P-1", id: "M3", name: "Benefits review", baseline: undefined, forecast: undefined, actual: undefined, status: undefined, achieved: false },
    ]);
  });

  it("keeps a project without dates undated, and a gate without a date undated", async () => {
    const back = await roundTrip(portfolio({ projects: [project({ id: "P-2", stage: "Idea" })], gates: [gate({ projectId: "P-2", gate: "G0", decision: "Pending" })] }));
    expect(back.projects[0]).toMatchObject({ id: "P-2", start: undefined, finish: undefined });
    expect(back.gates[0]).toMatchObject({ projectId: "P-2", gate: "G0", decision: "Pending", date: undefined });
  });

  it("keeps a defaulted capacity empty and a fractional one exact", async () => {
    const back = await roundTrip(
      portfolio({
        projects: [project({ id: "P-1", start: "2026-01-05", finish: "2026-03-31" })],
        resources: [resource({ name: "Ana", capacity: 1, capacityDefaulted: true }), resource({ name: "Ben", capacity: 0.6 })],
        assignments: [assignment({ projectId: "P-1", resource: "Ben", start: "2026-01-05", finish: "2026-01-30", allocation: 0.333 })],
      }),
    );
    expect(back.resources.map((r) => [r.name, r.capacity, r.capacityDefaulted])).toEqual([["Ana", 1, true], ["Ben", 0.6, false]]);
    expect(back.assignments[0]).toMatchObject({ resource: "Ben", allocation: 0.333, start: dayFromIso("2026-01-05"), finish: dayFromIso("2026-01-30") });
  });
});
