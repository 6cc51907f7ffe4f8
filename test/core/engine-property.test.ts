/**
 * Property: whatever a portfolio holds (odd stages, junk decisions, missing dates, negative budgets,
 * reversed ranges, unknown references), no rule fails and every finding points at a cell of a record
 * that exists (or at a header row the reader detected).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runRules } from "../../src/core/engine";
import type { Portfolio } from "../../src/core/model/portfolio";
import { loadRuleset } from "../../src/core/ruleset/load";
import { assignment, financial, gate, portfolio, project, resource } from "../factories";
import { recordCells } from "../../src/core/model/record-source";

const day = fc.option(fc.integer({ min: 19_000, max: 21_500 }), { nil: undefined });
const amount = fc.option(fc.oneof(fc.double({ min: -1e7, max: 1e9, noNaN: true }), fc.constant(0)), { nil: undefined });
const id = fc.constantFrom("P-1", "P-2", "p-1 ", "P-3", "", "X");
const person = fc.constantFrom("Ada", "ada", "Bob", " Cy ", "");
const stage = fc.option(fc.constantFrom("Idea", "Initiation", "Planning", "Execution", "Closing", "Closed", "On Hold", "Cancelled", "exec", "Doing", " "), { nil: undefined });

const projectArb = fc.record({ id, stage, start: day, finish: day, lastUpdate: day, budget: amount, actualCost: amount, forecast: amount, percentComplete: fc.option(fc.double({ min: -1, max: 2, noNaN: true }), { nil: undefined }), manager: fc.option(person, { nil: undefined }), sponsor: fc.option(person, { nil: undefined }) });
const gateArb = fc.record({
  projectId: id,
  gate: fc.constantFrom("G0", "G1", "G2", "G3", "G4", "G9", ""),
  decision: fc.option(fc.constantFrom("Approved", "Approved with conditions", "Pending", "Deferred", "Rejected", "Kill", "Hold") as fc.Arbitrary<"Approved">, { nil: undefined }),
  decisionRaw: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
  date: day,
  artifacts: fc.record({ "Business Case": fc.option(fc.constantFrom("", "bc.docx", "  "), { nil: undefined }) }),
});
const assignmentArb = fc.record({
  projectId: id,
  resource: person,
  layout: fc.constantFrom("long", "wide") as fc.Arbitrary<"long" | "wide">,
  start: day,
  finish: day,
  allocation: fc.option(fc.double({ min: -1, max: 3, noNaN: true }), { nil: undefined }),
  period: fc.option(fc.constantFrom("2026-03", "2026-W11", "2026-03-02", "Mar", "2026-13"), { nil: undefined }),
});

const portfolioArb = fc
  .record({
    projects: fc.array(projectArb, { maxLength: 8 }),
    gates: fc.array(gateArb, { maxLength: 10 }),
    resources: fc.array(fc.record({ name: person, capacity: fc.double({ min: 0, max: 2, noNaN: true }) }), { maxLength: 3 }),
    assignments: fc.array(assignmentArb, { maxLength: 12 }),
    financials: fc.array(fc.record({ projectId: id, periodEnd: day, plannedValue: amount }), { maxLength: 5 }),
  })
  .map((r) =>
    portfolio({
      projects: r.projects.map((p) => project(p)),
      gates: r.gates.map((g) => gate({ ...g, gateIndex: /^G[0-4]$/.test(g.gate) ? Number(g.gate[1]) : undefined })),
      resources: r.resources.map((x) => resource(x)),
      assignments: r.assignments.map((a) => assignment(a)),
      financials: r.financials.map((f) => financial(f)),
    }),
  );

function cellsOf(p: Portfolio): Set<string> {
  const cells = new Set<string>();
  for (const records of [p.projects, p.gates, p.resources, p.assignments, p.financials]) {
    for (const r of records) for (const cell of Object.values(recordCells(r.source))) cells.add(`${r.source.sheet}!${cell}`);
  }
  for (const d of p.detections) cells.add(`${d.sheet}!A${d.headerRow}`);
  return cells;
}

describe("engine on arbitrary portfolios", () => {
  const loaded = loadRuleset({ customRules: [{ id: "c", assert: "budget > 0 || empty(budget)", message: "{id}" }], rules: { "resource/over-allocated": { options: { period: "week" } } } });
  if (!loaded.ok) throw new Error("ruleset");

  it("never fails a rule and always points at an existing cell", () => {
    fc.assert(
      fc.property(portfolioArb, fc.integer({ min: 19_500, max: 21_000 }), (p, asOf) => {
        const result = runRules(p, loaded.ruleset, { asOf });
        expect(result.findings.filter((f) => f.ruleId === "engine/rule-failed")).toEqual([]);
        const cells = cellsOf(p);
        for (const f of result.findings) {
          if (f.location) expect(cells.has(`${f.location.sheet}!${f.location.cell}`), `${f.ruleId} at ${f.location.sheet}!${f.location.cell}`).toBe(true);
          expect(f.message).not.toMatch(/\{\w+\}/);
        }
        expect(result.summary.total).toBe(result.findings.length);
      }),
      { numRuns: 300, seed: 20261125 },
    );
  });
});
