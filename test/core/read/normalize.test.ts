import { describe, expect, it } from "vitest";
import { extraKey, isPlaceholder, normalizeHeader } from "../../../src/core/read/normalize";
import { matchHeader } from "../../../src/core/read/columns";

describe("header matching", () => {
  it("ignores case, spacing, punctuation, line breaks and bracketed units", () => {
    expect(normalizeHeader("Budget (RM)")).toBe("budget");
    expect(normalizeHeader("Proj.\nID")).toBe("projid");
    expect(normalizeHeader("  PROJECT-ID ")).toBe("projectid");
    expect(normalizeHeader("% Complete")).toBe("percentcomplete");
  });

  it.each([
    ["Project Code", "id"], ["Proj #", "id"], ["Workstream", "program"], ["Phase", "stage"], ["Health", "status"], ["Baseline Budget", "budget"],
    ["EAC", "forecast"], ["% Done", "percentComplete"], ["Project Manager", "manager"], ["Project Start Date", "start"], ["End Date", "finish"], ["Cost to date", "actualCost"],
  ] as const)("%s means %s for projects", (header, field) => {
    expect(matchHeader("projects", header)?.field).toBe(field);
  });

  it("matches nothing for unrelated headers", () => {
    expect(matchHeader("projects", "Risk Level")).toBeUndefined();
    expect(matchHeader("projects", "")).toBeUndefined();
  });
});

describe("extraKey", () => {
  it("turns a header into a camelCase key", () => {
    expect(extraKey("Risk Level")).toBe("riskLevel");
    expect(extraKey("Budget (RM) 2026")).toBe("budgetRm2026");
    expect(extraKey("% of Hours")).toBe("percentOfHours");
    expect(extraKey("***")).toBe("column");
  });
});

describe("isPlaceholder", () => {
  it.each(["", "-", "–", "N/A", "n/a", "TBD", "tbc", "None", "?"])("%j is a placeholder", (t) => expect(isPlaceholder(t)).toBe(true));
  it.each(["0", "Ana", "#N/A", "x"])("%j is not a placeholder", (t) => expect(isPlaceholder(t)).toBe(false));
});
