/**
 * Output of a very large check (issue 15): 200,000 findings through the text formatter, where
 * `Math.max(...findings.map(...))` and `lines.push(...)` once overflowed the call stack.
 */
import { describe, expect, it } from "vitest";
import { formatFileText, formatRunText } from "../../src/cli/format-text";
import type { CheckRun, FileReport } from "../../src/cli/check-files";
import type { Finding } from "../../src/core/findings";
import { appendAll, maxOf } from "../../src/core/arrays";

const COUNT = 200_000;

describe("text output of 200,000 findings", () => {
  it("prints every finding, aligned, without overflowing the call stack", () => {
    const findings: Finding[] = Array.from({ length: COUNT }, (_, i) => ({
      ruleId: "data/missing-field",
      severity: i % 3 === 0 ? "error" : "warning",
      messageId: "missing",
      message: `P-${i} has no Sponsor`,
      data: {},
      projectId: `P-${i}`,
      location: { sheet: "Projects", cell: `E${i + 2}`, row: i + 2 },
    }));
    const errors = findings.filter((f) => f.severity === "error").length;
    const report: FileReport = {
      file: "big.xlsx",
      status: "checked",
      exitCode: 1,
      ruleset: { name: "Default", version: "1", origin: "default", rulesOff: [] },
      projectsChecked: COUNT,
      findings,
      summary: { error: errors, warning: COUNT - errors, info: 0, total: COUNT, projects: COUNT, skipped: {} },
    };
    const lines = formatFileText(report, 0).split("\n");
    expect(lines.filter((l) => l.endsWith("[data/missing-field]"))).toHaveLength(COUNT);
    expect(lines).toContain(`Errors (${errors})`);
    expect(lines.find((l) => l.includes("P-199999 "))).toMatch(/^ {2}Projects!E200001 {2}P-199999 has no Sponsor/);

    const run: CheckRun = { files: Array.from({ length: COUNT }, () => report), totals: { files: COUNT } as never, exitCode: 1 };
    expect(formatRunText(run, 0).split("\n").filter((l) => l.includes("big.xlsx")).length).toBeGreaterThanOrEqual(COUNT);
  });

  it("appendAll and maxOf take arrays of any length", () => {
    const many = Array.from({ length: 500_000 }, (_, i) => i);
    expect(appendAll([-1], many)).toHaveLength(500_001);
    expect(maxOf(many)).toBe(499_999);
    expect(maxOf([], 0)).toBe(0);
  });
});
