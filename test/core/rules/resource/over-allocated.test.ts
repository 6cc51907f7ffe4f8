import { describe, expect, it } from "vitest";
import rule from "../../../../src/core/rules/resource/over-allocated";
import { assignment, portfolio, project, resource } from "../../../factories";
import { ruleTester, runRule } from "../rule-tester";

const projects = [project({ id: "A" }), project({ id: "B" }), project({ id: "C" })];
const ada = (fields: Parameters<typeof assignment>[0]) => assignment({ resource: "Ada", ...fields });

ruleTester(rule, {
  valid: [
    {
      name: "back-to-back full-time assignments",
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-13" }), ada({ projectId: "B", start: "2026-03-14", finish: "2026-03-31" })] }),
    },
    {
      name: "two half-time assignments overlapping",
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", allocation: 0.5, start: "2026-03-01", finish: "2026-04-30" }), ada({ projectId: "B", allocation: 0.5, start: "2026-03-15", finish: "2026-05-31" })] }),
    },
    {
      name: "an overlap on a weekend only",
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-08" }), ada({ projectId: "B", start: "2026-03-07", finish: "2026-03-13" })] }),
    },
    {
      name: "a part-timer at 150% of a 2.0 FTE team capacity",
      portfolio: portfolio({ projects, resources: [resource({ name: "Ada", capacity: 2 })], assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-31", allocation: 1.5 })] }),
    },
    {
      name: "a monthly wide plan within capacity",
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", layout: "wide", period: "2026-03", allocation: 0.6 }), ada({ projectId: "B", layout: "wide", period: "2026-03", allocation: 0.4 })] }),
    },
    {
      name: "an overlap with a cancelled project",
      portfolio: portfolio({ projects: [project({ id: "A" }), project({ id: "X", stage: "Cancelled" })], assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-31" }), ada({ projectId: "X", start: "2026-03-02", finish: "2026-03-31" })] }),
    },
    {
      name: "an overload within the tolerance",
      options: { tolerance: 0.25 },
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-31" }), ada({ projectId: "B", allocation: 0.2, start: "2026-03-02", finish: "2026-03-31" })] }),
    },
  ],
  invalid: [
    {
      name: "a one-week double booking although the month averages under 100%",
      portfolio: portfolio({
        projects,
        assignments: [ada({ projectId: "A", allocation: 0.5, start: "2026-03-02", finish: "2026-03-31" }), ada({ projectId: "B", allocation: 1.5, start: "2026-03-09", finish: "2026-03-13" })],
      }),
      findings: [{ messageId: "overAllocated", resource: "Ada", period: "2026-03", at: "Assignments!B2", data: { peak: 2, peakDays: 5, capacity: 1, projects: [{ projectId: "B", allocation: 1.5 }, { projectId: "A", allocation: 0.5 }] } }],
    },
    {
      name: "one finding per month an overlap spans, pointing at the Resources row",
      portfolio: portfolio({
        projects,
        resources: [resource({ name: "Bob" }), resource({ name: "ada", capacity: 0.8 })],
        assignments: [ada({ projectId: "A", start: "2026-03-30", finish: "2026-04-03", allocation: 0.5 }), ada({ projectId: "B", start: "2026-03-25", finish: "2026-04-10", allocation: 0.5 })],
      }),
      findings: [
        { messageId: "overAllocated", period: "2026-03", at: "Resources!A3", data: { peak: 1, peakDays: 2, capacity: 0.8 } },
        { messageId: "overAllocated", period: "2026-04", at: "Resources!A3", data: { peak: 1, peakDays: 3 } },
      ],
    },
    {
      name: "the highest of several overloads in a period, with the days it holds",
      portfolio: portfolio({
        projects,
        assignments: [
          ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-31" }),
          ada({ projectId: "B", start: "2026-03-02", finish: "2026-03-06" }),
          ada({ projectId: "C", start: "2026-03-04", finish: "2026-03-05" }),
          ada({ projectId: "C", start: "2026-03-16", finish: "2026-03-17" }),
          ada({ projectId: "B", start: "2026-03-16", finish: "2026-03-16" }),
        ],
      }),
      findings: [{ messageId: "overAllocated", data: { peak: 3, peakDays: 3, projectList: "A 100%, B 100%, C 100%" } }],
    },
    {
      name: "ISO weeks when the period option asks for them",
      options: { period: "week" },
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-31" }), ada({ projectId: "B", start: "2026-03-12", finish: "2026-03-17" })] }),
      findings: [
        { messageId: "overAllocated", period: "2026-W11", data: { peakDays: 2 } },
        { messageId: "overAllocated", period: "2026-W12", data: { peakDays: 2 } },
      ],
    },
    {
      name: "a weekly wide plan over capacity in a monthly check",
      portfolio: portfolio({
        projects,
        assignments: [
          ada({ projectId: "A", layout: "wide", period: "2026-W10", allocation: 0.5 }),
          ada({ projectId: "B", layout: "wide", period: "2026-W10", allocation: 0.7 }),
          ada({ projectId: "A", layout: "wide", period: "2026-W11", allocation: 0.5 }),
        ],
      }),
      findings: [{ messageId: "overAllocated", period: "2026-03", data: { peak: 1.2, peakDays: 5, total: undefined } }],
    },
    {
      name: "a monthly wide plan kept monthly in a weekly check",
      period: "week",
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", layout: "wide", period: "2026-03", allocation: 0.8 }), ada({ projectId: "B", layout: "wide", period: "2026-03", allocation: 0.4 })] }),
      findings: [{ messageId: "overAllocated", period: "2026-03", data: { peak: 1.2, peakDays: 22 } }],
    },
    {
      name: "weekend work when the ruleset's week includes Saturday",
      ruleset: { thresholds: { workingDays: [0, 1, 2, 3, 4, 5] } },
      portfolio: portfolio({ projects, assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-08" }), ada({ projectId: "B", start: "2026-03-07", finish: "2026-03-13" })] }),
      findings: [{ messageId: "overAllocated", data: { peakDays: 1 } }],
    },
  ],
});

describe("resource/over-allocated and the shared load metrics", () => {
  it("reports the same peaks as the Resource Load metrics", () => {
    const p = portfolio({ projects, assignments: [ada({ projectId: "A", start: "2026-03-02", finish: "2026-03-31" }), ada({ projectId: "B", start: "2026-03-10", finish: "2026-04-02" })] });
    const result = runRule(rule, { name: "", portfolio: p });
    const load = result.metrics.resourceLoad.find((l) => l.resource === "Ada")!;
    expect(load.periods.map((x) => [x.period, x.peak, x.peakDays])).toEqual([["2026-03", 2, 16], ["2026-04", 1, 2]]);
    expect(result.findings.map((f) => [f.period, f.data.peak])).toEqual([["2026-03", 2]]);
  });
});

describe("resource/over-allocated messages", () => {
  it("lists the six largest contributors and counts the rest", () => {
    const many = ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8"].map((id) => assignment({ projectId: id, resource: "Ada", allocation: 0.25, start: "2026-03-02", finish: "2026-03-02" }));
    const [finding] = runRule(rule, { name: "", portfolio: portfolio({ projects: [project()], assignments: many }) }).findings;
    expect(finding.message).toBe("Ada is booked at 200% against a capacity of 100% on 1 working day(s) in 2026-03: P1 25%, P2 25%, P3 25%, P4 25%, P5 25%, P6 25% and 2 more.");
    expect((finding.data.projects as unknown[]).length).toBe(8);
  });
});
