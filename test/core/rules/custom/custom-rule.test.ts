import { describe, expect, it } from "vitest";
import { runRules } from "../../../../src/core/engine";
import { dayFromIso } from "../../../../src/core/model/dates";
import type { Portfolio } from "../../../../src/core/model/portfolio";
import { loadRuleset } from "../../../../src/core/ruleset/load";
import { assignment, gate, portfolio, project, resource } from "../../../factories";

function check(customRules: unknown[], p: Portfolio, rules: Record<string, unknown> = {}) {
  const loaded = loadRuleset({ customRules, rules });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const result = runRules(p, loaded.ruleset, { asOf: dayFromIso("2026-06-15") });
  return result.findings.filter((f) => f.ruleId.startsWith("custom/"));
}

const bigNeedsSponsor = {
  id: "big-needs-sponsor",
  description: "Projects over 1,000,000 in Execution need a sponsor",
  when: 'budget > 1000000 && stage == "Execution"',
  assert: "!empty(sponsor)",
  message: "{id} ({name}) has a budget of {budget} but no sponsor.",
  field: "sponsor",
  severity: "error",
};

describe("custom rules", () => {
  const p = portfolio({
    projects: [
      project({ id: "P-1", name: "ERP", stage: "Execution", budget: 2_000_000 }),
      project({ id: "P-2", stage: "Execution", budget: 2_000_000, sponsor: "Cy" }),
      project({ id: "P-3", stage: "Planning", budget: 2_000_000 }),
      project({ id: "P-4", stage: "Execution", budget: 900_000 }),
    ],
  });

  it("flags rows where `when` holds and `assert` fails, at the named field's cell", () => {
    const findings = check([bigNeedsSponsor], p);
    expect(findings.map((f) => [f.ruleId, f.severity, f.projectId, f.location?.cell])).toEqual([["custom/big-needs-sponsor", "error", "P-1", "E2"]]);
    expect(findings[0].message).toBe("P-1 (ERP) has a budget of 2,000,000 but no sponsor.");
  });

  it("takes its severity from rules['custom/<id>'] when the ruleset sets one", () => {
    expect(check([bigNeedsSponsor], p, { "custom/big-needs-sponsor": "info" }).map((f) => f.severity)).toEqual(["info"]);
  });

  it("does not run a custom rule that is off", () => {
    expect(check([{ ...bigNeedsSponsor, severity: "off" }], p)).toEqual([]);
  });

  it("defaults to warning and the project's id cell", () => {
    const findings = check([{ id: "has-program", assert: "!empty(program)", message: "{id} has no program" }], portfolio({ projects: [project({ id: "P-1" })] }));
    expect(findings.map((f) => [f.severity, f.location?.cell, f.message])).toEqual([["warning", "A2", "P-1 has no program"]]);
  });

  it("sees stages by index, dates as day numbers and helper transforms", () => {
    const rules = [
      { id: "finish-this-year", when: "stageIndex >= stageAt.Planning", assert: 'finish <= date("2026-12-31")', message: "{id} finishes {finish}" },
      { id: "it-lowercase", assert: 'program|lower|trim != "it" && id|length > 0', message: "{id} is IT" },
    ];
    const q = portfolio({
      projects: [
        project({ id: "A", stage: "Execution", finish: "2027-03-01", program: "It" }),
        project({ id: "B", stage: "Idea", finish: "2027-03-01" }),
        project({ id: "C", stage: "Planning", finish: "2026-12-31" }),
      ],
    });
    expect(check(rules, q).map((f) => f.message)).toEqual(["A finishes 2027-03-01", "A is IT"]);
  });

  it("reads extra columns by their keys", () => {
    const q = portfolio({ projects: [project({ id: "A", extra: { risk_score: 20 } }), project({ id: "B", extra: { risk_score: 5 } })] });
    expect(check([{ id: "risk", assert: "risk_score < 15", message: "{id}: risk {risk_score}" }], q).map((f) => f.message)).toEqual(["A: risk 20"]);
  });

  it("checks gate, assignment and resource rows, with the referenced project", () => {
    const q = portfolio({
      projects: [project({ id: "A", stage: "Execution" })],
      gates: [gate({ projectId: "A", gate: "G0", approver: "Dee" }), gate({ projectId: "A", gate: "G1" })],
      resources: [resource({ name: "Ada", capacity: 1.5 })],
      assignments: [assignment({ projectId: "A", resource: "Ada", allocation: 1.2 })],
    });
    const findings = check(
      [
        { id: "approver", entity: "gates", when: 'decision == "Approved"', assert: "!empty(approver)", message: "{projectId} {gate} has no approver", field: "approver" },
        { id: "max-alloc", entity: "assignments", assert: 'allocation <= 1 || project.stage != "Execution"', message: "{resource} at {allocation} on {projectId}" },
        { id: "capacity", entity: "resources", assert: "capacity <= 1", message: "{name} has capacity {capacity}" },
      ],
      q,
    );
    expect(findings.map((f) => [f.ruleId, f.location?.sheet, f.location?.cell, f.message])).toEqual([
      ["custom/max-alloc", "Assignments", "A2", "Ada at 1.2 on A"],
      ["custom/approver", "Gates", "E3", "A G1 has no approver"],
      ["custom/capacity", "Resources", "A2", "Ada has capacity 1.5"],
    ]);
  });

  it("skips, saying why once, a rule naming a column the rows do not have", () => {
    const loaded = loadRuleset({ customRules: [{ id: "typo", assert: "risk_scor < 15", message: "{id}" }, { id: "no-sponsor-column", when: "budget > 0", assert: "!empty(sponsor)", message: "{id}" }] });
    if (!loaded.ok) throw new Error("invalid");
    const q = portfolio({ projects: [project({ id: "A", budget: 5, extra: { risk_score: 20 } })], missingColumns: { projects: ["sponsor"] } });
    const result = runRules(q, loaded.ruleset, { asOf: dayFromIso("2026-06-15") });
    expect(result.findings.filter((f) => f.ruleId.startsWith("custom/"))).toEqual([]);
    expect(result.summary.skipped).toMatchObject({
      "custom/typo": 'its expressions name "risk_scor", which the Projects rows do not have',
      "custom/no-sponsor-column": "the Projects sheet has no sponsor column",
    });
  });

  it("reads nested and bracketed names without mistaking them for columns", async () => {
    const { expressionNames } = await import("../../../../src/core/rules/custom/columns-check");
    expect(expressionNames('project.stage == "x" && artifacts["Business Case"] && name|lower == "a" && empty(sponsor)').sort()).toEqual(["artifacts", "name", "project", "sponsor"]);
  });

  it("reports rows it cannot evaluate once, and keeps running", () => {
    const findings = check([{ id: "broken", assert: "nosuch(budget)", message: "x" }, bigNeedsSponsor], p);
    const broken = findings.find((f) => f.ruleId === "custom/broken")!;
    expect(broken.messageId).toBe("evaluationFailed");
    expect(broken.data).toMatchObject({ count: 4, firstCell: "Projects!A2" });
    expect(findings.some((f) => f.ruleId === "custom/big-needs-sponsor")).toBe(true);
  });
});
