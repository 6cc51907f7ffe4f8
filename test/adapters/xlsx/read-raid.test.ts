/** A RAID log in a real file: title merged across the top, counters, the header on row 8, one sheet per type. */
import { afterAll, describe, expect, it } from "vitest";
import { cleanupWorkbooks, readBack } from "../../fixtures/read/workbook";
import type { Cell } from "../../fixtures/read/workbook";

afterAll(cleanupWorkbooks);

describe("a RAID log workbook", () => {
  it("reads every register sheet as risks and none as projects", async () => {
    const risks: Cell[][] = [
      ["RAID LOG – CRM ROLLOUT", null, null, null, null, null],
      [],
      ["Total", 2, "Open", 1, "Closed", 1],
      [],
      ["Document owner", "PMO"],
      [],
      [],
      ["RISK ID", "DESCRIPTION", "PROBABILITY", "IMPACT", "MITIGATION", "STATUS"],
      ["R-1", "Vendor late", "HIGH", "MEDIUM", "Weekly calls", "OPEN"],
      ["R-2", "Scope creep", "MEDIUM", "HIGH", "Change board", "CLOSED"],
    ];
    const issues: Cell[][] = [["ISSUE ID", "DESCRIPTION", "PRIORITY", "OWNER", "STATUS", "TARGET DATE"], ["I-1", "Test server down", "HIGH", "OPS", "OPEN", "14/03/26"]];
    const { portfolio } = await readBack([{ name: "Risks", rows: risks, merges: ["A1:F1"] }, { name: "Issues", rows: issues }]);
    expect(portfolio.projects).toEqual([]);
    expect(portfolio.detections.map((d) => [d.entity, d.sheet, d.headerRow])).toEqual([["risks", "Risks", 8], ["risks", "Issues", 1]]);
    expect(portfolio.risks.map((r) => [r.id, r.type, r.probability, r.impact, r.status, r.rating ?? r.ratingRaw])).toEqual([
      ["R-1", "Risk", 3, 2, "Open", undefined],
      ["R-2", "Risk", 2, 3, "Closed", undefined],
      ["I-1", "Issue", undefined, undefined, "Open", "HIGH"],
    ]);
    expect(portfolio.issues.filter((i) => i.kind === "missing-entity").map((i) => i.kind === "missing-entity" && i.reason)[0]).toContain('found risks on "Risks", risks on "Issues"');
  });
});
