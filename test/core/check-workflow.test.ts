import { resolve } from "node:path";
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { checkWorkbook, describeWrite, releaseUnreported, sheetsToWrite, writeDescribed } from "../../src/core/check-workflow";
import { checkSource, reportSpecs } from "../../src/core/pipeline";
import { defaultRuleset } from "../../src/core/ruleset/default-ruleset";
import { dayFromIso } from "../../src/core/model/dates";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { xlsxBytesWorkbook } from "../../src/cli/xlsx-workbook";
import type { WorkbookWriter, WriteResult } from "../../src/workbook/port";
import type { FinancialPeriod } from "../../src/core/model/portfolio";
import { HISTORY_SHEET, type SheetSpec } from "../../src/workbook/sheet-spec";

const sample = resolve(import.meta.dirname, "../../assets/sample-portfolio.xlsx");
const asOf = dayFromIso("2026-11-25");

function recordingWriter(fail?: string): WorkbookWriter & { calls: string[]; specs: SheetSpec[] } {
  const calls: string[] = [];
  const specs: SheetSpec[] = [];
  return {
    calls,
    specs,
    async writeSheets(s): Promise<WriteResult> {
      calls.push("sheets");
      if (fail) throw new Error(fail);
      specs.push(...s);
      return { written: s.map((x) => ({ spec: x.key, sheet: x.name })), notes: [] };
    },
    async writeEmbeddedRuleset() {
      calls.push("ruleset");
    },
  };
}

describe("checkWorkbook (the one check workflow)", () => {
  it("finds what the core finds, and writes exactly sheetsToWrite", async () => {
    const reader = { read: () => readXlsx(sample), readEmbeddedRuleset: async () => null };
    const writer = recordingWriter();
    const stages: string[] = [];
    const run = await checkWorkbook({ reader, writer }, { asOf, writeSheets: true, onStage: (s) => stages.push(s) });
    if (!run.ok) throw new Error("the default ruleset must load");
    const expected = checkSource(await readXlsx(sample), defaultRuleset(), { asOf });
    expect(run.outcome.result.findings).toEqual(expected.result.findings);
    expect(run.rulesetOrigin).toBe("default");
    expect(stages).toEqual(["reading", "checking", "writing"]);
    expect(writer.specs).toEqual(sheetsToWrite(run.outcome, run.source));
    // The report sheets, then the workbook's run history with this run recorded (issue 12 §3).
    expect(writer.specs.map((s) => s.key)).toEqual([...reportSpecs(expected, run.source.label).map((s) => s.key), HISTORY_SHEET]);
  });

  it("stores the ruleset before the sheets when asked, and words a failed write without throwing", async () => {
    const reader = { read: () => readXlsx(sample), readEmbeddedRuleset: async () => null };
    const writer = recordingWriter("The workbook is protected.");
    const run = await checkWorkbook({ reader, writer }, { asOf, writeSheets: true, embedRuleset: true });
    if (!run.ok) throw new Error("the default ruleset must load");
    expect(writer.calls).toEqual(["ruleset", "sheets"]);
    expect(run.writeError).toBe("The workbook is protected.");
    expect(run.outcome.result.findings.length).toBeGreaterThan(0);
  });

  it("returns an invalid ruleset's errors and checks nothing", async () => {
    const reader = { read: () => readXlsx(sample), readEmbeddedRuleset: async () => null };
    let checked = false;
    const run = await checkWorkbook(
      { reader, check: async (s, r, o) => ((checked = true), checkSource(s, r, o)) },
      { asOf, writeSheets: false, ruleset: { thresholds: { cpiWarning: "high" } } },
    );
    expect(run.ok).toBe(false);
    if (!run.ok) expect(run.errors.map((e) => e.path).join(" ")).toMatch(/cpiWarning/);
    expect(checked).toBe(false);
  });

  it("over a file's bytes (the CLI's port) writes a package that reads back with the report sheets", async () => {
    const workbook = xlsxBytesWorkbook(new Uint8Array(await readFile(sample)), "sample-portfolio.xlsx");
    const run = await checkWorkbook({ reader: workbook, writer: workbook }, { asOf, writeSheets: true });
    if (!run.ok || !run.written) throw new Error("the sample must check and write");
    const back = await readXlsx(workbook.output()!.bytes, { label: "sample-portfolio.xlsx" });
    for (const w of run.written.written) expect(back.sheets.map((s) => s.name)).toContain(w.sheet);
  });

  it("describes a write without the outcome: sheetsToWrite, and the ruleset only when it is embedded", async () => {
    const source = await readXlsx(sample);
    const outcome = checkSource(source, defaultRuleset(), { asOf });
    expect(describeWrite(outcome, source, false)).toEqual({ sheets: sheetsToWrite(outcome, source) });
    expect(JSON.parse(describeWrite(outcome, source, true).embeddedRuleset!)).toEqual(JSON.parse(JSON.stringify(outcome.ruleset)));
  });

  it("writes a described write as writeCheck does: the ruleset first, a failure as writeError", async () => {
    const source = await readXlsx(sample);
    const write = describeWrite(checkSource(source, defaultRuleset(), { asOf }), source, true);
    const writer = recordingWriter();
    expect((await writeDescribed(writer, write)).written?.written.map((w) => w.spec)).toEqual(write.sheets.map((s) => s.key));
    expect(writer.calls).toEqual(["ruleset", "sheets"]);
    expect(writer.specs).toEqual(write.sheets);
    expect(await writeDescribed(recordingWriter("The workbook is protected."), write)).toEqual({ writeError: "The workbook is protected." });
    expect(await writeDescribed(undefined, write)).toEqual({ writeError: "There is nowhere to write the report sheets." });
  });
});

describe("releaseUnreported", () => {
  it("lets go of the assignments, gates and financial periods without changing the sheets described", async () => {
    const released = checkSource(await readXlsx(sample), defaultRuleset(), { asOf });
    const kept = checkSource(await readXlsx(sample), defaultRuleset(), { asOf });
    // The sample has no financials sheet: a period is given to both, as the report would see one.
    for (const o of [released, kept]) o.portfolio.financials = [{ projectId: "P-001", periodLabel: "2026-03", actual: 1000, source: { sheet: "Financials", row: 2 } } as FinancialPeriod];
    const { assignments, gates } = released.portfolio;
    expect(assignments.length > 0 && gates.length > 0).toBe(true);
    releaseUnreported(released);
    expect([released.portfolio.assignments, released.portfolio.gates, released.portfolio.financials]).toEqual([[], [], []]);
    expect(JSON.stringify(describeWrite(released, await readXlsx(sample), true))).toBe(JSON.stringify(describeWrite(kept, await readXlsx(sample), true)));
  });
});
