/** axe-core run inside the task pane's frame, and the violations the end-to-end tests fail on. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string;
  /** Outer HTML of each offending node. */
  nodes: string[];
}

export async function axeViolations(p: Frame): Promise<AxeViolation[]> {
  // page.evaluate runs through the DevTools protocol, which the page's CSP does not govern.
  await p.evaluate(axeSource);
  return p.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { html: string }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) }));
  });
}

/**
 * Serious and critical violations. Tabster's focus "dummies" (data-tabster-dummy, used by Fluent UI to
 * redirect focus) are aria-hidden yet focusable by design, a known false positive of aria-hidden-focus
 * (microsoft/tabster#288); only those nodes are discounted.
 */
export function serious(violations: AxeViolation[]): AxeViolation[] {
  return violations
    .map((v) => (v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((html) => !html.includes("data-tabster-dummy")) } : v))
    .filter((v) => (v.impact === "serious" || v.impact === "critical") && v.nodes.length > 0);
}

