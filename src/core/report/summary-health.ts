/**
 * Health at a glance, as plain data for the Portfolio Summary: the headline, the decisions a steering
 * committee has to take (gates pending, rejected gates, projects over tolerance) with where each one is
 * in the source, and which checks ran, which were skipped and why.
 */
import type { CellLocation } from "../../workbook/port";
import type { CheckResult } from "../metrics/types";
import { fieldCell } from "../model/record-source";
import { periodBounds, type DayNumber } from "../model/dates";
import type { Project } from "../model/portfolio";
import { customRuleModules } from "../rules/custom/custom-rule";
import { rules as builtInRules } from "../rules/registry";
import type { Ruleset } from "../ruleset/types";

/** The months ahead in which an over-allocated person counts in the headline. */
export const HEADLINE_MONTHS = 3;

export interface Headline {
  /** Distinct projects with at least one error or warning. */
  attention: number;
  projects: number;
  errors: number;
  warnings: number;
  /** People over capacity in some period starting before as-of + HEADLINE_MONTHS months (and not ended before as-of). */
  overCapacity: string[];
}

export function headlineFigures(projects: readonly Project[], result: CheckResult, asOf: DayNumber): Headline {
  const ids = new Set(projects.map((p) => p.id));
  const flagged = new Set<string>();
  for (const f of result.findings) if (f.projectId && f.severity !== "info" && ids.has(f.projectId)) flagged.add(f.projectId);
  const horizon = addMonths(asOf, HEADLINE_MONTHS);
  const over = new Set<string>();
  // Once per distinct period: at 100k projects there are a million resource periods but a few dozen keys.
  const bounds = new Map<string, ReturnType<typeof periodBounds>>();
  for (const r of result.metrics.resourceLoad) {
    if (!(r.capacity > 0)) continue;
    for (const p of r.periods) {
      let b = bounds.get(p.period);
      if (b === undefined) bounds.set(p.period, (b = periodBounds(p.period)));
      if (!b || b.end < asOf || b.start >= horizon) continue;
      if (p.peak > r.capacity + 1e-9) over.add(r.resource);
    }
  }
  return { attention: flagged.size, projects: projects.length, errors: result.summary.error, warnings: result.summary.warning, overCapacity: [...over].sort() };
}

/** "14 of 41 projects need attention: 17 errors, 16 warnings; 3 people over capacity in the next 3 months". */
export function headlineText(h: Headline): string {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const need = h.attention === 1 ? "needs" : "need";
  const first = h.attention === 0 ? `None of the ${plural(h.projects, "project", "projects")} needs attention` : `${h.attention} of ${plural(h.projects, "project", "projects")} ${need} attention`;
  const people = h.overCapacity.length === 0 ? "nobody over capacity" : `${plural(h.overCapacity.length, "person", "people")} over capacity`;
  return `${first}: ${plural(h.errors, "error", "errors")}, ${plural(h.warnings, "warning", "warnings")}; ${people} in the next ${HEADLINE_MONTHS} months`;
}

function addMonths(day: DayNumber, months: number): DayNumber {
  // Day numbers are days since 1970-01-01 (UTC); a calendar month step via Date keeps month ends right.
  const d = new Date(day * 86_400_000);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()) / 86_400_000);
}

export type DecisionKind = "Gate pending" | "Gate rejected" | "Over tolerance";

export interface Decision {
  kind: DecisionKind;
  projectId: string;
  name?: string;
  /** What is to be decided, in words ("G3 Build: Deferred", "forecast 24.0% over budget"). */
  detail: string;
  /** The row in the source to go to (the gate log row, the project's register row). */
  location?: CellLocation;
}

/**
 * Gates whose latest decision does not pass yet (pending, deferred, on hold), rejected gates, and
 * projects over tolerance: forecast over budget beyond the ruleset's forecast-variance error threshold,
 * or CPI / SPI below their error thresholds.
 */
