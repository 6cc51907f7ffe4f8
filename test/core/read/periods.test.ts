import { describe, expect, it } from "vitest";
import { periodColumns } from "../../../src/core/read/periods";
import type { PeriodInput } from "../../../src/core/read/periods";
import { dayFromIso, serialFromDay } from "../../../src/core/model/dates";

const cells = (values: (string | number | null)[], groups: string[] = [], format: string | null = null): PeriodInput[] =>
  values.map((value, i) => ({ col: i + 3, value, format, group: groups[i] ?? "" }));
const keys = (input: PeriodInput[], year = 0) => periodColumns(input, false, year).map((p) => p.key);

describe("periodColumns", () => {
  it("reads month labels in their usual spellings", () => {
    expect(keys(cells(["Jan-26", "Feb 2026", "2026-03", "04/2026", "May'26", "June 2026"]))).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
  });

  it("reads ISO weeks", () => {
    expect(keys(cells(["2026-W05", "2026 W6", "W07 2026"]))).toEqual(["2026-W05", "2026-W06", "2026-W07"]);
  });

  it("gives bare months the year of the group row, rolling over at January", () => {
    expect(keys(cells(["Nov", "Dec", "Jan"], ["FY 2026", "FY 2026", ""]))).toEqual(["2026-11", "2026-12", "2027-01"]);
  });

  it("gives bare months the year of a dated neighbour", () => {
    expect(keys(cells(["Dec 2025", "Jan", "Feb"]))).toEqual(["2025-12", "2026-01", "2026-02"]);
  });

  it("uses a year from the title when nothing else has one", () => {
    expect(keys(cells(["Jan", "Feb"]), 2027)).toEqual(["2027-01", "2027-02"]);
    expect(keys(cells(["Jan", "Feb"]))).toEqual([]);
  });

  it("tells day, week and month columns of real dates by their spacing", () => {
    const s = (iso: string) => serialFromDay(dayFromIso(iso));
    expect(keys(cells([s("2026-03-02"), s("2026-03-03")], [], "yyyy-mm-dd"))).toEqual(["2026-03-02", "2026-03-03"]);
    expect(keys(cells([s("2026-03-02"), s("2026-03-09")], [], "dd/mm"))).toEqual(["2026-W10", "2026-W11"]);
    expect(keys(cells([s("2026-01-01"), s("2026-02-01")], [], "mmm-yy"))).toEqual(["2026-01", "2026-02"]);
  });

  it("reads week-commencing labels as dates", () => {
    expect(keys(cells(["w/c 02/03/2026", "w/c 09/03/2026"]))).toEqual(["2026-W10", "2026-W11"]);
  });

  it("ignores columns that are not periods", () => {
    expect(keys(cells(["Total", "Notes", 42, null, "Q1"]))).toEqual([]);
  });
});
