/**
 * A finding in a row the user hid: the pane reads hidden rows through Office.js
 * (Range.getSpecialCellsOrNullObject("Visible"), ExcelApi 1.9), marks the finding "(hidden row)" as the
 * CLI does, and after a pointer click on it says why the selected cell does not show. At 320 and 450 px,
 * light and dark; the screenshots go to test-output/hidden-rows/.
 */
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harnessSuite, outputDir } from "./suite";
import { loadWorkbook, openPane, runCheck, type PaneView } from "./harness-page";
import { hiddenRowWorkbook } from "./workbooks";

const suite = harnessSuite();
const outDir = outputDir("test-output/hidden-rows");

describe.each([
  [320, "light"],
  [450, "dark"],
  [320, "dark"],
] as const)("at %i px, %s", (width, theme) => {
  let view: PaneView;

  beforeAll(async () => {
    view = await openPane(await suite.browser.context.newPage(), suite.url, { width, theme });
    await view.page.setViewportSize({ width: width + 800, height: 900 });
    view = await loadWorkbook(view, await hiddenRowWorkbook());
    await view.pane.getByTestId("as-of").fill("2026-11-25");
    await runCheck(view);
  });

  afterAll(async () => {
    await view?.page.close();
  });

  it("marks the finding in the hidden row, not the one in the visible row", async () => {
    const hidden = view.pane.locator('[data-testid="finding"][data-cell="Projects!G3"]');
    const visible = view.pane.locator('[data-testid="finding"][data-cell="Projects!G4"]');
    await expect.poll(() => hidden.count()).toBe(1);
    expect(await hidden.textContent()).toContain("Projects!G3 (hidden row)");
    expect(await visible.textContent()).not.toContain("hidden row");
  });

  it("selects the cell on a click and says the row is hidden; a visible row's finding clears the note", async () => {
    await view.pane.locator('[data-testid="finding"][data-cell="Projects!G3"]').click();
    await expect.poll(() => view.page.getByTestId("selection").textContent()).toBe("Projects!G3");
    const note = view.pane.getByTestId("hidden-row-note");
    await note.waitFor();
    expect(await note.textContent()).toMatch(/Row 3 of "Projects" is hidden.*Unhide/);
    // The harness, like Excel, does not draw the hidden row.
    expect(await view.page.locator("th.row", { hasText: /^3$/ }).count()).toBe(0);
    await view.pane.locator('[data-testid="finding"][data-cell="Projects!G3"]').scrollIntoViewIfNeeded();
    await view.page.screenshot({ path: resolve(outDir, `hidden-row-${width}-${theme}.png`) });

    await view.pane.locator('[data-testid="finding"][data-cell="Projects!G4"]').click();
    await expect.poll(() => view.page.getByTestId("selection").textContent()).toBe("Projects!G4");
    await note.waitFor({ state: "detached" });
  });
});