export function decisionsNeeded(projects: readonly Project[], result: CheckResult, ruleset: Ruleset): Decision[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const gates: Decision[] = [];
  const { gates: gateList, rows } = result.metrics.gateMatrix;
  const gateName = new Map(gateList.map((g) => [g.id, g.name && g.name !== g.id ? `${g.id} ${g.name}` : g.id]));
  for (const row of rows) {
    if (!byId.has(row.projectId)) continue;
    for (const c of row.cells) {
      if (c.status !== "pending" && c.status !== "rejected") continue;
      const decision = c.decision ? `: ${c.decision}` : "";
      const d: Decision = { kind: c.status === "pending" ? "Gate pending" : "Gate rejected", projectId: row.projectId, name: row.name, detail: `${gateName.get(c.gateId) ?? c.gateId}${decision}` };
      if (c.location) d.location = c.location;
      gates.push(d);
    }
  }
  const t = ruleset.thresholds;
  const ev = new Map(result.metrics.earnedValue.map((e) => [e.projectId, e]));
  const over: Decision[] = [];
  for (const p of projects) {
    const reasons: string[] = [];
    if (typeof p.budget === "number" && p.budget > 0 && typeof p.forecast === "number") {
      const v = (p.forecast - p.budget) / p.budget;
      if (v > t.forecastVarianceError) reasons.push(`forecast ${(v * 100).toFixed(1)}% over budget`);
    }
    const e = ev.get(p.id);
    if (e?.cpi !== undefined && e.cpi < t.cpiError) reasons.push(`CPI ${e.cpi.toFixed(2)}`);
    if (e?.spi !== undefined && e.spi < t.spiError) reasons.push(`SPI ${e.spi.toFixed(2)}`);
    if (!reasons.length) continue;
    const d: Decision = { kind: "Over tolerance", projectId: p.id, name: p.name, detail: reasons.join("; ") };
    const cell = fieldCell(p.source, "forecast") ?? fieldCell(p.source, "budget") ?? fieldCell(p.source, "id");
    if (cell && p.source.sheets?.forecast === undefined) d.location = { sheet: p.source.sheet, cell, row: p.source.row };
    over.push(d);
  }
  const order: Record<DecisionKind, number> = { "Gate rejected": 0, "Gate pending": 1, "Over tolerance": 2 };
  return [...gates, ...over].sort((a, b) => order[a.kind] - order[b.kind] || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
}

export interface CheckRun {
  ruleId: string;
  severity: string;
  outcome: "Ran" | "Ran in part" | "Skipped" | "Off";
  findings: number;
  /** Why the rule (or part of it) did not run. */
  reason?: string;
}

/** Every rule of the ruleset (built-in and custom): ran, ran in part, skipped (with why) or off. */
export function checksRun(result: CheckResult, ruleset: Ruleset): CheckRun[] {
  const counts = new Map<string, number>();
  for (const f of result.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const skipped = result.summary.skipped;
  return [...builtInRules, ...customRuleModules(ruleset)].map((rule): CheckRun => {
    const severity = ruleset.rules[rule.id]?.severity ?? rule.meta.defaultSeverity;
    const findings = counts.get(rule.id) ?? 0;
    if (severity === "off") return { ruleId: rule.id, severity, outcome: "Off", findings };
    const reason = skipped[rule.id];
    if (reason === undefined) return { ruleId: rule.id, severity, outcome: "Ran", findings };
    // A rule that reported findings and also skipped part of its work ran in part.
    return { ruleId: rule.id, severity, outcome: findings > 0 ? "Ran in part" : "Skipped", findings, reason };
  });
}

/** Whether the gate rules could not look at the gate decisions (every one skipped or off). */
export function gateRulesNotRun(result: CheckResult, ruleset: Ruleset): string | undefined {
  const gate = checksRun(result, ruleset).filter((c) => c.ruleId.startsWith("gate/"));
  if (gate.length === 0 || gate.some((c) => c.outcome === "Ran" || c.outcome === "Ran in part")) return undefined;
  const reasons = [...new Set(gate.map((c) => c.reason).filter((r): r is string => !!r))];
  return reasons.length ? reasons.join("; ") : "the gate rules are off in the ruleset";
}
