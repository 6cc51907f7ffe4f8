/**
 * The real task pane in headless Chromium on the stand-in Excel with the bundled sample: check, select
 * a finding's cell, change a threshold and re-run, see both runs in the history; axe finds no serious
 * violation; nothing is requested from anywhere but localhost.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { harnessSuite, outputDir } from "./suite";
import { axeViolations, serious } from "./axe";
import { counts, openPane, openScreen, runCheck, type PaneView } from "./harness-page";

const outDir = outputDir("test-output");

const suite = harnessSuite();
let view: PaneView;

beforeAll(async () => {
  const started = Date.now();
  view = await openPane(suite.browser.page, suite.url);
  const sinceMount = await view.frame.evaluate(() => Math.round(performance.now() - performance.getEntriesByName("pmo-pane-mount")[0].startTime));
  console.log(`task pane usable ${sinceMount} ms after it was mounted, ${Date.now() - started} ms after navigation (workbook parsed in between)`);
  await view.pane.getByTestId("as-of").fill("2026-11-25");
});

describe("task pane in the harness", () => {
  let first: { error: number; warning: number; info: number };

  it("runs a check and lists the findings with counts by severity", async () => {
    await runCheck(view);
    first = await counts(view);
    expect(first.error + first.warning + first.info).toBeGreaterThan(0);
    await expect.poll(() => view.pane.getByTestId("finding").count()).toBeGreaterThan(0);
    await view.page.screenshot({ path: resolve(outDir, "harness-check.png") });
  });

  it("selects a finding's cell in the workbook when the finding is clicked", async () => {
    const finding = view.pane.locator('[data-testid="finding"]:not([data-cell="no cell"])').first();
    const cell = await finding.getAttribute("data-cell");
    expect(cell).toMatch(/^.+![A-Z]+\d+$/);
    await finding.click();
    await expect.poll(() => view.page.getByTestId("selection").textContent()).toBe(cell);
    await expect.poll(() => view.page.locator("td.selected").count()).toBeGreaterThan(0);
    await view.page.screenshot({ path: resolve(outDir, "harness-selection.png") });
  });

  it("re-runs with an edited threshold and the counts change", async () => {
    await openScreen(view, "Ruleset");
    const stale = view.pane.locator('input[data-threshold="staleStatusDays"]');
    await stale.fill("10");
    await openScreen(view, "Check");
    await runCheck(view);
    const second = await counts(view);
    // Status updates 11 to 30 days old are now stale too.
    expect(second.warning).toBeGreaterThan(first.warning);
  });

  it("shows both runs in the history with what is new since the first", async () => {
    await openScreen(view, "History");
    await expect.poll(() => view.pane.getByTestId("history-run").count()).toBe(2);
    const diff = await view.pane.getByTestId("history-diff").textContent();
    expect(diff).toMatch(/Since the run before: [1-9]\d* new, 0 fixed/);
    expect(diff).toMatch(/New \(\d+\)/);
    await view.page.screenshot({ path: resolve(outDir, "harness-history.png") });
  });

  it("has no serious or critical accessibility violations on the check screen", async () => {
    await openScreen(view, "Check");
    const violations = await axeViolations(view.frame);
    expect(serious(violations)).toEqual([]);
  });

  it("has no serious or critical accessibility violations on any other screen", async () => {
    for (const screen of ["Validate", "Ruleset", "Mapping", "History"]) {
      await openScreen(view, screen);
      await view.page.waitForTimeout(100);
      const found = serious(await axeViolations(view.frame));
      expect(found, screen).toEqual([]);
    }
  });

  it("has no serious or critical accessibility violations in the dark theme", async () => {
    const dark = await openPane(await suite.browser.context.newPage(), suite.url, { theme: "dark" });
    await dark.pane.getByTestId("as-of").fill("2026-11-25");
    await runCheck(dark);
    await dark.page.screenshot({ path: resolve(outDir, "harness-dark.png") });
    expect(serious(await axeViolations(dark.frame))).toEqual([]);
    await dark.page.close();
  });

  it("requests nothing but localhost and breaks no Content-Security-Policy rule", () => {
    const foreign = suite.browser.requests.filter((url) => !url.startsWith(suite.url) && !url.startsWith("data:") && !url.startsWith("blob:"));
    expect(foreign).toEqual([]);
    expect(suite.browser.errors.filter((e) => /Content Security Policy|unsafe-eval/i.test(e))).toEqual([]);
  });

  it("runs the checks in a Web Worker", () => {
    expect(suite.browser.requests.some((url) => /pmo-rulebook-check[^/]*\.js$/.test(url))).toBe(true);
    expect(suite.browser.warnings.filter((w) => w.includes("check worker failed"))).toEqual([]);
  });
});
