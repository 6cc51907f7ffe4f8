/**
 * What a PASS means, driven as a project manager and a PMO would: no PASS without a project register
 * or with rules set to error that could not run; a stamp records the rules actually used (switched
 * off in an unsaved ruleset, here), and the PMO's stamp check says they differ from its own; a FAIL
 * lists its errors, each a link to its cell.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harnessSuite } from "./suite";
import { loadWorkbook, openPane, openScreen, runCheck, type PaneView } from "./harness-page";
import { notesOnlyWorkbook, projectsOnlyWorkbook } from "./workbooks";
import { EXPECTED_ERRORS } from "../sample/planted";

const suite = harnessSuite();

async function validate(view: PaneView): Promise<string> {
  await openScreen(view, "Validate");
  await view.pane.getByTestId("validate").click();
  const result = view.pane.getByTestId("validation-result");
  await result.waitFor({ timeout: 30_000 });
  return (await result.getAttribute("data-result")) ?? "";
}

describe("Validate does not pass what was not checked", () => {
  it("does not pass a workbook without a project register, and Check says nothing was checked", async () => {
    const view = await loadWorkbook(await openPane(await suite.browser.context.newPage(), suite.url, { width: 450 }), await notesOnlyWorkbook());
    await runCheck(view);
    await expect.poll(() => view.pane.getByTestId("no-register").isVisible()).toBe(true);
    expect(await validate(view)).toBe("FAIL");
    expect(await view.pane.getByTestId("validation-result").textContent()).toContain("No project register was found, so nothing was checked.");
    await view.page.close();
  });

  it("does not pass when rules set to error could not run, and lists them in plain sight", async () => {
    const view = await loadWorkbook(await openPane(await suite.browser.context.newPage(), suite.url, { width: 450 }), await projectsOnlyWorkbook());
    await runCheck(view);
    const notRun = view.pane.getByTestId("rules-not-run");
    // Shown open on the Check screen, not folded away.
    await expect.poll(() => notRun.isVisible()).toBe(true);
    expect(await notRun.textContent()).toMatch(/rules could not run: this check is incomplete/);
    expect(await notRun.textContent()).toContain("gate/missing-approval");
    // Rules of registers the workbook does not keep are a note of their own, not part of "incomplete".
    expect(await notRun.textContent()).not.toContain("milestone/");
    const absent = view.pane.getByTestId("registers-absent");
    expect(await absent.textContent()).toMatch(/^Not checked: Milestones and Risks/);
    expect(await absent.textContent()).toContain("risk/no-mitigation");
    expect(await validate(view)).toBe("FAIL");
    const result = await view.pane.getByTestId("validation-result").textContent();
    expect(result).toMatch(/\d+ rules the ruleset treats as errors could not run \(.*gate\/missing-approval/);
    expect(result).not.toContain("errors must be fixed");
    await view.page.close();
  });
});

describe("the stamp records the rules actually used", () => {
  let view: PaneView;

  beforeAll(async () => {
    view = await openPane(await suite.browser.context.newPage(), suite.url, { width: 450 });
    await view.pane.getByTestId("as-of").fill("2026-11-25");
    await runCheck(view);
  });

  afterAll(async () => {
    await view?.page.close();
  });

  it("lists a FAIL's errors, each selecting its cell", async () => {
    expect(await validate(view)).toBe("FAIL");
    const errors = view.pane.getByRole("region", { name: "Errors to fix" }).getByTestId("finding");
    expect(await errors.count()).toBe(EXPECTED_ERRORS);
    const first = errors.first();
    const cell = await first.getAttribute("data-cell");
    await first.click();
    await expect.poll(() => view.page.getByTestId("selection").textContent()).toBe(cell);
  });

  it("stamps a PASS with rules switched off as such, and the PMO's check says the rules differ", async () => {
    await openScreen(view, "Check");
    const failing = await view.pane.locator("[data-group]").evaluateAll((groups) => groups.map((g) => g.getAttribute("data-group")!));
    await openScreen(view, "Ruleset");
    const section = view.pane.getByRole("button", { name: "Rules and severities" });
    if ((await section.getAttribute("aria-expanded")) !== "true") await section.click();
    // Every rule that found an error is switched off, by pointer, without saving the ruleset.
    const errorRules: string[] = [];
    for (const ruleId of failing) {
      const severity = view.pane.getByRole("combobox", { name: new RegExp(`^${ruleId.replace("/", "\\/")}`) });
      if ((await severity.textContent()) !== "error") continue;
      errorRules.push(ruleId);
      await severity.scrollIntoViewIfNeeded();
      await severity.click();
      await view.pane.getByRole("listbox").getByRole("option", { name: "off", exact: true }).click();
      await expect.poll(() => severity.textContent()).toBe("off");
    }
    expect(errorRules.length).toBeGreaterThan(0);

    expect(await validate(view)).toBe("PASS");
    await expect.poll(() => view.pane.getByTestId("unsaved-ruleset").isVisible()).toBe(true);
    const stamp = await view.pane.getByTestId("stamp").textContent();
    expect(stamp).toContain("with edits not saved in the workbook");
    for (const ruleId of errorRules) expect(stamp).toContain(ruleId);

    // The PMO compares the received stamp with the default ruleset, its own here.
    await view.pane.getByTestId("compare-with").click();
    await view.pane.getByRole("listbox").getByRole("option", { name: /\(the default\)$/ }).click();
    await view.pane.getByRole("button", { name: "Check existing stamp" }).click();
    const existing = view.pane.getByTestId("existing-stamp");
    await expect.poll(() => existing.getAttribute("data-ruleset")).toBe("different");
    expect(await existing.getAttribute("data-data")).toBe("unchanged");
    expect(await existing.textContent()).toContain("Checked with other rules than yours");
    // One message at a time: the fresh validation result made way for the stamp check.
    expect(await view.pane.getByTestId("validation-result").count()).toBe(0);
  });
});
