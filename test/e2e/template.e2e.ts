/**
 * Issue 16 in the pane: "New submission sheets…" on the Ruleset screen writes the submission template
 * into the open workbook with real pointer clicks at 320 px; the harness then shows the new sheets and a
 * check says no projects yet. On a workbook that already has a Projects sheet (the sample) nothing is
 * written and the pane says why.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newWorkbookXlsx } from "../../src/adapters/xlsx/write/blank";
import { harnessSuite, outputDir } from "./suite";
import { loadWorkbook, openPane, openScreen, runCheck, type PaneView } from "./harness-page";

const outDir = outputDir("test-output/e2e");
const suite = harnessSuite();

beforeAll(async () => {
});

/** A workbook with one sheet of notes and nothing the template needs. */
function emptyWorkbook(): string {
  const file = join(mkdtempSync(join(tmpdir(), "pmo-e2e-template-")), "Empty.xlsx");
  writeFileSync(file, newWorkbookXlsx([{ key: "notes", name: "Notes", userSheet: true, columns: [{ width: 30 }], rows: [[{ value: "Portfolio 2027", type: "text" }]] }]).bytes);
  return file;
}

describe("New submission sheets at 320 px, by mouse", () => {
  let view: PaneView;

  beforeAll(async () => {
    view = await openPane(await suite.browser.context.newPage(), suite.url, { width: 320 });
    await view.page.setViewportSize({ width: 1120, height: 900 });
  });

  afterAll(async () => {
    await view?.page.close();
  });

  it("refuses the sample, which already has a Projects sheet, and says so", async () => {
    await openScreen(view, "Ruleset");
    await view.pane.getByTestId("new-submission-sheets").click();
    await expect.poll(() => view.pane.getByRole("alert").textContent()).toContain('No submission sheets written: This workbook already has "Projects"');
  });

  it("writes the template's sheets into an empty workbook, which then checks as no projects yet", async () => {
    view = await loadWorkbook(view, emptyWorkbook());
    await openScreen(view, "Ruleset");
    const button = view.pane.getByTestId("new-submission-sheets");
    await button.scrollIntoViewIfNeeded();
    await button.click();
    await expect.poll(() => view.pane.getByRole("status").filter({ hasText: "Submission sheets written" }).count(), { timeout: 30_000 }).toBe(1);
    const tabs = await view.page.locator('nav[aria-label="Sheets"] button').allTextContents();
    expect(tabs).toEqual(["Notes", "How to fill this in", "Projects", "Gates", "Resources", "Assignments", "Financials", "Milestones", "Risks", "Objectives"]);
    await view.page.screenshot({ path: resolve(outDir, "template-pane-320.png") });
    await view.page.locator('nav[aria-label="Sheets"] button', { hasText: "Projects" }).click();
    await view.page.screenshot({ path: resolve(outDir, "template-projects-320.png") });
    await openScreen(view, "Check");
    await view.pane.getByTestId("as-of").fill("2026-11-25");
    await runCheck(view);
    await expect.poll(() => view.pane.getByTestId("finding").count()).toBe(0);
  });
});
