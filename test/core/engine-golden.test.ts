/**
 * Pins the engine's whole output on the benchmark's synthetic workbook (1,000 projects): the speed work
 * of issue 15 must leave every finding, its order and its message as they were. A change that means
 * to alter findings updates the counts and the digest below, and says why in its commit.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticPortfolio } from "../../bench/generate";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { runRules } from "../../src/core/engine";
import type { CheckResult } from "../../src/core/metrics/types";
import { dayFromIso } from "../../src/core/model/dates";
import { readPortfolio } from "../../src/core/read/index";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";

const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);

describe("the engine on the synthetic 1k portfolio", () => {
  const dir = mkdtempSync(join(tmpdir(), "pmo-golden-"));
  let result: CheckResult;
  beforeAll(async () => {
    const file = join(dir, "portfolio-1000.xlsx");
    await writeSyntheticPortfolio(file, 1000, undefined, { milestonesPer: 5, risksPer: 5 });
    const ruleset = defaultRuleset();
    result = runRules(readPortfolio(await readXlsx(file, { label: "bench" }), ruleset), ruleset, { asOf: dayFromIso("2026-11-25") });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports the same number of findings per rule", () => {
    const counts: Record<string, number> = {};
    for (const f of result.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
    expect(counts).toEqual(EXPECTED_COUNTS);
  });

  it("reports the same findings in the same order with the same messages", () => {
    expect(digest(result.findings)).toBe("a45b29b1e4a16de2");
  });

  it("computes the same figures", () => {
    expect(digest(result.metrics)).toBe("a51356faeb19ee22");
  });
});

const EXPECTED_COUNTS = {
  "budget/cpi": 8,
  "budget/forecast-variance": 31,
  "budget/overspent": 3,
  "data/required-field": 6,
  "gate/missing-approval": 26,
  "gate/missing-artifact": 12,
  "gate/rejected": 8,
  "milestone/missing-baseline": 39,
  "milestone/overdue": 84,
  "milestone/slipped": 184,
  "resource/over-allocated": 87,
  "risk/no-mitigation": 32,
  "risk/no-owner": 186,
  "risk/open-on-closed-project": 16,
  "risk/review-overdue": 183,
  "schedule/overdue": 17,
  "schedule/spi": 7,
  "status/stale": 36,
};
