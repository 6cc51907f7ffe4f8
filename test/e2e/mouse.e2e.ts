/**
 * Every drop-down, combobox and menu of the pane works with a real pointer at the widths Excel gives
 * a task pane (320 and 450 px): the control opens, the option under the pointer is the one chosen,
 * and nothing (such as a portal layer) covers the pane. Clicks go through Playwright's pointer
 * events on the visible control, which fail when another element would receive them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harnessSuite } from "./suite";
import { openPane, openScreen, runCheck, type PaneView } from "./harness-page";

const suite = harnessSuite();

/** Opens a drop-down by clicking it, clicks the option, and returns what the closed drop-down shows. */
async function choose(view: PaneView, combobox: ReturnType<PaneView["pane"]["getByRole"]>, option: string): Promise<string> {
  await combobox.scrollIntoViewIfNeeded();
  await combobox.click();
  const listbox = view.pane.getByRole("listbox");
  await listbox.waitFor();
  await listbox.getByRole("option", { name: option, exact: true }).click();
  await listbox.waitFor({ state: "hidden" });
  // Nothing is left over the pane: the point under the closed drop-down is the drop-down itself.
  const uncovered = await combobox.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return top !== null && (el === top || el.contains(top));
  });
  expect(uncovered).toBe(true);
  return (await combobox.textContent()) ?? "";
}

describe.each([320, 450])("at %i px, by mouse", (width) => {
  let view: PaneView;

  beforeAll(async () => {
    view = await openPane(await suite.browser.context.newPage(), suite.url, { width });
    await view.page.setViewportSize({ width: width + 800, height: 900 });
    await view.pane.getByTestId("as-of").fill("2026-11-25");
    await runCheck(view);
  });

  afterAll(async () => {
    await view?.page.close();
  });

  it("reaches every screen through the tabs or their More menu", async () => {
    for (const name of ["Validate", "Ruleset", "Mapping", "History", "Check"]) {
      await openScreen(view, name);
      await expect.poll(() => view.pane.locator(`[role="tabpanel"]:not([hidden])`).getAttribute("id")).toBe(`screen-${name.toLowerCase()}`);
    }
    if (width === 320) {
      // At 320 px the five tabs do not fit: some are in the menu, opened and chosen by pointer.
      await view.pane.getByTestId("more-screens").click();
      const items = await view.pane.getByRole("menuitem").allTextContents();
      expect(items.length).toBeGreaterThan(0);
      await view.pane.getByRole("menuitem", { name: items[0] }).click();
      await expect.poll(() => view.pane.getByRole("tab", { name: items[0] }).getAttribute("aria-selected")).toBe("true");
    }
  });

  it("chooses the EAC formula from its drop-down", async () => {
    await openScreen(view, "Ruleset");
    const eac = view.pane.getByRole("combobox", { name: "Estimate at completion (EAC)" });
    expect(await choose(view, eac, "AC + (BAC − EV) (the variance was a one-off)")).toContain("the variance was a one-off");
  });

  it("switches a rule off from its severity drop-down, and the next check leaves it out", async () => {
    await openScreen(view, "Ruleset");
    const section = view.pane.getByRole("button", { name: "Rules and severities" });
    if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
    await openScreen(view, "Check");
    expect(await view.pane.locator('[data-group="budget/cpi"]').count()).toBe(1);
    await openScreen(view, "Ruleset");
    const severity = view.pane.getByRole("combobox", { name: /^budget\/cpi/ });
    expect(await choose(view, severity, "off")).toBe("off");
    await openScreen(view, "Check");
    await runCheck(view);
    await expect.poll(() => view.pane.locator('[data-group="budget/cpi"]').count()).toBe(0);
    // And back on: the findings return.
    await openScreen(view, "Ruleset");
    expect(await choose(view, severity, "error")).toBe("error");
    await openScreen(view, "Check");
    await runCheck(view);
    await expect.poll(() => view.pane.locator('[data-group="budget/cpi"]').count()).toBe(1);
  });

  it("chooses a sheet and a column on the Mapping screen", async () => {
    await openScreen(view, "Mapping");
    const card = view.pane.locator('[data-entity="projects"]');
    const sheet = card.getByRole("combobox", { name: "Projects sheet" });
    expect(await choose(view, sheet, "Projects")).toBe("Projects");
    const manager = card.getByRole("combobox", { name: "Manager" });
    const before = await manager.textContent();
    expect(await choose(view, manager, "(not mapped)")).toBe("(not mapped)");
    expect(before).not.toBe("(not mapped)");
  });
});
