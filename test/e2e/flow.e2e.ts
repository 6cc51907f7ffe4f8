/**
 * The pane's flow as a PMO analyst and a project manager use it, by pointer: screens keep their state
 * across tab switches and share one as-of date; focus stays on Run check; searches open the groups
 * they match and count what they show; groups read as the rule's description; the ruleset editor
 * says how gates pair with stages, asks before discarding edits and keeps invalid rulesets out of the
 * library; the mapping saves every correction at once, re-runs, and shows what detection finds.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { harnessSuite } from "./suite";
import { openPane, openScreen, runCheck, type PaneView } from "./harness-page";
import { EXPECTED } from "../sample/planted";

const suite = harnessSuite();
let view: PaneView;

beforeAll(async () => {
  view = await openPane(await suite.browser.context.newPage(), suite.url, { width: 450 });
  await view.pane.getByTestId("as-of").fill("2026-11-25");
  await runCheck(view);
});

const focused = () => view.frame.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName);

describe("the Check screen", () => {
  it("keeps focus on Run check after a run", async () => {
    await runCheck(view);
    expect(await focused()).toBe("run-check");
  });

  it("titles groups with the rule's description, the id beside it, and shows severity in words", async () => {
    const header = view.pane.locator('[data-group="budget/cpi"] [data-testid="group-header"]');
    expect(await header.textContent()).toMatch(/^The cost performance index .*\(1\)budget\/cpi$/);
    expect(await view.pane.getByTestId("finding").first().textContent()).toMatch(/^Error /);
  });

  it("opens every group a search matches and counts what it shows", async () => {
    await view.pane.getByTestId("search").click();
    await view.page.keyboard.type("Projects!");
    await expect.poll(() => view.pane.getByTestId("filter-status").textContent()).toMatch(new RegExp(`^\\d+ of ${EXPECTED.length} findings shown$`));
    const headers = view.pane.getByTestId("group-header");
    const count = await headers.count();
    expect(count).toBeGreaterThan(1);
    expect(await view.pane.locator('[data-testid="group-header"][aria-expanded="true"]').count()).toBe(count);
  });

  it("keeps the search and the open groups when the user visits another screen", async () => {
    await openScreen(view, "Ruleset");
    await openScreen(view, "Check");
    expect(await view.pane.getByTestId("search").inputValue()).toBe("Projects!");
    await view.pane.getByTestId("search").fill("");
    await expect.poll(() => view.pane.getByTestId("filter-status").count()).toBe(0);
  });

  it("shares its as-of date with Validate", async () => {
    await view.pane.getByTestId("as-of").fill("2026-11-20");
    await openScreen(view, "Validate");
    expect(await view.pane.getByTestId("validate-as-of").inputValue()).toBe("2026-11-20");
    await view.pane.getByTestId("validate-as-of").fill("2026-11-25");
    await openScreen(view, "Check");
    expect(await view.pane.getByTestId("as-of").inputValue()).toBe("2026-11-25");
  });

  it("keeps the last Validate result across tab switches", async () => {
    await openScreen(view, "Validate");
    await view.pane.getByTestId("validate").click();
    await view.pane.getByTestId("validation-result").waitFor();
    await openScreen(view, "History");
    await openScreen(view, "Validate");
    expect(await view.pane.getByTestId("validation-result").getAttribute("data-result")).toBe("FAIL");
  });
});

describe("the History screen", () => {
  it("keeps the chosen run when the user comes back", async () => {
    await openScreen(view, "History");
    const runs = view.pane.getByTestId("history-run");
    await expect.poll(() => runs.count()).toBeGreaterThan(2);
    await runs.nth(1).getByRole("button").click();
    await openScreen(view, "Check");
    await openScreen(view, "History");
    expect(await runs.nth(1).getByRole("button").getAttribute("aria-pressed")).toBe("true");
  });

  it("records each run that writes the summary sheets in the workbook itself, and lists those runs", async () => {
    await openScreen(view, "Check");
    const toggle = view.pane.getByRole("switch", { name: "Write summary sheets" });
    await toggle.check();
    await view.pane.getByTestId("as-of").fill("2026-10-26");
    await runCheck(view);
    await view.pane.getByTestId("as-of").fill("2026-11-25");
    await runCheck(view);
    await toggle.uncheck();
    await openScreen(view, "History");
    const inWorkbook = view.pane.getByTestId("workbook-history");
    await expect.poll(() => inWorkbook.textContent()).toMatch(/Recorded in the workbook: 2 runs/);
    expect(await inWorkbook.textContent()).toContain("as of 2026-11-25");
    expect(await inWorkbook.textContent()).toContain("as of 2026-10-26");
  });
});

describe("the Ruleset screen", () => {
  const open = async (section: string) => {
    const button = view.pane.getByRole("button", { name: section });
    if ((await button.getAttribute("aria-expanded")) !== "true") await button.click();
  };

  it("says which stage each gate leads into when a stage is inserted", async () => {
    await openScreen(view, "Ruleset");
    await open("Lifecycle, gates and required fields");
    const targets = view.pane.getByTestId("gate-targets");
    expect(await targets.textContent()).toContain("G0 → Initiation");
    const stages = view.pane.getByLabel("Stages, in order (one per line)");
    await stages.click();
    await stages.press("Control+Home");
    await stages.press("End");
    await view.page.keyboard.type("\nFeasibility");
    await expect.poll(() => targets.textContent()).toContain("G0 → Feasibility");
    expect(await targets.textContent()).toContain("G4 → Closing");
    expect(await targets.textContent()).toContain("No gate leads into Closed");
    expect(await view.pane.getByRole("group", { name: /^Gate G0, into Feasibility/ }).count()).toBe(1);
  });

  it("asks before Start from the default discards the edits", async () => {
    const start = view.pane.getByTestId("start-from-default");
    await start.click();
    await expect.poll(() => start.textContent()).toBe("Yes, discard my edits");
    expect(await view.pane.getByTestId("gate-targets").textContent()).toContain("Feasibility");
    await start.click();
    await expect.poll(() => view.pane.getByTestId("gate-targets").textContent()).toContain("G0 → Initiation");
  });

  it("refuses to keep an invalid ruleset in the library", async () => {
    // The ruleset's own name, the first "Name" of the screen (gates have names too).
    await view.pane.getByLabel("Name", { exact: true }).first().fill("");
    await open("Library on this computer");
    await view.pane.getByRole("button", { name: "Save to library" }).click();
    await expect.poll(() => view.pane.getByRole("alert").filter({ hasText: "Not saved to the library" }).count()).toBe(1);
    expect(await view.pane.getByText("/name: expected non-empty text").count()).toBeGreaterThan(0);
    await view.pane.getByLabel("Name", { exact: true }).first().fill("PMO Rulebook default");
  });
});

describe("the Mapping screen", () => {
  it("saves a correction, runs the check again, and shows the detected choice after Use automatic detection", async () => {
    await openScreen(view, "Mapping");
    const card = view.pane.locator('[data-entity="projects"]');
    const manager = card.getByRole("combobox", { name: "Manager" });
    expect(await manager.textContent()).toBe("PM");
    await manager.click();
    await view.pane.getByRole("listbox").getByRole("option", { name: "Sponsor (column E)" }).click();
    expect(await view.pane.getByRole("button", { name: /Projects \(changed, not saved\)/ }).count()).toBe(1);
    await view.pane.getByTestId("mapping-save-run").click();
    await expect.poll(() => view.pane.getByText("Checked again with the corrected mapping").count()).toBe(1);
    await expect.poll(() => view.pane.getByRole("button", { name: /Projects \(mapped by hand\)/ }).count()).toBe(1);
    expect(await card.getByRole("combobox", { name: "Manager" }).textContent()).toBe("Sponsor");
    await card.getByRole("button", { name: "Use automatic detection" }).click();
    await expect.poll(() => card.getByRole("combobox", { name: "Manager" }).textContent()).toBe("PM");
    await view.pane.getByTestId("mapping-save").click();
    await expect.poll(() => view.pane.getByRole("button", { name: /^Projects$/ }).count()).toBe(1);
  });
});
