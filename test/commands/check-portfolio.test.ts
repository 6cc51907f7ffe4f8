import "fake-indexeddb/auto";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkPortfolioCommand } from "../../src/commands/check-portfolio";
import { decodeResult } from "../../src/commands/result-message";
import { officeServices } from "../../src/taskpane/services/office-services";
import { createStandinExcel } from "../../src/excel-standin/standin";
import { standinStateFromXlsx } from "../../src/excel-standin/from-exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read-workbook";
import { checkSource, resolveRuleset } from "../../src/core/pipeline";
import { dayFromIso } from "../../src/core/model/dates";
import { RulebookDb, RulebookStore } from "../../src/store";

const sample = resolve(import.meta.dirname, "../../assets/sample-portfolio.xlsx");
const asOf = dayFromIso("2026-11-25");
let dbs = 0;

async function setup(requirementSets?: Record<string, string>) {
  const standin = createStandinExcel(await standinStateFromXlsx(sample, "sample-portfolio.xlsx"), { requirementSets });
  const store = new RulebookStore(new RulebookDb(`ribbon-${++dbs}`));
  const services = { ...officeServices({ excel: standin.Excel, requirements: standin.requirements, label: "sample-portfolio.xlsx", theme: "light", store }), today: () => asOf };
  const dialogs: { query: string; close: () => void }[] = [];
  let completions = 0;
  const command = checkPortfolioCommand(() => ({ ...services, label: "sample-portfolio.xlsx" }), (query, onClosed) => dialogs.push({ query, close: onClosed }));
  return { command, dialogs, store, event: { completed: () => completions++ }, completions: () => completions };
}

describe("Check portfolio (ribbon)", () => {
  it("shows the same counts as checking the file itself", async () => {
    const { command, dialogs, event } = await setup();
    await command(event);
    const shown = decodeResult(dialogs[0].query);

    const source = await readXlsx(sample);
    const resolved = resolveRuleset(source);
    if (!resolved.ok) throw new Error("the default ruleset must load");
    const expected = checkSource(source, resolved.ruleset, { asOf });
    expect(shown).toMatchObject({
      error: expected.result.summary.error,
      warning: expected.result.summary.warning,
      info: expected.result.summary.info,
      projects: expected.portfolio.projects.length,
      workbook: "sample-portfolio.xlsx",
    });
    expect(shown.failure).toBeUndefined();
  });

  it("records the run in the history as a ribbon run", async () => {
    const { command, event, store } = await setup();
    await command(event);
    const [run] = await store.listRuns("sample-portfolio.xlsx");
    expect(run.origin).toBe("ribbon");
  });

  it("completes the ribbon event once, when the dialog closes", async () => {
    const { command, dialogs, event, completions } = await setup();
    await command(event);
    expect(completions()).toBe(0);
    dialogs[0].close();
    dialogs[0].close();
    expect(completions()).toBe(1);
  });

  it("shows what went wrong when Excel is too old to read the workbook", async () => {
    const { command, dialogs, event } = await setup({ ExcelApi: "1.2" });
    await command(event);
    expect(decodeResult(dialogs[0].query).failure).toMatch(/1\.4/);
  });
});
