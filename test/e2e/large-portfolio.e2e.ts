/**
 * A 10,000-project workbook (the benchmark's synthetic portfolio: 10 assignments and 2 gate rows a
 * project) checked in the production build of the pane: the progress bar moves while the rules run,
 * and the main thread stays responsive (long-task entries of a PerformanceObserver) through the check,
 * switching the grouping to "By project", searching, and exporting to Project XML. Figures are printed. The goal is no task over
 * 200 ms (seen: about 60 ms on a quiet machine). This is a test, not a benchmark, so it asserts what no
 * load can explain: no task over a second (well inside the 5 s after which Office restarts an
 * unresponsive add-in), and at most three over 200 ms (a loaded machine, 2 cores shared by whole test
 * suites at a load average of 6-9, was seen stretching two ~60-100 ms tasks to 306 and 340 ms). A
 * regression that renders, checks or exports on the main thread shows as several long tasks of seconds.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { harnessSuite, ROOT } from "./suite";
import { loadWorkbook, openPane, type PaneView } from "./harness-page";
import { writeSyntheticPortfolio } from "../../bench/generate";

const workbook = resolve(ROOT, "test-output/workbooks/synthetic-10000.xlsx");
const BLOCKED_MS = 200;
const NEVER_MS = 1000;
/** Tasks over BLOCKED_MS tolerated: what a loaded machine stretches, not what a regression does (see above). */
const BLOCKED_ALLOWED = 3;

const suite = harnessSuite();
let view: PaneView;

interface Timeline {
  longTasks: { start: number; duration: number }[];
  /** [time, progress text] each time the progress line changed. */
  stages: [number, string][];
}

/** Starts recording long tasks and progress lines in the pane's frame (same thread as the harness page). */
async function record(v: PaneView): Promise<void> {
  await v.frame.evaluate(() => {
    const w = window as unknown as { timeline: Timeline };
    w.timeline = { longTasks: [], stages: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.timeline.longTasks.push({ start: Math.round(e.startTime), duration: Math.round(e.duration) });
    }).observe({ type: "longtask" });
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="progress"]');
      const text = bar ? (bar.closest(".fui-Field")?.textContent ?? "") : "";
      if (w.timeline.stages.at(-1)?.[1] !== text) w.timeline.stages.push([Math.round(performance.now()), text]);
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const timeline = (v: PaneView) => v.frame.evaluate(() => (window as unknown as { timeline: Timeline }).timeline);

beforeAll(async () => {
  if (!existsSync(workbook)) {
    mkdirSync(resolve(workbook, ".."), { recursive: true });
    await writeSyntheticPortfolio(workbook, 10_000);
  }
  const page = await suite.browser.context.newPage();
  await page.setViewportSize({ width: 1200, height: 900 });
  view = await loadWorkbook(await openPane(page, suite.url, { width: 450 }), workbook);
  await view.pane.getByTestId("as-of").fill("2026-11-25");
  await record(view);
}, 300_000);

describe("a 10,000-project portfolio", () => {
  let readEnd = 0;

  it("checks with the progress moving through the rules", async () => {
    const started = Date.now();
    await view.pane.getByTestId("run-check").click();
    await view.frame.waitForFunction(() => document.querySelector('[data-testid="run-summary"]') && !document.querySelector('[data-testid="progress"]'), undefined, { timeout: 120_000 });
    const took = Date.now() - started;
    expect(await view.pane.getByTestId("run-summary").textContent()).toContain("Checked 10,000 projects");
    const { stages } = await timeline(view);
    const steps = stages.filter(([, text]) => /step \d+ of \d+/.test(text));
    readEnd = stages.find(([, text]) => text.startsWith("Checking"))?.[0] ?? 0;
    console.log(`10,000 projects checked in ${took} ms; progress lines: ${stages.map(([t, text]) => `${t} ${text || "(done)"}`).join(" | ")}`);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    // Focus stayed on the button that started the check.
    expect(await view.frame.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("run-check");
  });

  it("groups by project and searches without freezing", async () => {
    const started = Date.now();
    await view.pane.getByText("By project", { exact: true }).click();
    await view.frame.waitForFunction(() => (document.querySelector('[data-testid="group-header"]')?.textContent ?? "").length > 0 && document.querySelectorAll('[data-testid="group-header"]').length > 5);
    const grouped = Date.now() - started;
    await view.pane.getByTestId("search").click();
    await view.page.keyboard.type("stale", { delay: 30 });
    await view.frame.waitForFunction(() => document.querySelector('[data-testid="filter-status"]')?.textContent?.includes(" of "));
    console.log(`"By project" shown in ${grouped} ms; ${await view.pane.getByTestId("filter-status").textContent()}`);
    await view.page.waitForTimeout(300);
  });

  it("exports the portfolio to Project XML in a worker, with its progress shown", async () => {
    await view.pane.getByTestId("more-actions").click();
    const download = view.page.waitForEvent("download", { timeout: 240_000 });
    const started = Date.now();
    await view.pane.getByTestId("export-project-xml").click();
    await expect.poll(() => view.pane.getByTestId("export-progress").count()).toBe(1);
    const file = await download;
    const result = view.pane.getByTestId("export-result");
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toMatch(/^Saved [^:]+\.xml: 10,000 projects, /);
    const path = (await file.path())!;
    const head = Buffer.alloc(200);
    const fd = openSync(path, "r");
    readSync(fd, head, 0, 200, 0);
    closeSync(fd);
    console.log(`Project XML of 10,000 projects saved in ${Date.now() - started} ms: ${(statSync(path).size / 1e6).toFixed(0)} MB`);
    expect(head.toString("utf8")).toMatch(/^<\?xml version="1\.0" encoding="UTF-8" standalone="yes"\?>\n<Project xmlns="http:\/\/schemas\.microsoft\.com\/project">/);
    expect(suite.browser.requests.some((url) => /pmo-rulebook-project-xml[^/]*\.js$/.test(url))).toBe(true);
    expect(suite.browser.warnings.filter((w) => w.includes("Project XML worker failed"))).toEqual([]);
  });

  it(`keeps the main thread responsive once the workbook is read (no task over ${NEVER_MS} ms, at most ${BLOCKED_ALLOWED} over ${BLOCKED_MS} ms)`, async () => {
    const { longTasks } = await timeline(view);
    const reading = longTasks.filter((t) => t.start < readEnd);
    const after = longTasks.filter((t) => t.start >= readEnd);
    console.log(
      `long tasks while Excel (the stand-in) serves the one-sync read: ${JSON.stringify(reading)}; after: ${JSON.stringify(after)}; longest after ${Math.max(0, ...after.map((t) => t.duration))} ms`,
    );
    expect(after.filter((t) => t.duration > NEVER_MS)).toEqual([]);
    expect(after.filter((t) => t.duration > BLOCKED_MS).length).toBeLessThanOrEqual(BLOCKED_ALLOWED);
  });
});
