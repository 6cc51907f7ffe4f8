import rule from "../../../../src/core/rules/data/duplicate-id";
import { portfolio, project, resource } from "../../../factories";
import { ruleTester } from "../rule-tester";

ruleTester(rule, {
  valid: [
    { name: "distinct ids", portfolio: portfolio({ projects: [project({ id: "P-1" }), project({ id: "P-2" })] }) },
    { name: "distinct resources", portfolio: portfolio({ projects: [project()], resources: [resource({ name: "Ada" }), resource({ name: "Bob" })] }) },
    { name: "blank ids (required-field's business)", portfolio: portfolio({ projects: [project({ id: "" }), project({ id: " " })] }) },
  ],
  invalid: [
    {
      name: "the same id twice, ignoring case and spaces",
      portfolio: portfolio({ projects: [project({ id: "P-1" }), project({ id: "P-2" }), project({ id: " p-1" })] }),
      findings: [{ messageId: "duplicateProject", projectId: " p-1", at: "Projects!A4", data: { firstCell: "Projects!A2" } }],
    },
    {
      name: "three rows with one id",
      portfolio: portfolio({ projects: [project({ id: "X" }), project({ id: "X" }), project({ id: "X" })] }),
      findings: [{ messageId: "duplicateProject", at: "Projects!A3" }, { messageId: "duplicateProject", at: "Projects!A4", data: { firstCell: "Projects!A2" } }],
    },
    {
      name: "a resource listed twice",
      portfolio: portfolio({ projects: [project()], resources: [resource({ name: "Ada Byron" }), resource({ name: "ada  byron" })] }),
      findings: [{ messageId: "duplicateResource", resource: "ada  byron", at: "Resources!A3" }],
    },
  ],
});
