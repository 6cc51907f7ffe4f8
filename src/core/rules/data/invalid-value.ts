import { defineRule } from "../rule";

/** What each kind of cell should hold, in the words of the finding (the submission template uses them too). */
export const EXPECTED_TEXT = {
  date: "a date",
  amount: "an amount",
  percent: "a percentage",
  number: "a number",
  fte: "an allocation (FTE or %)",
  stage: "a stage",
  decision: "a gate decision",
  status: "a status (Green, Amber, Red)",
  level: "a level (1–5, or Low, Medium, High)",
  id: "an ID",
  percentInRange: "a percentage from 0% to 100%",
  nonNegativeAmount: "an amount of zero or more",
} as const satisfies Record<string, string>;
const EXPECTED: Record<string, string> = EXPECTED_TEXT;

/** Excel's error values, as a cell holding one reads (#N/A from a failed lookup, #REF! from a deleted cell…). */
const EXCEL_ERROR = /^#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/;

/**
 * Cells the reader could not read as what their column holds ("TBD" in Budget, "next week" in
 * Finish). The reader collects them as issues; this rule turns each into a finding at its cell.
 */
export default defineRule({
  id: "data/invalid-value",
  meta: {
    description: "A cell cannot be read as what its column holds (a date, an amount, a percentage…).",
    defaultSeverity: "error",
    options: {},
    messages: {
      invalid: "\"{raw}\" is not {expectedText} ({field}).",
      excelError: "The cell shows the error {raw} instead of {expectedText} ({field}): its formula, or a cell it reads, needs fixing.",
    },
  },
  check({ portfolio, report }) {
    for (const issue of portfolio.issues) {
      if (issue.kind !== "invalid-value") continue;
      report({
        messageId: EXCEL_ERROR.test(issue.raw) ? "excelError" : "invalid",
        data: { raw: issue.raw, field: issue.field, entity: issue.entity, expected: issue.expected, expectedText: EXPECTED[issue.expected] ?? issue.expected },
        projectId: issue.projectId,
        resource: issue.resource,
        location: issue.location,
      });
    }
  },
});
