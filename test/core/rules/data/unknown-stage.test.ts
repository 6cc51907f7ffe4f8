import rule from "../../../../src/core/rules/data/unknown-stage";
import { portfolio, project } from "../../../factories";
import { ruleTester } from "../rule-tester";

const one = (stage: string | undefined) => portfolio({ projects: [project({ id: "P-1", stage, stageIndex: undefined })] });

ruleTester(rule, {
  valid: [
    { name: "a lifecycle stage", portfolio: one("Execution") },
    { name: "a stage in another case", portfolio: one("  planning ") },
    { name: "an inactive stage", portfolio: one("On Hold") },
    { name: "an alias", portfolio: one("In Progress") },
    { name: "an alias of an inactive stage", portfolio: one("Canceled") },
    { name: "a blank stage (required-field's business)", portfolio: one(undefined) },
    { name: "an alias the PMO added", ruleset: { lifecycle: { stageAliases: { Sprinting: "Execution" } } }, portfolio: one("Sprinting") },
    { name: "a common synonym of a stage (Implementation, Handover, Deferred)", portfolio: portfolio({ projects: ["Implementation", "Handover", "Deferred"].map((stage, i) => project({ id: `P-${i}`, stage, stageIndex: undefined })) }) },
  ],
  invalid: [
    {
      name: "a stage the lifecycle does not know",
      portfolio: one("Doing"),
      findings: [{ messageId: "unknownStage", projectId: "P-1", at: "Projects!F2", data: { stage: "Doing", stages: "Idea, Initiation, Planning, Execution, Closing, Closed, On Hold, Cancelled" } }],
    },
  ],
});
