/**
 * The other screens and the keyboard, in the harness: validation writes a stamp that the pane reads
 * back, summary sheets appear in the workbook, the mapping shows what was detected, and a check can be
 * run and a finding selected without the mouse.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { loadWorkbook, openPane, openScreen, type PaneView } from "./harness-page";
import { harnessSuite, ROOT } from "./suite";
import { sharedFiles, sharedPath } from "../support/shared-files";

const BUDGETEER = "workbooks/real/budgeteer-resource-plan.xlsx";

const suite = harnessSuite();
let view: PaneView;
let page: Page;

const sheetTabs = (p: Page) => p.locator("nav.tabs button").allTextContents();

beforeAll(async () => {
  view = await openPane(suite.browser.page, suite.url);
  page = view.page;
});

describe("screens in the harness", () => {
  it("runs a check and selects a finding's cell with the keyboard alone", async () => {
    await view.pane.getByTestId("as-of").fill("2026-11-25");
    await view.pane.getByTestId("run-check").focus();
    await page.keyboard.press("Enter");
    await view.pane.getByTestId("severity-counts").waitFor();
    // Tab forward until a finding button has focus, then choose it with Enter.
    let cell: string | null = null;
    for (let i = 0; i < 40 && !cell; i++) {
      await page.keyboard.press("Tab");
      cell = await view.frame.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute("data-testid") === "finding" ? el.getAttribute("data-cell") : null;
      });
    }
    expect(cell).toMatch(/!/);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("selection").textContent()).toBe(cell);
  });

  it("moves between screens with the arrow keys of the tab list", async () => {
    await view.pane.getByRole("tab", { name: "Check" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    await expect.poll(() => view.pane.getByRole("tab", { name: "Validate" }).getAttribute("aria-selected")).toBe("true");
  });

  it("shows where the projects were detected on the Mapping screen", async () => {
    await openScreen(view, "Mapping");
    await expect.poll(() => view.pane.locator('[data-entity="projects"]').textContent()).toMatch(/Projects: .+header row \d+, \d+ rows/);
  });

  it("writes summary sheets into the workbook when the switch is on", async () => {
    await openScreen(view, "Check");
    const before = await sheetTabs(page);
    await view.pane.getByRole("switch", { name: "Write summary sheets" }).click();
    await view.pane.getByTestId("run-check").click();
    await expect.poll(() => view.pane.getByTestId("run-summary").textContent(), { timeout: 30_000 }).toContain("Summary sheets written");
    const after = await sheetTabs(page);
    expect(after.length).toBeGreaterThan(before.length);
    await page.screenshot({ path: resolve(ROOT, "test-output/harness-summary-sheets.png") });
  });

  it("validates for submission, stamps the workbook and recognises the stamp afterwards", async () => {
    const before = await sheetTabs(page);
    await openScreen(view, "Validate");
    await view.pane.getByTestId("validate").click();
    const result = view.pane.getByTestId("validation-result");
    // The sample has planted errors, so it must not pass.
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain("FAIL: not ready to submit");
    await expect.poll(() => sheetTabs(page)).toContain("Submission Stamp");
    // The summary sheets written before are still there beside the stamp.
    expect(await sheetTabs(page)).toEqual(expect.arrayContaining(before));
    await view.pane.getByRole("button", { name: "Check existing stamp" }).click();
    const existing = view.pane.getByTestId("existing-stamp");
    await expect.poll(() => existing.getAttribute("data-data")).toBe("unchanged");
    expect(await existing.getAttribute("data-ruleset")).toBe("same");
    expect(await existing.textContent()).toContain("The stamp records a FAIL");
    await page.screenshot({ path: resolve(ROOT, "test-output/harness-validate.png") });
  });

  it("saves the edited ruleset into the workbook and into the local library", async () => {
    await openScreen(view, "Ruleset");
    await view.pane.getByLabel("Version").fill("2.0-test");
    await view.pane.getByRole("button", { name: "Save to workbook" }).click();
    await expect.poll(() => view.pane.getByText("Saved into the workbook").count()).toBe(1);
    await view.pane.getByRole("button", { name: "Library on this computer" }).click();
    await view.pane.getByRole("button", { name: "Save to library" }).click();
    await expect.poll(() => view.pane.getByRole("list", { name: "Saved rulesets" }).textContent()).toContain("2.0-test");
  });

  it.skipIf(!sharedFiles("picking another workbook in the pane", BUDGETEER))("checks another workbook the user picks", async () => {
    const other = await loadWorkbook(view, sharedPath(BUDGETEER));
    await other.pane.getByTestId("as-of").fill("2014-01-20");
    await other.pane.getByTestId("run-check").click();
    await expect.poll(() => other.pane.getByTestId("run-summary").textContent()).toContain("budgeteer-resource-plan.xlsx");
    await page.screenshot({ path: resolve(ROOT, "test-output/harness-other-workbook.png") });
  });
});
