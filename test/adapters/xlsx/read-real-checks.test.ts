/** The real labor planner checked end to end (adapter, reader, rules): what a PMO would be told. */
import { describe, expect, it } from "vitest";
import { readXlsx } from "../../../src/adapters/xlsx/read-workbook";
import { checkSource } from "../../../src/core/pipeline";
import { defaultRuleset } from "../../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../../src/core/model/dates";
import { sharedFiles, sharedPath } from "../../support/shared-files";

const LABOR = "workbooks/real/labor-planner-lennon-john.xlsx";
const labor = sharedPath(LABOR);

describe.skipIf(!sharedFiles("labor planner checked", LABOR))("labor planner checked (two project sheets, hours per month)", () => {
  const check = async () => checkSource(await readXlsx(labor), defaultRuleset(), { asOf: dayFromIso("2026-11-25") });

  it("checks over-allocation although the plans have no project column (the project is the sheet's key/value block)", async () => {
    const { result } = await check();
    expect(result.summary.skipped["resource/over-allocated"]).toBeUndefined();
    const over = result.findings.filter((f) => f.ruleId === "resource/over-allocated");
    // Lennon, John is on both sheets with the same hours: 2 × 88 = 176 h in Jan-18 against 152 available = 1.158 FTE,
    // 2 × 96 / 160 = 1.2 (May), 2 × 77 / 152 (Jul), 2 × 100 / 192 (Sep), 2 × 80 / 136 (Oct, Dec), 2 × 72 / 120 (Nov).
    // Feb, Apr and Aug come to exactly 1.0 FTE and Mar, Jun stay under: not over capacity.
    expect(over.map((f) => [f.resource, f.period, Number((f.data.peak as number).toFixed(4)), f.data.capacity])).toEqual([
      ["Lennon, John", "2018-01", 1.1579, 1],
      ["Lennon, John", "2018-05", 1.2, 1],
      ["Lennon, John", "2018-07", 1.0132, 1],
      ["Lennon, John", "2018-09", 1.0417, 1],
      ["Lennon, John", "2018-10", 1.1765, 1],
      ["Lennon, John", "2018-11", 1.2, 1],
      ["Lennon, John", "2018-12", 1.1765, 1],
    ]);
    // Each sheet's share: 88 / 152 = 58% on 84392 and on 22536 in January.
    expect(over[0].message).toBe("Lennon, John is booked at 116% against a capacity of 100% on 23 working day(s) in 2018-01: 84392 58%, 22536 58%.");
    expect(over[0].location).toMatchObject({ sheet: "84392", cell: "A17" });
    // Starr, Ringo (2 h + 4 h) and the others stay far under capacity.
    expect(new Set(over.map((f) => f.resource))).toEqual(new Set(["Lennon, John"]));
  });

  it("reports the Manager placeholder (None) as an empty required field at its value cell, per project", async () => {
    const { result } = await check();
    const required = result.findings.filter((f) => f.ruleId === "data/required-field");
    expect(required.map((f) => [f.messageId, f.message, f.location?.sheet, f.location?.cell])).toEqual([
      ["empty", "22536: Manager is required but is empty.", "22536", "B9"],
      ["empty", "84392: Manager is required but is empty.", "84392", "B9"],
    ]);
    expect(result.summary).toMatchObject({ error: 2, warning: 7 });
  });
});
