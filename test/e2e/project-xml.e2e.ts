/**
 * The pane's Project XML export (issue 13): More › Export to Project XML saves the last check's
 * portfolio as a file (a Blob download, as in Excel on the web and on Windows), the same file the CLI
 * writes, and the message fits a 320 px pane.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readProjectXml } from "../../src/adapters/project-xml/read-xml";
import { checkedSample, sampleCounts } from "../project-xml/sample-counts";
import { harnessSuite, outputDir } from "./suite";
import { horizontalOverflow, openPane, runCheck, PANE_FRAME, type PaneView } from "./harness-page";

const outDir = outputDir("test-output/widths");
const suite = harnessSuite();
let view: PaneView;

beforeAll(async () => {
  const page = await suite.browser.context.newPage();
  await page.setViewportSize({ width: 1020, height: 900 });
  view = await openPane(page, suite.url, { width: 320 });
  await view.pane.getByTestId("as-of").fill("2026-11-25");
});

afterAll(async () => {
  await view?.page.close();
});

describe("More › Export to Project XML at 320 px", () => {
  it("offers the export only once a check has run", async () => {
    await view.pane.getByTestId("more-actions").click();
    await expect.poll(() => view.pane.getByTestId("export-project-xml").getAttribute("aria-disabled")).toBe("true");
    await view.page.keyboard.press("Escape");
  });

  it("saves the checked portfolio as a Project XML file and says what it could not carry", async () => {
    await runCheck(view);
    await view.pane.getByTestId("more-actions").click();
    const download = view.page.waitForEvent("download");
    await view.pane.getByTestId("export-project-xml").click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("sample-portfolio.xml");
    const doc = readProjectXml(readFileSync((await file.path())!, "utf8"));
    const counts = sampleCounts(await checkedSample());
    expect(doc.resources).toHaveLength(counts.resources);
    expect(doc.assignments).toHaveLength(counts.assignments);
    const result = view.pane.getByTestId("export-result");
    await expect.poll(() => result.textContent()).toMatch(new RegExp(`^Saved sample-portfolio\\.xml: ${counts.summary}\\.`));
    expect(await result.textContent()).toMatch(/PRJ-116/);
    await view.page.mouse.move(0, 0);
    await view.page.locator(PANE_FRAME).screenshot({ path: resolve(outDir, "export-project-xml-320-light.png") });
    expect(await horizontalOverflow(view.frame)).toEqual({ scrollsBy: 0, elements: [] });
    // Written in a Web Worker, which loaded.
    expect(suite.browser.requests.some((url) => /pmo-rulebook-project-xml[^/]*\.js$/.test(url))).toBe(true);
    expect(suite.browser.warnings.filter((w) => w.includes("Project XML worker failed"))).toEqual([]);
  });
});
