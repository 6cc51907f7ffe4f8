import rule from "../../../../src/core/rules/milestone/missing-baseline";
import { milestone, portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const on = (stage: string, ...ms: ReturnType<typeof milestone>[]) => portfolio({ projects: [project({ stage })], milestones: ms });

ruleTester(rule, {
  valid: [
    { name: "an executing project whose milestones have baselines", portfolio: on("Execution", milestone({ baseline: "2026-07-01" })) },
    { name: "a project still in planning", portfolio: on("Planning", milestone({ forecast: "2026-07-01" })) },
    { name: "an achieved milestone without a baseline", portfolio: on("Execution", milestone({ actual: "2026-05-01" })) },
    { name: "a milestone of an unknown project (data/unknown-reference's business)", portfolio: portfolio({ projects: [project({ stage: "Execution" })], milestones: [milestone({ projectId: "P-404" })] }) },
  ],
  invalid: [
    {
      name: "an executing project's milestone without a baseline",
      portfolio: on("Execution", milestone({ id: "M-2", name: "Go live", forecast: "2026-09-01" })),
      findings: [{ messageId: "missingBaseline", projectId: "P-001", at: "Milestones!D2", severity: "warning", data: { milestoneId: "M-2", milestone: "Go live", stage: "Execution" } }],
    },
    {
      name: "a stage alias of an executing stage (Delivery)",
      portfolio: on("Delivery", milestone({})),
      findings: [{ messageId: "missingBaseline", data: { stage: "Execution" } }],
    },
  ],
});
