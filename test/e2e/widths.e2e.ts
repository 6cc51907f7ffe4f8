/**
 * Every screen at the widths Excel gives a task pane (320 and 450 px), in the light and the dark
 * theme: nothing is wider than the pane (no sideways scrolling, nothing cut off at the right edge),
 * and a screenshot of each goes to test-output/widths/ for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolve } from "node:path";
import { harnessSuite, outputDir } from "./suite";
import { horizontalOverflow, openPane, openScreen, runCheck, PANE_FRAME, type PaneView } from "./harness-page";

const outDir = outputDir("test-output/widths");
const suite = harnessSuite();

beforeAll(async () => {
});

/** Opens every collapsed section of the screen shown (accordion headers), so all its content is measured. */
async function expandAll(view: PaneView): Promise<void> {
  const collapsed = view.pane.locator('[role="tabpanel"]:not([hidden]) .fui-AccordionHeader button[aria-expanded="false"]');
  for (let i = 0; i < 30 && (await collapsed.count()) > 0; i++) await collapsed.first().click();
}

describe.each([
  [320, "light"],
  [320, "dark"],
  [450, "light"],
  [450, "dark"],
] as const)("at %i px in the %s theme", (width, theme) => {
  let view: PaneView;

  beforeAll(async () => {
    const page = await suite.browser.context.newPage();
    await page.setViewportSize({ width: width + 700, height: 900 });
    view = await openPane(page, suite.url, { width, theme });
    await view.pane.getByTestId("as-of").fill("2026-11-25");
    await runCheck(view);
  });

  afterAll(async () => {
    await view?.page.close();
  });

  /** Screenshots of the pane's whole document, one a screenful (name-width-theme-1.png, -2, …), then back to the top. */
  const shot = async (name: string) => {
    const { total, screen } = await view.frame.evaluate(() => ({ total: document.documentElement.scrollHeight, screen: window.innerHeight }));
    const frame = view.page.locator(PANE_FRAME);
    for (let part = 0; part * screen < total && part < 8; part++) {
      await view.frame.evaluate((y) => window.scrollTo(0, y), part * screen);
      await view.page.waitForTimeout(100);
      await frame.screenshot({ path: resolve(outDir, `${name}-${width}-${theme}-${part + 1}.png`) });
    }
    await view.frame.evaluate(() => window.scrollTo(0, 0));
  };

  it.each(["Check", "Validate", "Ruleset", "Mapping", "History"])("lays out the %s screen within the pane", async (screen) => {
    await openScreen(view, screen);
    if (screen === "Validate") {
      await view.pane.getByTestId("validate").click();
      await view.pane.getByTestId("validation-result").waitFor();
    }
    if (screen === "History") {
      await openScreen(view, "Check");
      await runCheck(view);
      await openScreen(view, "History");
      await view.pane.getByTestId("history-diff").waitFor();
    }
    await expandAll(view);
    await view.page.mouse.move(0, 0);
    await shot(screen.toLowerCase());
    expect(await horizontalOverflow(view.frame)).toEqual({ scrollsBy: 0, elements: [] });
  });

  it("shows the stamp check within the pane", async () => {
    await openScreen(view, "Validate");
    await view.pane.getByRole("button", { name: "Check existing stamp" }).click();
    await view.pane.getByTestId("existing-stamp").waitFor();
    await shot("stamp-check");
    expect(await horizontalOverflow(view.frame)).toEqual({ scrollsBy: 0, elements: [] });
  });
});
