/**
 * The harness as the end-to-end tests drive it: the task pane lives in its own frame (as in Excel) at
 * a chosen width; helpers reach screens and controls the way a person does, with real pointer clicks.
 */
import type { Frame, FrameLocator, Page } from "playwright-core";

export interface PaneView {
  page: Page;
  /** Locators inside the pane's frame. */
  pane: FrameLocator;
  /** The pane's frame, for evaluate and waitForFunction. */
  frame: Frame;
}

export const PANE_FRAME = 'iframe[name="taskpane"]';

/** Run check can be used: the ruleset has loaded (the button is focusable while disabled, so both are looked at). */
const RUN_CHECK_READY = () => {
  const button = document.querySelector('[data-testid="run-check"]') as HTMLButtonElement | null;
  return button !== null && !button.disabled && button.getAttribute("aria-disabled") !== "true";
};

/** Opens the harness with the pane at `width` px and waits until a check can be run. */
export async function openPane(page: Page, baseUrl: string, options: { width?: number; theme?: "light" | "dark" } = {}): Promise<PaneView> {
  const params = new URLSearchParams();
  if (options.width) params.set("width", String(options.width));
  if (options.theme === "dark") params.set("theme", "dark");
  await page.goto(`${baseUrl}${params.size ? `?${params}` : ""}`);
  const pane = page.frameLocator(PANE_FRAME);
  await pane.getByTestId("run-check").waitFor();
  const frame = await paneFrame(page);
  await frame.waitForFunction(RUN_CHECK_READY);
  return { page, pane, frame };
}

export async function paneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector(PANE_FRAME);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error("the task pane frame has no document");
  return frame;
}

/** Loads another workbook through the harness's picker and waits for the new pane frame. */
export async function loadWorkbook(view: PaneView, file: string): Promise<PaneView> {
  const name = file.split(/[\\/]/).pop()!;
  await view.page.locator('input[type="file"][accept=".xlsx"]').setInputFiles(file);
  await view.page.waitForFunction((n) => document.querySelector(".bar .status")?.textContent === n, name);
  const pane = view.page.frameLocator(PANE_FRAME);
  await pane.getByTestId("run-check").waitFor();
  const frame = await paneFrame(view.page);
  await frame.waitForFunction(RUN_CHECK_READY);
  return { page: view.page, pane, frame };
}

/** Opens a screen by clicking its tab, or through the "More" menu when the tab overflowed. */
export async function openScreen(view: PaneView, name: string): Promise<void> {
  const tab = view.pane.getByRole("tab", { name, exact: true });
  if (await tab.isVisible()) {
    await tab.click();
  } else {
    await view.pane.getByTestId("more-screens").click();
    await view.pane.getByRole("menuitem", { name, exact: true }).click();
  }
  await view.frame.waitForFunction((n) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === n, name);
}

/** Runs a check with a pointer click and waits until its summary is new and the progress bar has gone. */
export async function runCheck(view: PaneView, options: { timeout?: number } = {}): Promise<void> {
  const summary = view.pane.getByTestId("run-summary");
  const before = (await summary.count()) > 0 ? await summary.textContent() : null;
  const previousRun = before === null ? null : await summary.getAttribute("data-run");
  await view.pane.getByTestId("run-check").click();
  try {
    await view.frame.waitForFunction(
      (prev) => {
        const el = document.querySelector('[data-testid="run-summary"]');
        return el !== null && el.getAttribute("data-run") !== prev && document.querySelector('[data-testid="progress"]') === null;
      },
      previousRun,
      { timeout: options.timeout ?? 30_000 },
    );
  } catch (error) {
    // Say what the pane showed, so a run that never finished can be told from one that never started.
    const state = await view.frame.evaluate(() => ({
      run: document.querySelector('[data-testid="run-summary"]')?.getAttribute("data-run") ?? null,
      progress: document.querySelector('[data-testid="progress"]')?.textContent ?? null,
      button: document.querySelector('[data-testid="run-check"]')?.outerHTML ?? null,
      text: document.body.innerText.slice(0, 600),
    }));
    throw new Error(`Run check did not finish (run before: ${previousRun}): ${JSON.stringify(state)}`, { cause: error });
  }
}

export async function counts(view: PaneView): Promise<{ error: number; warning: number; info: number }> {
  const read = async (s: string) => Number(await view.pane.getByTestId("severity-counts").locator(`[data-severity=${s}]`).getAttribute("data-count"));
  return { error: await read("error"), warning: await read("warning"), info: await read("info") };
}

export interface Overflow {
  /** The document's width beyond the viewport's (0 when nothing scrolls sideways). */
  scrollsBy: number;
  /** Visible elements that reach past the pane's edges, and boxes that scroll sideways, as short descriptions. */
  elements: string[];
}

/**
 * What in the pane is wider than its viewport: the page scrolling sideways, visible elements cut off
 * at an edge (those clipped by an ancestor that hides its overflow do not show, so they do not count),
 * and boxes of their own that scroll sideways.
 */
export async function horizontalOverflow(frame: Frame): Promise<Overflow> {
  return frame.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const elements: string[] = [];
    const describe = (el: Element, box: DOMRect, why: string) => {
      const cls = typeof el.className === "string" && el.className ? "." + el.className.split(" ")[0] : "";
      return `${why} ${el.tagName.toLowerCase()}${cls} [${Math.round(box.left)}..${Math.round(box.right)}] ${(el.textContent ?? "").trim().slice(0, 40)}`;
    };
    const outside = (e: Element) => {
      const b = e.getBoundingClientRect();
      return b.width > 0 && b.height > 0 && (b.right > width + 0.5 || b.left < -0.5);
    };
    const clipped = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o !== "visible" && !outside(a)) return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement | SVGElement>("*"))) {
      if (el.closest("[data-tabster-dummy]")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.position === "fixed") continue;
      // Only the innermost offenders: an element whose child already sticks out is reported through that child.
      if (outside(el) && !Array.from(el.children).some(outside) && !clipped(el)) elements.push(describe(el, box, "cut off"));
      const scrolls = (style.overflowX === "auto" || style.overflowX === "scroll") && el.scrollWidth > el.clientWidth + 1;
      if (scrolls && !(el instanceof HTMLTextAreaElement) && el !== document.documentElement) elements.push(describe(el, box, "scrolls sideways"));
    }
    return { scrollsBy: Math.max(0, document.documentElement.scrollWidth - width), elements: elements.slice(0, 12) };
  });
}
