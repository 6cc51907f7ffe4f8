import { describe, expect, it } from "vitest";
import { diffFindings } from "../../src/taskpane/logic/run-diff";
import { digestFindings, findingKey } from "../../src/store/digest";
import { finding } from "../store/factories";

const digest = (key: string) => ({ key, ruleId: key, severity: "error" as const, message: key });

describe("findingKey", () => {
  it("joins rule, project, resource, period and cell", () => {
    expect(findingKey({ ruleId: "resource/over", resource: "Ann", period: "2026-03", location: { sheet: "Plan", cell: "F4", row: 4 } })).toBe(
      "resource/over||Ann|2026-03|Plan!F4",
    );
  });

  it("ignores the message, so a changed figure is the same finding", () => {
    const [a] = digestFindings([finding({ message: "over budget by 12%" })]);
    const [b] = digestFindings([finding({ message: "over budget by 14%" })]);
    expect(a.key).toBe(b.key);
  });
});

describe("diffFindings", () => {
  it("reports findings only in the current run as new and only in the previous as fixed", () => {
    const diff = diffFindings([digest("a"), digest("b")], [digest("b"), digest("c")]);
    expect(diff.added.map((d) => d.key)).toEqual(["a"]);
    expect(diff.fixed.map((d) => d.key)).toEqual(["c"]);
    expect(diff.unchanged).toBe(1);
  });

  it("counts repeated keys, so one of two identical findings can be fixed", () => {
    const diff = diffFindings([digest("a")], [digest("a"), digest("a")]);
    expect(diff.fixed).toHaveLength(1);
    expect(diff.added).toHaveLength(0);
    expect(diff.unchanged).toBe(1);
  });

  it("treats everything as new when there was nothing before", () => {
    expect(diffFindings([digest("a"), digest("b")], []).added).toHaveLength(2);
  });
});
