/**
 * Consolidate workbooks… at 320 px, by pointer: the More menu's entry, the file picker (opened by a
 * click on the button, as a person does), Consolidate, then the consolidated sheets in the open
 * workbook and the findings only the submissions together show.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { harnessSuite, ROOT } from "./suite";
import { horizontalOverflow, openPane, type PaneView } from "./harness-page";

const dir = resolve(ROOT, "test-output/workbooks/submissions");
const suite = harnessSuite();

type Value = string | number | Date | null;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function submission(name: string, projects: Record<string, Value>[], people: Record<string, Value>[], bookings: Record<string, Value>[]): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const wb = new ExcelJS.Workbook();
  for (const [sheet, rows] of [["Projects", projects], ["Resources", people], ["Assignments", bookings]] as const) {
    const ws = wb.addWorksheet(sheet);
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    ws.addRow(headers);
    for (const r of rows) {
      const row = ws.addRow(headers.map((h) => r[h] ?? null));
      headers.forEach((h, i) => r[h] instanceof Date && (row.getCell(i + 1).numFmt = "yyyy-mm-dd"));
    }
  }
  const path = resolve(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const project = (id: string) => ({ "Project ID": id, Name: `Project ${id}`, Manager: "Ana Diaz", Sponsor: "Ben Ode", Stage: "Idea" });
const person = (name: string, capacity: number) => ({ Name: name, Role: "Analyst", "Capacity (FTE)": capacity });
const booking = (id: string, resource: string, allocation: number) => ({ "Project ID": id, Resource: resource, Start: day("2026-03-02"), Finish: day("2026-03-27"), "Allocation (FTE)": allocation });

describe("Consolidate workbooks… at 320 px", () => {
  let view: PaneView;

  beforeAll(async () => {
    view = await openPane(await suite.browser.context.newPage(), suite.url, { width: 320 });
    await view.page.setViewportSize({ width: 1120, height: 900 });
    await view.pane.getByTestId("as-of").fill("2026-03-01");
  });

  afterAll(async () => {
    await view?.page.close();
  });

  it("reads the picked submissions as one portfolio and writes the consolidated sheets into the open workbook", async () => {
    const files = [
      await submission("team-a.xlsx", [project("A-1"), project("X-1")], [person("Ada Byron", 1)], [booking("A-1", "Ada Byron", 0.6)]),
      await submission("team-b.xlsx", [project("B-1"), project("x-1")], [person("ada byron", 1)], [booking("B-1", "Ada Byron", 0.6)]),
    ];
    await view.pane.getByTestId("more-screens").click();
    await view.pane.getByRole("menuitem", { name: "Consolidate workbooks…" }).click();
    await expect.poll(() => view.pane.locator('[role="tabpanel"]:not([hidden])').getAttribute("id")).toBe("screen-consolidate");

    const chooser = view.page.waitForEvent("filechooser");
    await view.pane.getByTestId("consolidate-pick").click();
    await (await chooser).setFiles(files);
    await expect.poll(() => view.pane.getByTestId("consolidate-picked").textContent()).toBe("2 workbooks chosen");

    const tabsBefore = await view.page.locator("nav.tabs button").allTextContents();
    await view.pane.getByTestId("consolidate-run").click();
    const summary = view.pane.getByTestId("consolidate-summary");
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.textContent()).toMatch(/^Consolidated 2 of 2 workbooks: 4 projects; \d+ errors/);
    expect(await summary.textContent()).toContain("Consolidated Projects");

    // Only together do the files show a person booked at 120% and a project id claimed twice.
    const rules = await view.pane.getByTestId("consolidate-finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));
    expect(rules).toEqual(expect.arrayContaining(["resource/over-allocated", "data/duplicate-id"]));
    expect(await view.pane.getByTestId("consolidate-finding").filter({ hasText: "120%" }).count()).toBe(1);
    expect(await view.pane.getByTestId("consolidate-submission").allTextContents()).toEqual([
      "team-a.xlsx: 2 projects, 1 people, 1 assignments",
      "team-b.xlsx: 2 projects, 1 people (1 also in an earlier file), 1 assignments",
    ]);

    const tabsAfter = await view.page.locator("nav.tabs button").allTextContents();
    expect(tabsAfter.filter((t) => !tabsBefore.includes(t))).toEqual(["Consolidated Projects", "Consolidated Resources", "Consolidated Assignments"]);
    expect(await horizontalOverflow(view.frame)).toEqual({ scrollsBy: 0, elements: [] });
    await view.page.screenshot({ path: resolve(ROOT, "test-output/harness-consolidate.png") });
    // Each file was read in a Web Worker, which loaded.
    expect(suite.browser.requests.some((url) => /pmo-rulebook-read[^/]*\.js$/.test(url))).toBe(true);
    expect(suite.browser.warnings.filter((w) => w.includes("reading worker failed"))).toEqual([]);
  });
});
