import "fake-indexeddb/auto";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCheck, RulesetError, type CheckStage } from "../../src/taskpane/services/check-runner";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { dayFromIso } from "../../src/core/model/dates";
import { RulebookDb, RulebookStore } from "../../src/store";
import type { WorkbookReader, WorkbookWriter, WriteResult } from "../../src/workbook/port";
import type { SheetSpec } from "../../src/workbook/sheet-spec";
import { outcome, ruleset } from "../store/factories";
import { stampFromOutcome, stampSheetSpec } from "../../src/taskpane/logic/stamp";

const sample = resolve(import.meta.dirname, "../../assets/sample-portfolio.xlsx");
const asOf = dayFromIso("2026-11-25");
let dbs = 0;

function fileReader(): WorkbookReader {
  return { read: () => readXlsx(sample), readEmbeddedRuleset: async () => null };
}

/** Records what the pane asks to write; fails when told to, like a protected workbook. */
function recordingWriter(fail?: string): WorkbookWriter & { specs: SheetSpec[] } {
  const specs: SheetSpec[] = [];
  return {
    specs,
    async writeSheets(s): Promise<WriteResult> {
      if (fail) throw new Error(fail);
      specs.push(...s);
      return { written: s.map((x) => ({ spec: x.key, sheet: x.name })), notes: [] };
    },
    async writeEmbeddedRuleset() {},
  };
}

const store = () => new RulebookStore(new RulebookDb(`runner-${++dbs}`));

describe("runCheck", () => {
  it("names the stages in order and records the run", async () => {
    const stages: CheckStage[] = [];
    const deps = { reader: fileReader(), writer: recordingWriter(), store: store() };
    const run = await runCheck(deps, { asOf, writeSheets: true, origin: "taskpane", onStage: (s) => stages.push(s) });
    expect(stages).toEqual(["reading", "checking", "writing", "saving"]);
    expect(run.outcome.result.summary.total).toBeGreaterThan(0);
    expect(deps.writer.specs.length).toBeGreaterThan(0);
    expect((await deps.store.listRuns(run.source.label)).map((r) => r.id)).toEqual([run.run.id]);
  });

  it("skips writing when summary sheets are not asked for", async () => {
    const writer = recordingWriter();
    const stages: CheckStage[] = [];
    await runCheck({ reader: fileReader(), writer, store: store() }, { asOf, writeSheets: false, origin: "taskpane", onStage: (s) => stages.push(s) });
    expect(stages).not.toContain("writing");
    expect(writer.specs).toEqual([]);
  });

  it("keeps the findings when the sheets cannot be written, and says why", async () => {
    const run = await runCheck({ reader: fileReader(), writer: recordingWriter("The workbook is protected."), store: store() }, { asOf, writeSheets: true, origin: "taskpane" });
    expect(run.writeError).toBe("The workbook is protected.");
    expect(run.outcome.result.findings.length).toBeGreaterThan(0);
  });

  it("returns the previous run of the same workbook for comparison", async () => {
    const deps = { reader: fileReader(), writer: recordingWriter(), store: store() };
    const first = await runCheck(deps, { asOf, writeSheets: false, origin: "taskpane" });
    const second = await runCheck(deps, { asOf, writeSheets: false, origin: "taskpane" });
    expect(first.previous).toBeUndefined();
    expect(second.previous?.id).toBe(first.run.id);
  });

  it("refuses an invalid ruleset with the loader's JSON paths", async () => {
    const bad = ruleset({ thresholds: { ...ruleset().thresholds, cpiWarning: "high" as unknown as number } });
    const attempt = runCheck({ reader: fileReader(), writer: recordingWriter(), store: store() }, { asOf, writeSheets: false, origin: "taskpane", ruleset: bad });
    await expect(attempt).rejects.toBeInstanceOf(RulesetError);
    await expect(attempt).rejects.toThrow(/thresholds\/cpiWarning/);
  });

  it("writes only the report sheets, leaving an existing submission stamp to the writer to keep", async () => {
    const source = await readXlsx(sample);
    const stamp = stampFromOutcome(outcome([], "fp-old"), { workbook: source.label, now: new Date("2026-11-20T00:00:00Z"), rulesetSource: "the default ruleset" });
    const spec = stampSheetSpec(stamp);
    source.sheets.push({ name: spec.name, top: 1, left: 1, values: spec.rows.map((r) => r.map((c) => (c ? c.value : null))) });
    const writer = recordingWriter();
    await runCheck({ reader: { read: async () => source, readEmbeddedRuleset: async () => null }, writer, store: store() }, { asOf, writeSheets: true, origin: "taskpane" });
    expect(writer.specs.length).toBeGreaterThan(0);
    expect(writer.specs.map((s) => s.key)).not.toContain(spec.key);
  });
});
