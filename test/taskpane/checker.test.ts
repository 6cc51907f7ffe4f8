import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { inlineChecker, workerChecker } from "../../src/taskpane/services/checker";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { checkSource } from "../../src/core/pipeline";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../src/core/model/dates";

const sample = resolve(import.meta.dirname, "../../assets/sample-portfolio.xlsx");
const options = { asOf: dayFromIso("2026-11-25") };

describe("checkers", () => {
  it("checks inline exactly as the core does", async () => {
    const source = await readXlsx(sample);
    const expected = checkSource(source, defaultRuleset(), options);
    const outcome = await inlineChecker(source, defaultRuleset(), options);
    expect(outcome.result.findings).toEqual(expected.result.findings);
    expect(outcome.fingerprint).toBe(expected.fingerprint);
  });

  it("falls back to checking inline where Web Workers do not exist", async () => {
    expect(typeof Worker).toBe("undefined");
    const source = await readXlsx(sample);
    const outcome = await workerChecker()(source, defaultRuleset(), options);
    expect(outcome.result.summary).toEqual(checkSource(source, defaultRuleset(), options).result.summary);
  });
});
