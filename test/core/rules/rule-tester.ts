/**
 * ESLint RuleTester for PMO rules: a table of valid cases (no findings) and invalid cases (exactly
 * the listed findings, compared by message id, subject, cell and any data given).
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../../src/core/findings";
import { dayFromIso } from "../../../src/core/model/dates";
import type { Portfolio } from "../../../src/core/model/portfolio";
import { runRuleModules } from "../../../src/core/engine";
import type { Rule } from "../../../src/core/rules/rule";
import { loadRuleset } from "../../../src/core/ruleset/load";
import type { Ruleset } from "../../../src/core/ruleset/types";

export interface Case {
  name: string;
  portfolio: Portfolio;
  /** ISO as-of date; 2026-06-15 unless given. */
  asOf?: string;
  options?: Record<string, unknown>;
  /** A partial ruleset merged over the default one (validated). */
  ruleset?: Record<string, unknown>;
  period?: "month" | "week";
}

export interface ExpectedFinding {
  messageId: string;
  projectId?: string;
  resource?: string;
  period?: string;
  /** "Sheet!A1". */
  at?: string;
  severity?: Finding["severity"];
  data?: Record<string, unknown>;
}

export const DEFAULT_AS_OF = "2026-06-15";

export function rulesetFor(rule: Rule, c: Case): Ruleset {
  const input = structuredClone(c.ruleset ?? {}) as Record<string, unknown>;
  if (c.options) input.rules = { ...(input.rules as object), [rule.id]: { options: c.options } };
  const loaded = loadRuleset(input);
  if (!loaded.ok) throw new Error(`test ruleset invalid: ${JSON.stringify(loaded.errors)}`);
  return loaded.ruleset;
}

/** Runs one rule through the engine (so severity, messages and skipping are the real ones). */
export function runRule(rule: Rule, c: Case) {
  return runRuleModules(c.portfolio, rulesetFor(rule, c), { asOf: dayFromIso(c.asOf ?? DEFAULT_AS_OF), period: c.period }, [rule]);
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: (Case & { findings: ExpectedFinding[] })[] }): void {
  describe(rule.id, () => {
    for (const c of cases.valid) {
      it(`accepts ${c.name}`, () => {
        const result = runRule(rule, c);
        expect(result.findings.map((f) => f.message)).toEqual([]);
        expect(result.summary.skipped).toEqual({});
      });
    }
    for (const c of cases.invalid) {
      it(`flags ${c.name}`, () => {
        const { findings } = runRule(rule, c);
        expect(findings.map((f) => f.ruleId)).toEqual(c.findings.map(() => rule.id));
        const actual = findings.map((f, i) => pick(f, c.findings[i]));
        expect(actual).toEqual(c.findings);
        for (const f of findings) expect(f.message).not.toMatch(/\{\w+\}/);
      });
    }
  });
}

/** The parts of a finding the expectation names, in the expectation's shape. */
function pick(f: Finding, e: ExpectedFinding | undefined): ExpectedFinding {
  const out: ExpectedFinding = { messageId: f.messageId };
  if (!e) return { ...out, at: f.location ? `${f.location.sheet}!${f.location.cell}` : undefined };
  if ("projectId" in e) out.projectId = f.projectId;
  if ("resource" in e) out.resource = f.resource;
  if ("period" in e) out.period = f.period;
  if ("at" in e) out.at = f.location ? `${f.location.sheet}!${f.location.cell}` : undefined;
  if ("severity" in e) out.severity = f.severity;
  if (e.data) out.data = Object.fromEntries(Object.keys(e.data).map((k) => [k, f.data[k]]));
  return out;
}
